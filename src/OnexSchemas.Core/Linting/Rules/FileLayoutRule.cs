using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX008 (and ONEX009 for names): the path of a schema is its identity, so every file sits where the layout says.</summary>
public sealed class FileLayoutRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.FileLayout;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Reports { get; } = [RuleCatalog.FileLayout, RuleCatalog.TopicNaming];

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        if (document.Path.Kind == SchemaFileKind.Misplaced)
        {
            context.ReportFile(document.Path.BreaksNaming ? RuleCatalog.TopicNaming : Descriptor, document, document.Path.Problem!);
        }
    }
}
