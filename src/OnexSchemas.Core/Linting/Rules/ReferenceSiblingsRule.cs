using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX025: in draft-07 a <c>$ref</c> makes its siblings dead letters; only a description is kept, for documentation.</summary>
public sealed class ReferenceSiblingsRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.ReferenceSiblings;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        foreach (var schema in document.SubSchemas)
        {
            if (schema.Reference is null)
            {
                continue;
            }

            foreach (var keyword in schema.Element.EnumerateObject())
            {
                if (keyword.Name is not ("$ref" or "description" or "$comment"))
                {
                    context.Report(Descriptor, document, JsonPointerText.Append(schema.Pointer, keyword.Name),
                        $"'{keyword.Name}' beside '$ref' is ignored in draft-07; move it into the referenced schema or wrap the $ref in allOf");
                }
            }
        }
    }
}
