namespace OnexSchemas.Registrar;

/// <summary>The registrar's plan for a tree against one registry, or after <see cref="SchemaRegistrar.ApplyAsync"/> what it did.</summary>
/// <param name="Registry">The registry's masked address.</param>
/// <param name="Steps">One step per subject, in subject order.</param>
/// <param name="Applied">Whether the steps were applied (false for a plan or a dry run).</param>
public sealed record RegistrationPlan(string Registry, IReadOnlyList<RegistrationStep> Steps, bool Applied)
{
    /// <summary>Whether the registry refuses any subject's schema.</summary>
    public bool HasBlocked => Steps.Any(step => step.Outcome == RegistrationOutcome.Blocked);

    /// <summary>How many writes the plan sends (or sent).</summary>
    public int Writes => Steps.Sum(step => step.Writes);

    /// <summary>How many steps have the outcome.</summary>
    public int Count(RegistrationOutcome outcome) => Steps.Count(step => step.Outcome == outcome);
}
