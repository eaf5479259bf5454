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
}
