using OnexSchemas.Diagnostics;
using OnexSchemas.Linting.Rules;
using OnexSchemas.Model;

namespace OnexSchemas.Linting;

/// <summary>Runs every rule over a loaded tree. The CLI, the MSBuild task and the registrar all call this one entry point.</summary>
public static class SchemaLinter
{
    /// <summary>The rules in the order they run: structure first, so later rules can skip documents that cannot be evaluated.</summary>
    public static IReadOnlyList<ILintRule> Rules { get; } =
    [
        new SchemaDraftRule(),
        new MetaSchemaRule(),
        new KnownKeywordsRule(),
        new ReferenceRules(),
        new ReferenceSiblingsRule(),
        new FileLayoutRule(),
        new TopicIdentityRule(),
        new SchemaIdRule(),
        new VersionRules(),
        new OnexMetadataRule(),
        new ClosedContentModelRule(),
        new DescriptionRule(),
        new SnakeCasePropertiesRule(),
        new RequiredDeclaredRule(),
        new RegistryBlindSpotRule(),
        new RequestHasResponseRule(),
        new UniqueTopicRule(),
        new TreeConfigRule(),
        new ExamplesRule(),
    ];

    /// <summary>Checks the tree; the result holds the load findings too, sorted by file and position.</summary>
    public static LintResult Lint(SchemaTree tree)
    {
        var context = new LintContext(tree);
        foreach (var rule in Rules)
        {
            context.Current = rule;
            rule.Check(context);
        }

        context.Current = null;

        var all = tree.LoadDiagnostics.Concat(context.Diagnostics)
            .OrderBy(diagnostic => diagnostic.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.Line)
            .ThenBy(diagnostic => diagnostic.Location.Column)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ToArray();
        return new LintResult(tree, all);
    }
}
