using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX016: descriptions become the generated types' documentation and the catalog's text, so none may be missing.</summary>
public sealed class DescriptionRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.DescriptionRequired;

    /// <inheritdoc />
    protected override bool AppliesTo(SchemaDocument document) => document.Root.ValueKind == JsonValueKind.Object;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        foreach (var schema in document.SubSchemas)
        {
            ReportBooleanMembers(schema, "properties", "property", document, context);
            ReportBooleanMembers(schema, "definitions", "definition", document, context);
            if (schema.Role is not (SubSchemaRole.Root or SubSchemaRole.Property or SubSchemaRole.Definition))
            {
                continue;
            }

            if (schema.Element.TryGetProperty("description", out var description)
                && description.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(description.GetString()))
            {
                continue;
            }

            var what = schema.Role switch
            {
                SubSchemaRole.Root => "the schema",
                SubSchemaRole.Property => $"property '{schema.Name}'",
                _ => $"definition '{schema.Name}'",
            };
            context.Report(Descriptor, document, schema.Pointer, $"{what} has no description");
        }
    }

    // The walker skips boolean schemas, and 'true' as a property accepts anything while documenting nothing, which
    // neither a reader nor the generated type can use.
    private void ReportBooleanMembers(SubSchema schema, string keyword, string what, SchemaDocument document, LintContext context)
    {
        if (!schema.Element.TryGetProperty(keyword, out var members) || members.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in members.EnumerateObject().Where(member => member.Value.ValueKind is JsonValueKind.True or JsonValueKind.False))
        {
            var meaning = member.Value.ValueKind == JsonValueKind.True ? "accepts any value" : "accepts no value";
            context.Report(Descriptor, document, Json.JsonPointerText.Append(Json.JsonPointerText.Append(schema.Pointer, keyword), member.Name),
                $"{what} '{member.Name}' is the boolean schema {member.Value.GetRawText()}, which {meaning} and has no description; write an object schema with a type and a description");
        }
    }
}
