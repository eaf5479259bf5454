using OnexSchemas.Diagnostics;

namespace OnexSchemas.Linting;

/// <summary>One named check over the tree. A rule judges and reports; it never formats.</summary>
public interface ILintRule
{
    /// <summary>The rule's identity.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the tree in <paramref name="context"/> and reports findings to it.</summary>
    void Check(LintContext context);
}
