using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.Linting;

/// <summary>A rule that judges each document on its own.</summary>
public abstract class DocumentRule : ILintRule
{
    /// <inheritdoc />
    public abstract RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<RuleDescriptor> Reports => [Descriptor];

    /// <inheritdoc />
    public void Check(LintContext context)
    {
        foreach (var document in context.Tree.Documents)
        {
            if (AppliesTo(document))
            {
                CheckDocument(document, context);
            }
        }
    }

    /// <summary>Which documents the rule looks at; all by default.</summary>
    protected virtual bool AppliesTo(SchemaDocument document) => true;

    /// <summary>Judges one document.</summary>
    protected abstract void CheckDocument(SchemaDocument document, LintContext context);
}
