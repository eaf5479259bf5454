using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace OnexSchemas.Compatibility.Model;

/// <summary>Compiles each distinct pattern once per process, so comparing many versions never rebuilds a regex.</summary>
internal static class PatternCache
{
    private const int MaxEntries = 4096;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly ConcurrentDictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern, or <see langword="null"/> when .NET cannot parse it.</summary>
    /// <param name="pattern">The pattern text.</param>
    /// <returns>The shared regex.</returns>
    public static Regex? Get(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        Regex? regex;
        try
        {
            // A timeout bounds hostile patterns; schema authors' patterns are short.
            regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            regex = null;
        }

        if (Cache.Count < MaxEntries)
        {
            Cache.TryAdd(pattern, regex);
        }

        return regex;
    }
}
