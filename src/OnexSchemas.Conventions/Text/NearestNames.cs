using System;
using System.Collections.Generic;
using System.Linq;

namespace OnexSchemas.Text;

/// <summary>
/// "Did you mean" for every name a user types: topics, keywords, type names, config keys. One measure for all of
/// them, so a typo is caught the same way wherever it is made.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class NearestNames
{
    /// <summary>
    /// The candidates within a typo or two of <paramref name="name"/>, closest first (ties in ordinal order). Case is
    /// ignored for the distance, and a swap of two neighbouring letters counts as one edit (<c>requried</c> is one
    /// edit from <c>required</c>).
    /// </summary>
    /// <param name="name">What was typed.</param>
    /// <param name="candidates">The valid names.</param>
    /// <param name="maxDistance">The most edits a suggestion may be away; by default a quarter of the name's length, at least one and at most three.</param>
    /// <param name="count">How many suggestions at most.</param>
    /// <returns>The suggestions.</returns>
    public static IReadOnlyList<string> Find(string name, IEnumerable<string> candidates, int? maxDistance = null, int count = 3)
    {
        var limit = maxDistance ?? Math.Min(3, Math.Max(1, name.Length / 4));
        return candidates
            .Where(candidate => !string.Equals(candidate, name, StringComparison.Ordinal))
            .Select(candidate => (Name: candidate, Distance: Distance(name, candidate)))
            .Where(candidate => candidate.Distance <= limit)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(candidate => candidate.Name)
            .ToList();
    }

    /// <summary>The closest candidate, or null when none is within reach.</summary>
    /// <param name="name">What was typed.</param>
    /// <param name="candidates">The valid names.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? Closest(string name, IEnumerable<string> candidates) => Find(name, candidates, count: 1).FirstOrDefault();

    /// <summary>
    /// The optimal-string-alignment distance, case-insensitive: insertions, deletions, substitutions and swaps of
    /// neighbours, each one edit.
    /// </summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <returns>The number of edits.</returns>
    public static int Distance(string a, string b)
    {
        // Three rows: the swap looks two rows back.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    best = Math.Min(best, twoBack[j - 2] + 1);
                }

                current[j] = best;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[b.Length];
    }

    private static bool Same(char x, char y) => char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
}
