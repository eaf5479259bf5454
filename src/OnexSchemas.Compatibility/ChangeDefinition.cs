namespace OnexSchemas.Compatibility;

/// <summary>One entry of the change vocabulary (<see cref="ChangeVocabulary"/>).</summary>
/// <param name="Type">The change type the entry defines.</param>
/// <param name="RegistryName">The SCREAMING_SNAKE name the registry prints, for example <c>TYPE_CHANGED</c>.</param>
/// <param name="Backward">The registry's BACKWARD verdict for the change.</param>
/// <param name="Reason">One sentence saying why the verdict holds.</param>
/// <param name="Traits">Whether the change is annotation-only and whether this engine reports it.</param>
public sealed record ChangeDefinition(
    SchemaChangeType Type,
    string RegistryName,
    ChangeVerdict Backward,
    string Reason,
    ChangeTraits Traits = ChangeTraits.None)
{
    /// <summary>Whether the change keeps BACKWARD compatibility under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns><see langword="true"/> when the registry accepts the change.</returns>
    public bool IsCompatible(CompatibilityPolicy policy) => Backward switch
    {
        ChangeVerdict.Compatible => true,
        ChangeVerdict.CompatibleUnderLenient => policy == CompatibilityPolicy.Lenient,
        _ => false,
    };
}
