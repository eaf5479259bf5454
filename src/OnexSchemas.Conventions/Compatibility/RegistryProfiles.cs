using System;
using System.Collections.Generic;
using System.Linq;

namespace OnexSchemas.Compatibility;

/// <summary>Parsing, formatting and the default of <see cref="RegistryProfile"/>, as the tree config and the CLI spell it.</summary>
public static class RegistryProfiles
{
    /// <summary>The profile of a tree that names none: the production registry.</summary>
    public const RegistryProfile Default = RegistryProfile.Redpanda;

    /// <summary>Every profile, the default first.</summary>
    public static IReadOnlyList<RegistryProfile> All { get; } = [RegistryProfile.Redpanda, RegistryProfile.Confluent];

    /// <summary>The profile's name in the tree config and on the command line: <c>redpanda</c> or <c>confluent</c>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The lower-case name.</returns>
    public static string ToConfigName(this RegistryProfile profile) => profile switch
    {
        RegistryProfile.Redpanda => "redpanda",
        RegistryProfile.Confluent => "confluent",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, null),
    };

    /// <summary>The registry's product name, for sentences: <c>Redpanda</c> or <c>Confluent</c>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The capitalised name.</returns>
    public static string ToProductName(this RegistryProfile profile) => profile switch
    {
        RegistryProfile.Redpanda => "Redpanda",
        RegistryProfile.Confluent => "Confluent",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, null),
    };

    /// <summary>Reads a profile exactly as the tree config spells it (<c>redpanda</c>, <c>confluent</c>).</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="profile">The profile, when the text is one's name.</param>
    /// <returns>Whether the text is a profile's name.</returns>
    public static bool TryParse(string? text, out RegistryProfile profile)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToConfigName(), text, StringComparison.Ordinal))
            {
                profile = candidate;
                return true;
            }
        }

        profile = Default;
        return false;
    }

    /// <summary>Reads a profile name in any case and with surrounding white space, for "did you mean" hints.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="profile">The profile meant, when there is one.</param>
    /// <returns>Whether the text names a profile once case and white space are ignored.</returns>
    public static bool TryParseLoosely(string? text, out RegistryProfile profile) =>
        TryParse(text?.Trim().ToLowerInvariant(), out profile);

    /// <summary>The names of every profile, comma-separated, for messages and help.</summary>
    public static string ListText { get; } = string.Join(", ", All.Select(profile => profile.ToConfigName()));
}
