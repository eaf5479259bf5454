using OnexSchemas.Compatibility;
using OnexSchemas.Registry;

namespace OnexSchemas.Registrar;

/// <summary>One subject's line of the plan, and after the run what became of it.</summary>
/// <param name="Schema">What the tree registers for the subject.</param>
/// <param name="Outcome">What is (or was) done with the schema.</param>
/// <param name="RegistryLevel">The subject's own level in the registry before the run; null when it had none.</param>
/// <param name="Messages">The registry's messages when the outcome is <see cref="RegistrationOutcome.Blocked"/>.</param>
/// <param name="Id">The schema's id in the registry, when it is (or now is) registered.</param>
public sealed record RegistrationStep(RegisteredForm Schema, RegistrationOutcome Outcome, CompatibilityLevel? RegistryLevel, IReadOnlyList<string> Messages, int? Id = null)
{
    /// <summary>The subject.</summary>
    public string Subject => Schema.Subject;

    /// <summary>The level the tree config gives the subject.</summary>
    public CompatibilityLevel Level => Schema.Level;

    /// <summary>
    /// Whether the run sets the subject's level (it has none, or another). The level is the tree config's whatever
    /// becomes of the schema, so a blocked subject gets it too, and is judged again under it.
    /// </summary>
    public bool SetsLevel => RegistryLevel != Schema.Level;

    /// <summary>How many writes the step sends: the level, then the schema.</summary>
    public int Writes => (SetsLevel ? 1 : 0) + (Outcome is RegistrationOutcome.Create or RegistrationOutcome.NewVersion ? 1 : 0);
}
