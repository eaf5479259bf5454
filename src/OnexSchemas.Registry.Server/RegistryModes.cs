namespace OnexSchemas.Registry.Server;

/// <summary>The modes' names on the wire.</summary>
internal static class RegistryModes
{
    public static string ToRegistryName(this RegistryMode mode) => mode switch
    {
        RegistryMode.ReadWrite => "READWRITE",
        RegistryMode.ReadOnly => "READONLY",
        RegistryMode.Import => "IMPORT",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static bool TryParse(string? text, out RegistryMode mode)
    {
        foreach (var candidate in Enum.GetValues<RegistryMode>())
        {
            if (string.Equals(candidate.ToRegistryName(), text, StringComparison.Ordinal))
            {
                mode = candidate;
                return true;
            }
        }

        mode = default;
        return false;
    }

    public static string ListText { get; } = string.Join(", ", Enum.GetValues<RegistryMode>().Select(mode => mode.ToRegistryName()));
}
