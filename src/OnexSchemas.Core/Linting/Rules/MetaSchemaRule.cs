using Json.Schema;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX003: the schema is valid against the draft-07 meta-schema, so keywords have the types the draft gives them.</summary>
public sealed class MetaSchemaRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.MetaSchema;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        if (context.IsUnusable(document))
        {
            return;
        }

        var failures = MetaSchemaCheck.Failures(MetaSchemas.Draft7, document.Root).ToList();
        if (failures.Count == 0)
        {
            return;
        }

        context.MarkUnusable(document);
        foreach (var (pointer, message) in failures)
        {
            context.Report(Descriptor, document, pointer, $"'{MetaSchemaCheck.Display(pointer)}' is not valid draft-07: {message}");
        }
    }
}
