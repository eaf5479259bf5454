namespace OnexSchemas.Compatibility;

/// <summary>The verdict of <see cref="CompatibilityChecker"/>.</summary>
public sealed class CompatibilityResult
{
    internal CompatibilityResult(
        bool isCompatible,
        CompatibilityLevel level,
        CompatibilityPolicy policy,
        IReadOnlyList<JudgedChange> changes,
        IReadOnlyList<string> messages,
        RegistryProfile profile,
        RegistryRefusal? refusal = null,
        Func<IReadOnlyList<SchemaChange>>? edits = null)
    {
        IsCompatible = isCompatible;
        Level = level;
        Policy = policy;
        Changes = changes;
        Messages = messages;
        Profile = profile;
        Refusal = refusal;
        // What changed is worked out only when asked for: a caller that wants the verdict alone does not pay a diff.
        _edits = new Lazy<IReadOnlyList<SchemaChange>>(edits ?? (() => changes.Select(judged => judged.Change).Distinct().ToList()));
        _bump = new Lazy<RequiredBump>(() => isCompatible ? BumpFor(Edits) : RequiredBump.Major);
    }

    private readonly Lazy<IReadOnlyList<SchemaChange>> _edits;
    private readonly Lazy<RequiredBump> _bump;

    /// <summary>
    /// What changed, as Confluent's diff names it, whichever registry judged it: under Confluent the changes of
    /// <see cref="Changes"/>, under Redpanda the diff of the latest version (Redpanda names only what it refuses).
    /// </summary>
    public IReadOnlyList<SchemaChange> Edits => _edits.Value;

    /// <summary>Whose registry gave the verdict.</summary>
    public RegistryProfile Profile { get; }

    /// <summary>
    /// The error the registry answers with instead of a verdict, when it refuses to compare (the update is then not
    /// compatible: it cannot be registered).
    /// </summary>
    public RegistryRefusal? Refusal { get; }

    /// <summary>Whether the registry would accept the update.</summary>
    public bool IsCompatible { get; }

    /// <summary>The level checked.</summary>
    public CompatibilityLevel Level { get; }

    /// <summary>The policy checked.</summary>
    public CompatibilityPolicy Policy { get; }

    /// <summary>
    /// Every change the registry reports: compatible or not under Confluent, whose diff names every change; only the
    /// incompatible ones under Redpanda, which reports nothing else.
    /// </summary>
    public IReadOnlyList<JudgedChange> Changes { get; }

    /// <summary>The registry's wording of the incompatibilities (empty when compatible).</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>
    /// Major if the registry refuses the update, else Minor if any change affects validation, else Patch if
    /// annotations changed, else None (what changed read from the diff, whichever registry judged it).
    /// </summary>
    public RequiredBump RequiredBump => _bump.Value;

    private static RequiredBump BumpFor(IReadOnlyList<SchemaChange> edits)
    {
        var bump = RequiredBump.None;
        foreach (var edit in edits)
        {
            var needed = ChangeVocabulary.IsAnnotationOnly(edit.Type) ? RequiredBump.Patch : RequiredBump.Minor;
            if (needed > bump)
            {
                bump = needed;
            }
        }

        return bump;
    }
}
