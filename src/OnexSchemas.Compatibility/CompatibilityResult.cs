namespace OnexSchemas.Compatibility;

/// <summary>The verdict of <see cref="CompatibilityChecker"/>.</summary>
public sealed class CompatibilityResult
{
    internal CompatibilityResult(
        bool isCompatible,
        CompatibilityLevel level,
        CompatibilityPolicy policy,
        IReadOnlyList<JudgedChange> changes,
        IReadOnlyList<string> messages)
    {
        IsCompatible = isCompatible;
        Level = level;
        Policy = policy;
        Changes = changes;
        Messages = messages;
        RequiredBump = BumpFor(changes);
    }

    /// <summary>Whether the registry would accept the update.</summary>
    public bool IsCompatible { get; }

    /// <summary>The level checked.</summary>
    public CompatibilityLevel Level { get; }

    /// <summary>The policy checked.</summary>
    public CompatibilityPolicy Policy { get; }

    /// <summary>Every change found, compatible or not.</summary>
    public IReadOnlyList<JudgedChange> Changes { get; }

    /// <summary>The registry's wording of the incompatibilities (empty when compatible).</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>
    /// Major if any change is incompatible at the checked level, else Minor if any change affects validation, else
    /// Patch if annotations changed, else None.
    /// </summary>
    public RequiredBump RequiredBump { get; }

    private static RequiredBump BumpFor(IReadOnlyList<JudgedChange> changes)
    {
        var bump = RequiredBump.None;
        foreach (var judged in changes)
        {
            if (!judged.IsCompatible)
            {
                return RequiredBump.Major;
            }

            var needed = ChangeVocabulary.IsAnnotationOnly(judged.Change.Type) ? RequiredBump.Patch : RequiredBump.Minor;
            if (needed > bump)
            {
                bump = needed;
            }
        }

        return bump;
    }
}
