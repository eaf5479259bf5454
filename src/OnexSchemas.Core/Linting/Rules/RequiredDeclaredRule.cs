using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX023: a required name that is not declared can never be satisfied under a closed model; it is almost always a typo.</summary>
public sealed class RequiredDeclaredRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.RequiredDeclared;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        foreach (var schema in document.SubSchemas)
        {
            if (!schema.Element.TryGetProperty("required", out var required) || required.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            // Only where this schema object itself lists its members: a branch such as
            // "oneOf": [{"required": ["a"]}, {"required": ["b"]}] names members declared by the enclosing object.
            var hasProperties = schema.Element.TryGetProperty("properties", out var properties);
            var closed = schema.Element.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
            // A schema of another type can never have members, so a required name there is always a mistake.
            var notAnObject = schema.Element.TryGetProperty("type", out _) && !schema.IsObjectSchema;
            if (!hasProperties && !closed && !notAnObject)
            {
                continue;
            }

            var index = 0;
            foreach (var name in required.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String
                    && (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name.GetString()!, out _)))
                {
                    context.Report(Descriptor, document, JsonPointerText.Append(JsonPointerText.Append(schema.Pointer, "required"), index),
                        $"'{name.GetString()}' is required but not declared in 'properties'");
                }

                index++;
            }
        }
    }
}
