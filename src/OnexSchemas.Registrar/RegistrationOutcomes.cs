namespace OnexSchemas.Registrar;

/// <summary>The outcomes' names, as the plan prints them in text and JSON.</summary>
public static class RegistrationOutcomes
{
    /// <summary>The outcome's name: <c>create</c>, <c>new version</c>, <c>unchanged</c>, <c>blocked</c>.</summary>
    public static string ToDisplayName(this RegistrationOutcome outcome) => outcome switch
    {
        RegistrationOutcome.Create => "create",
        RegistrationOutcome.NewVersion => "new version",
        RegistrationOutcome.Unchanged => "unchanged",
        RegistrationOutcome.Blocked => "blocked",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The outcome's name in JSON: <c>create</c>, <c>new_version</c>, <c>unchanged</c>, <c>blocked</c>.</summary>
    public static string ToJsonName(this RegistrationOutcome outcome) => outcome.ToDisplayName().Replace(' ', '_');

    /// <summary>Every outcome, in the order summaries list them.</summary>
    public static IReadOnlyList<RegistrationOutcome> All { get; } =
        [RegistrationOutcome.Create, RegistrationOutcome.NewVersion, RegistrationOutcome.Unchanged, RegistrationOutcome.Blocked];
}
