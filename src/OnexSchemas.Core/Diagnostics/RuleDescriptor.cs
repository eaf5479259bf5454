namespace OnexSchemas.Diagnostics;

/// <summary>The identity of a rule: what the catalog in <c>docs/rules.md</c> lists.</summary>
/// <param name="Id">Stable identifier such as <c>ONEX012</c>.</param>
/// <param name="Name">Short kebab-case name such as <c>closed-content-model</c>.</param>
/// <param name="DefaultSeverity">The severity findings of this rule carry.</param>
/// <param name="Purpose">One line saying what the rule protects.</param>
public sealed record RuleDescriptor(string Id, string Name, DiagnosticSeverity DefaultSeverity, string Purpose);
