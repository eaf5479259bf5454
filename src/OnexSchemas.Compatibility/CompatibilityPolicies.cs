namespace OnexSchemas.Compatibility;

/// <summary>Parsing and formatting of <see cref="CompatibilityPolicy"/>.</summary>
public static class CompatibilityPolicies
{
    /// <summary>Every policy, STRICT (the registry's default) first.</summary>
    public static IReadOnlyList<CompatibilityPolicy> All { get; } = [CompatibilityPolicy.Strict, CompatibilityPolicy.Lenient];

    /// <summary>The registry's name of the policy: <c>STRICT</c> or <c>LENIENT</c>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The upper-case name.</returns>
    public static string ToRegistryName(this CompatibilityPolicy policy) => policy switch
    {
        CompatibilityPolicy.Strict => "STRICT",
        CompatibilityPolicy.Lenient => "LENIENT",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };

    /// <summary>Parses <c>STRICT</c> or <c>LENIENT</c> in any case.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="policy">The policy, when the text names one.</param>
    /// <returns>Whether the text names a policy.</returns>
    public static bool TryParse(string? text, out CompatibilityPolicy policy)
    {
        policy = CompatibilityPolicy.Strict;
        var key = text?.Trim();
        if (string.Equals(key, "STRICT", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(key, "LENIENT", StringComparison.OrdinalIgnoreCase))
        {
            policy = CompatibilityPolicy.Lenient;
            return true;
        }

        return false;
    }

    /// <summary>Parses a policy name; see <see cref="TryParse"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="FormatException">The text names no policy.</exception>
    public static CompatibilityPolicy Parse(string text) =>
        TryParse(text, out var policy) ? policy : throw new FormatException($"'{text}' is not a compatibility policy.");
}
