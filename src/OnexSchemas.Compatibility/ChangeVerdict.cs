namespace OnexSchemas.Compatibility;

/// <summary>What the registry answers, under BACKWARD, for one change of a given <see cref="SchemaChangeType"/>.</summary>
public enum ChangeVerdict
{
    /// <summary>Compatible under every policy.</summary>
    Compatible,

    /// <summary>Incompatible under every policy.</summary>
    Breaking,

    /// <summary>Incompatible under STRICT, compatible under LENIENT (readers that ignore unknown properties).</summary>
    CompatibleUnderLenient,
}
