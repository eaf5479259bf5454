namespace OnexSchemas.Compatibility;

/// <summary>
/// The BACKWARD verdict of each single change, as the registry's compatible-change sets give it. FORWARD is the
/// same table applied to the diff taken the other way round.
/// </summary>
public static class CompatibilityRules
{
    /// <summary>Whether <paramref name="type"/> keeps BACKWARD compatibility under <paramref name="policy"/>.</summary>
    /// <param name="type">The change type.</param>
    /// <param name="policy">The policy.</param>
    /// <returns><see langword="true"/> when the registry accepts the change.</returns>
    public static bool IsCompatible(SchemaChangeType type, CompatibilityPolicy policy = CompatibilityPolicy.Strict)
    {
        var rule = Rule(type);
        return policy == CompatibilityPolicy.Lenient ? rule.BackwardCompatibleLenient : rule.BackwardCompatibleStrict;
    }

    /// <summary>One sentence saying why the change keeps or breaks compatibility.</summary>
    /// <param name="type">The change type.</param>
    /// <returns>The documented reason.</returns>
    public static string Reason(SchemaChangeType type) => Rule(type).Reason;

    /// <summary>Whether the change touches only annotations (id, title, description, default) and never validation.</summary>
    /// <param name="type">The change type.</param>
    /// <returns><see langword="true"/> for annotation-only changes.</returns>
    public static bool IsAnnotationOnly(SchemaChangeType type) => Rule(type).AnnotationOnly;

    /// <summary>
    /// Whether this engine can report the change. The reserved-property types need registry metadata and the
    /// registry 7.x name <c>PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL</c> is only kept for parsing old output.
    /// </summary>
    /// <param name="type">The change type.</param>
    /// <returns><see langword="true"/> when <see cref="SchemaDiffer"/> may report it.</returns>
    public static bool IsReported(SchemaChangeType type) => Rule(type).Emitted;

    private static ChangeRule Rule(SchemaChangeType type)
    {
        var index = (int)type;
        var rules = ChangeRuleTable.Rules;
        return (uint)index < (uint)rules.Length
            ? rules[index]
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown change type.");
    }
}
