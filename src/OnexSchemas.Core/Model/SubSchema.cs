using System.Text.Json;

namespace OnexSchemas.Model;

/// <summary>A schema object inside a document.</summary>
/// <param name="Pointer">Its JSON pointer (empty for the root).</param>
/// <param name="Element">The schema object.</param>
/// <param name="Role">Where it sits.</param>
/// <param name="Name">For properties and definitions, the member name.</param>
public sealed record SubSchema(string Pointer, JsonElement Element, SubSchemaRole Role, string? Name)
{
    /// <summary>The <c>$ref</c> of this schema, when it has one.</summary>
    public string? Reference =>
        Element.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String ? reference.GetString() : null;

    /// <summary>True when the schema describes objects: <c>type</c> is or includes "object", or it lists properties.</summary>
    public bool IsObjectSchema
    {
        get
        {
            if (Element.TryGetProperty("type", out var type))
            {
                return type.ValueKind switch
                {
                    JsonValueKind.String => type.ValueEquals("object"),
                    JsonValueKind.Array => type.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && item.ValueEquals("object")),
                    _ => false,
                };
            }

            return Element.TryGetProperty("properties", out _);
        }
    }
}
