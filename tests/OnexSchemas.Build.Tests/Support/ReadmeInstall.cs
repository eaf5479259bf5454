using System.Text.RegularExpressions;

namespace OnexSchemas.Build.Tests.Support;

/// <summary>
/// The README's install section, read the way a user reads it: each fenced block after an
/// <c>&lt;!-- install:NAME --&gt;</c> marker. The tests run these blocks, so the section cannot drift from what works.
/// </summary>
internal static partial class ReadmeInstall
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));

    /// <summary>Where the install section's nuget.config puts the feed; a test writes its own feed's path there.</summary>
    public const string FeedPlaceholder = "/path/to/onex-schemas/artifacts/packages";

    public static string Text => Readme.Value;

    /// <summary>The section's nuget.config with <paramref name="feed"/> as the folder feed.</summary>
    public static string NugetConfig(string feed)
    {
        var config = Block("nuget-config");
        Assert.Contains(FeedPlaceholder, config, StringComparison.Ordinal);
        return config.Replace(FeedPlaceholder, feed, StringComparison.Ordinal);
    }

    /// <summary>The text of the fenced block that follows the marker <c>&lt;!-- install:<paramref name="name"/> --&gt;</c>.</summary>
    public static string Block(string name)
    {
        var marker = $"<!-- install:{name} -->";
        var start = Readme.Value.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no {marker}");
        var match = Fence().Match(Readme.Value, start + marker.Length);
        Assert.True(match.Success, $"README.md has no fenced block after {marker}");
        return match.Groups["body"].Value;
    }

    /// <summary>The block's command lines (comments and blank lines dropped), each split into words.</summary>
    public static IReadOnlyList<string[]> Commands(string name) =>
        Block(name).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

    [GeneratedRegex(@"\G\s*```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
