using Json.Schema;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX003: the schema is valid against the draft-07 meta-schema, so keywords have the types the draft gives them.</summary>
public sealed class MetaSchemaRule : DocumentRule
{
    private const int MaxFindingsPerFile = 10;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.MetaSchema;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        if (context.IsUnusable(document))
        {
            return;
        }

        var result = SchemaEvaluation.Evaluate(MetaSchemas.Draft7, document.Root);
        if (result.IsValid)
        {
            return;
        }

        context.MarkUnusable(document);
        foreach (var (pointer, message) in SchemaEvaluation.Failures(result).Take(MaxFindingsPerFile))
        {
            context.Report(Descriptor, document, pointer, $"'{DisplayPointer(pointer)}' is not valid draft-07: {message}");
        }
    }

    private static string DisplayPointer(string pointer) => pointer.Length == 0 ? "#" : "#" + pointer;
}
