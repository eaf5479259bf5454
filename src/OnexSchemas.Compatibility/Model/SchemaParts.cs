using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>Which keyword groups of a schema object become parts, in the registry loader's order.</summary>
internal static class SchemaParts
{
    /// <summary>Lists the parts of a schema object.</summary>
    /// <param name="k">The object's keywords.</param>
    /// <param name="parts">Receives the parts in order.</param>
    /// <returns>How many parts there are.</returns>
    public static int Collect(in SchemaKeywords k, Span<SchemaPart> parts)
    {
        var count = 0;
        if (k.Enum.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.Enum;
        }

        if (k.AllOf.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.AllOf;
        }

        if (k.AnyOf.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.AnyOf;
        }

        if (k.OneOf.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.OneOf;
        }

        if (JsonValues.IsPresent(k.Not))
        {
            parts[count++] = SchemaPart.Not;
        }

        if (JsonValues.IsPresent(k.Const))
        {
            parts[count++] = SchemaPart.Const;
        }

        if (k.Type.ValueKind == JsonValueKind.String)
        {
            if (TypePart(k.Type.GetString()) is { } typed)
            {
                parts[count++] = typed;
            }
        }
        else if (k.Type.ValueKind == JsonValueKind.Array)
        {
            parts[count++] = SchemaPart.TypeList;
        }
        else
        {
            // Without "type" the loader infers schemas from the keywords present.
            if (k.HasObjectKeywords)
            {
                parts[count++] = SchemaPart.SniffedObject;
            }

            if (k.HasArrayKeywords)
            {
                parts[count++] = SchemaPart.SniffedArray;
            }

            if (k.HasNumberKeywords)
            {
                parts[count++] = SchemaPart.SniffedNumber;
            }

            if (k.HasStringKeywords)
            {
                parts[count++] = SchemaPart.SniffedString;
            }
        }

        return count;
    }

    public static SchemaPart? TypePart(string? name) => name switch
    {
        "string" => SchemaPart.TypeString,
        "integer" => SchemaPart.TypeInteger,
        "number" => SchemaPart.TypeNumber,
        "object" => SchemaPart.TypeObject,
        "array" => SchemaPart.TypeArray,
        "boolean" => SchemaPart.TypeBoolean,
        "null" => SchemaPart.TypeNull,
        _ => null,
    };

    public static SchemaKind KindOf(SchemaPart part) => part switch
    {
        SchemaPart.Enum => SchemaKind.Enum,
        SchemaPart.AllOf or SchemaPart.AnyOf or SchemaPart.OneOf or SchemaPart.TypeList => SchemaKind.Combined,
        SchemaPart.Not => SchemaKind.Not,
        SchemaPart.Const => SchemaKind.Const,
        SchemaPart.TypeString or SchemaPart.SniffedString => SchemaKind.String,
        SchemaPart.TypeInteger or SchemaPart.TypeNumber or SchemaPart.SniffedNumber => SchemaKind.Number,
        SchemaPart.TypeObject or SchemaPart.SniffedObject => SchemaKind.Object,
        SchemaPart.TypeArray or SchemaPart.SniffedArray => SchemaKind.Array,
        SchemaPart.TypeBoolean => SchemaKind.Boolean,
        SchemaPart.TypeNull => SchemaKind.Null,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };
}
