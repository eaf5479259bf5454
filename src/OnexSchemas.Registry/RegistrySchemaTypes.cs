namespace OnexSchemas.Registry;

/// <summary>The registry's names of <see cref="RegistrySchemaType"/>, as the REST API's <c>schemaType</c> spells them.</summary>
public static class RegistrySchemaTypes
{
    /// <summary>Every schema type, JSON first.</summary>
    public static IReadOnlyList<RegistrySchemaType> All { get; } = [RegistrySchemaType.Json];

    /// <summary>The registry's name: <c>JSON</c>.</summary>
    public static string ToRegistryName(this RegistrySchemaType type) => type switch
    {
        RegistrySchemaType.Json => "JSON",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Reads a <c>schemaType</c> as the registry spells it.</summary>
    public static bool TryParse(string? text, out RegistrySchemaType type)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToRegistryName(), text, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = RegistrySchemaType.Json;
        return false;
    }
}
