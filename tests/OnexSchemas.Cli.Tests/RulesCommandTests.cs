using System.Text.Json;
using OnexSchemas.Cli;
using OnexSchemas.Diagnostics;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary><c>onex-schemas rules</c> prints every rule of the catalog, and docs/rules.md carries the table it prints.</summary>
public sealed class RulesCommandTests
{
    private const string StartMarker = "<!-- rules-table:start -->";
    private const string EndMarker = "<!-- rules-table:end -->";

    [Fact]
    public void JsonListsEveryRule()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "rules", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        var listed = document.RootElement.EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToList();
        Assert.All(RuleCatalog.All, rule => Assert.Contains(rule.Id, listed));
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void DocumentedTableIsTheOneTheToolPrints()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "rules", "--format", "markdown");
        var document = File.ReadAllText(RepositoryPaths.RulesDocument).ReplaceLineEndings("\n");
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);

        Assert.True(start >= 0 && end > start, $"docs/rules.md has no '{StartMarker}' ... '{EndMarker}' block");
        var documented = document[(start + StartMarker.Length)..end].Trim('\n');
        Assert.Equal(result.Output.ReplaceLineEndings("\n").Trim('\n'), documented);
    }
}
