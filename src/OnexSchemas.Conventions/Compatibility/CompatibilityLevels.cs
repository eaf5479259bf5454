using System;
using System.Collections.Generic;
using System.Linq;

namespace OnexSchemas.Compatibility;

/// <summary>Parsing, formatting and facts about <see cref="CompatibilityLevel"/>.</summary>
public static class CompatibilityLevels
{
    /// <summary>The registry's name of the level, for example <c>BACKWARD_TRANSITIVE</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The SCREAMING_SNAKE name.</returns>
    public static string ToRegistryName(this CompatibilityLevel level) => level switch
    {
        CompatibilityLevel.None => "NONE",
        CompatibilityLevel.Backward => "BACKWARD",
        CompatibilityLevel.BackwardTransitive => "BACKWARD_TRANSITIVE",
        CompatibilityLevel.Forward => "FORWARD",
        CompatibilityLevel.ForwardTransitive => "FORWARD_TRANSITIVE",
        CompatibilityLevel.Full => "FULL",
        CompatibilityLevel.FullTransitive => "FULL_TRANSITIVE",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Parses <c>BACKWARD_TRANSITIVE</c>, <c>backward-transitive</c>, <c>BackwardTransitive</c> and the like.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="level">The level, when the text names one.</param>
    /// <returns>Whether the text names a level.</returns>
    public static bool TryParse(string? text, out CompatibilityLevel level)
    {
        level = CompatibilityLevel.Backward;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Registry spelling, kebab case and PascalCase all normalise to the same letters.
        var key = text!.Trim().Replace("_", string.Empty).Replace("-", string.Empty).ToUpperInvariant();
        switch (key)
        {
            case "NONE": level = CompatibilityLevel.None; return true;
            case "BACKWARD": level = CompatibilityLevel.Backward; return true;
            case "BACKWARDTRANSITIVE": level = CompatibilityLevel.BackwardTransitive; return true;
            case "FORWARD": level = CompatibilityLevel.Forward; return true;
            case "FORWARDTRANSITIVE": level = CompatibilityLevel.ForwardTransitive; return true;
            case "FULL": level = CompatibilityLevel.Full; return true;
            case "FULLTRANSITIVE": level = CompatibilityLevel.FullTransitive; return true;
            default: return false;
        }
    }

    /// <summary>Reads a level exactly as the registry spells it (<c>BACKWARD_TRANSITIVE</c>), as the tree config and the registry API do.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="level">The level, when the text is one's registry name.</param>
    /// <returns>Whether the text is a level's registry name.</returns>
    public static bool TryParseRegistryName(string? text, out CompatibilityLevel level)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToRegistryName(), text, StringComparison.Ordinal))
            {
                level = candidate;
                return true;
            }
        }

        level = CompatibilityLevel.Backward;
        return false;
    }

    /// <summary>Parses a level name; see <see cref="TryParse"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The level.</returns>
    /// <exception cref="FormatException">The text names no level.</exception>
    public static CompatibilityLevel Parse(string text) =>
        TryParse(text, out var level) ? level : throw new FormatException($"'{text}' is not a compatibility level; the levels are {ListText}.");

    /// <summary>Every level, in the registry's order.</summary>
    public static IReadOnlyList<CompatibilityLevel> All { get; } =
    [
        CompatibilityLevel.None, CompatibilityLevel.Backward, CompatibilityLevel.BackwardTransitive, CompatibilityLevel.Forward,
        CompatibilityLevel.ForwardTransitive, CompatibilityLevel.Full, CompatibilityLevel.FullTransitive,
    ];

    /// <summary>The registry names of every level, comma-separated, for messages and help.</summary>
    public static string ListText { get; } = string.Join(", ", All.Select(level => level.ToRegistryName()));

    /// <summary>Whether the level checks every earlier version rather than only the latest.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> for the *_TRANSITIVE levels.</returns>
    public static bool IsTransitive(this CompatibilityLevel level) =>
        level is CompatibilityLevel.BackwardTransitive or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.FullTransitive;

    /// <summary>Whether the level includes the BACKWARD check (update reads old data).</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> for BACKWARD and FULL, transitive or not.</returns>
    public static bool ChecksBackward(this CompatibilityLevel level) =>
        level is CompatibilityLevel.Backward or CompatibilityLevel.BackwardTransitive
            or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;

    /// <summary>Whether the level includes the FORWARD check (old readers read new data).</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> for FORWARD and FULL, transitive or not.</returns>
    public static bool ChecksForward(this CompatibilityLevel level) =>
        level is CompatibilityLevel.Forward or CompatibilityLevel.ForwardTransitive
            or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;
}
