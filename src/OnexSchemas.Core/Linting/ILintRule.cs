using OnexSchemas.Diagnostics;

namespace OnexSchemas.Linting;

/// <summary>One named check over the tree. A rule judges and reports; it never formats.</summary>
public interface ILintRule
{
    /// <summary>The rule's main identity, the one its class is named for.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Every id the class reports. A class that reports more than its <see cref="Descriptor"/> lists them all; the
    /// linter refuses a finding whose id its rule did not declare.
    /// </summary>
    IReadOnlyList<RuleDescriptor> Reports => [Descriptor];

    /// <summary>Checks the tree in <paramref name="context"/> and reports findings to it.</summary>
    void Check(LintContext context);
}
