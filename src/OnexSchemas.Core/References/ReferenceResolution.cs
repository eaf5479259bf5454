using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;

namespace OnexSchemas.References;

/// <summary>The outcome of resolving one <c>$ref</c>: a target, or the rule it breaks and why.</summary>
public sealed record ReferenceResolution
{
    /// <summary>The document the reference lands in.</summary>
    public SchemaDocument? TargetDocument { get; init; }

    /// <summary>The JSON pointer inside the target document.</summary>
    public string TargetPointer { get; init; } = string.Empty;

    /// <summary>The schema the reference lands on.</summary>
    public JsonElement TargetElement { get; init; }

    /// <summary>For a failure, the rule broken.</summary>
    public RuleDescriptor? FailedRule { get; init; }

    /// <summary>For a failure, what is wrong.</summary>
    public string? Failure { get; init; }

    /// <summary>True when the reference resolved.</summary>
    public bool Succeeded => TargetDocument is not null;

    internal static ReferenceResolution Fail(RuleDescriptor rule, string message) => new() { FailedRule = rule, Failure = message };
}
