namespace OnexSchemas.Diagnostics;

/// <summary>One located finding. Diagnostics are data: formatters decide how they look.</summary>
/// <param name="Rule">The rule that produced the finding.</param>
/// <param name="Severity">The severity of this finding.</param>
/// <param name="Location">Where the finding is.</param>
/// <param name="Message">A sentence that names the problem and, where possible, the fix.</param>
/// <param name="JsonPointer">The JSON pointer inside the file the finding is about, when it is about one.</param>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    DiagnosticSeverity Severity,
    SourceLocation Location,
    string Message,
    string? JsonPointer = null)
{
    /// <summary>Creates a finding with the rule's default severity.</summary>
    public static Diagnostic Create(RuleDescriptor rule, SourceLocation location, string message, string? jsonPointer = null) =>
        new(rule, rule.DefaultSeverity, location, message, jsonPointer);

    /// <summary>The rule identifier, e.g. <c>ONEX012</c>.</summary>
    public string Id => Rule.Id;

    /// <summary>True when the finding is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;
}
