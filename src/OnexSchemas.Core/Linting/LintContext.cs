using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.References;

namespace OnexSchemas.Linting;

/// <summary>What rules share while the tree is checked: the tree, the resolver, and facts earlier rules established.</summary>
public sealed class LintContext
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<SchemaDocument> _unusable = [];

    internal LintContext(SchemaTree tree)
    {
        Tree = tree;
        Resolver = new ReferenceResolver(tree);
    }

    /// <summary>The tree being checked.</summary>
    public SchemaTree Tree { get; }

    /// <summary>Resolves <c>$ref</c>s within the tree.</summary>
    public ReferenceResolver Resolver { get; }

    /// <summary>The rule being run, whose declared ids are the only ones it may report.</summary>
    internal ILintRule? Current { get; set; }

    /// <summary>Findings so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// Marks a document whose schema cannot be built (wrong draft, invalid against the meta-schema, broken references),
    /// so later rules that evaluate it skip it instead of reporting the same problem again in other words.
    /// </summary>
    public void MarkUnusable(SchemaDocument document) => _unusable.Add(document);

    /// <summary>True when an earlier rule found the document cannot be evaluated.</summary>
    public bool IsUnusable(SchemaDocument document) => _unusable.Contains(document);

    /// <summary>Reports a finding at a JSON pointer of a document.</summary>
    public void Report(RuleDescriptor rule, SchemaDocument document, string pointer, string message) =>
        Add(Diagnostic.Create(rule, document.Locate(pointer), message, pointer));

    /// <summary>Reports a finding about a whole document.</summary>
    public void ReportFile(RuleDescriptor rule, SchemaDocument document, string message) =>
        Add(Diagnostic.Create(rule, document.File.FileLocation, message));

    /// <summary>Reports a finding made elsewhere.</summary>
    public void Report(Diagnostic diagnostic) => Add(diagnostic);

    // The catalog, the rules command and SARIF trust ILintRule.Reports; a finding outside it is a bug in the rule.
    private void Add(Diagnostic diagnostic)
    {
        if (Current is { } rule && !rule.Reports.Contains(diagnostic.Rule))
        {
            throw new InvalidOperationException($"{rule.GetType().Name} reported {diagnostic.Id}, which its Reports does not declare.");
        }

        _diagnostics.Add(diagnostic);
    }
}
