namespace OnexSchemas.Diagnostics;

/// <summary>The identity of a rule: what <c>onex-schemas rules</c>, SARIF, <c>docs/rules.md</c> and the analyzer release notes list.</summary>
/// <param name="Id">Stable identifier such as <c>ONEX012</c>.</param>
/// <param name="Name">Short kebab-case name such as <c>closed-content-model</c>.</param>
/// <param name="Origin">The component that reports it.</param>
/// <param name="DefaultSeverity">The severity findings of this rule carry.</param>
/// <param name="Purpose">One line saying what the rule protects.</param>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record RuleDescriptor(string Id, string Name, RuleOrigin Origin, DiagnosticSeverity DefaultSeverity, string Purpose)
{
    /// <summary>For compiler diagnostics, the short title an IDE shows.</summary>
    public string? Title { get; init; }

    /// <summary>For compiler diagnostics, the message with <c>{0}</c>-style arguments.</summary>
    public string? MessageFormat { get; init; }
}
