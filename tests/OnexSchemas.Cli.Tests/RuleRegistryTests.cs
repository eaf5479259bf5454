using System.Text.Json;
using System.Text.RegularExpressions;
using OnexSchemas.Diagnostics;
using OnexSchemas.Reporting;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary>
/// One registry of every diagnostic: each id that lint, governance or the generator can report is in the
/// <see cref="RuleCatalog"/>, and from there in <c>rules --format json</c>, SARIF's <c>tool.driver.rules</c>,
/// <c>docs/rules.md</c> and the generator's analyzer release file; no id is spelled anywhere else in the sources.
/// </summary>
public sealed partial class RuleRegistryTests
{
    private static readonly string[] AllIds = [.. RuleCatalog.All.Select(rule => rule.Id)];

    [Fact]
    public void The_catalog_holds_every_origin()
    {
        Assert.Contains(RuleCatalog.All, rule => rule.Origin == RuleOrigin.Lint);
        Assert.Contains(RuleCatalog.All, rule => rule.Origin == RuleOrigin.Governance);
        Assert.Contains(RuleCatalog.All, rule => rule.Origin == RuleOrigin.Generator);
        Assert.Equal(AllIds.Length, AllIds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Rules_json_lists_every_id_with_its_origin()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "rules", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var listed = document.RootElement.EnumerateArray()
            .Select(rule => (Id: rule.GetProperty("id").GetString()!, Origin: rule.GetProperty("origin").GetString()!))
            .ToList();
        Assert.Equal(AllIds, listed.Select(rule => rule.Id));
        Assert.Equal(RuleCatalog.All.Select(rule => RuleCatalogWriter.OriginWord(rule.Origin)), listed.Select(rule => rule.Origin));
    }

    [Fact]
    public void Sarif_lists_every_rule_even_when_none_fired()
    {
        var result = CliRunner.Run(RepositoryPaths.Root, "validate", "--format", "sarif");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(rule => rule.GetProperty("id").GetString()).ToList();
        Assert.Equal(AllIds, rules);
    }

    [Fact]
    public void Docs_rules_md_has_a_row_for_every_id()
    {
        var text = File.ReadAllText(RepositoryPaths.RulesDocument);

        Assert.All(RuleCatalog.All, rule => Assert.Contains($"| {rule.Id} | `{rule.Name}` |", text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_analyzer_release_file_is_the_one_the_catalog_renders()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "OnexSchemas.Build.Generator", "AnalyzerReleases.Unshipped.md");

        Assert.Equal(RuleCatalogWriter.AnalyzerReleasesUnshipped(), File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void No_source_file_but_the_catalog_spells_a_diagnostic_id()
    {
        var catalog = Path.Combine("src", "OnexSchemas.Conventions", "Diagnostics", "RuleCatalog.cs");
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => !path.EndsWith(catalog, StringComparison.Ordinal))
            .SelectMany(path => IdLiteral().Matches(File.ReadAllText(path)).Select(match => $"{Path.GetRelativePath(RepositoryPaths.Root, path)}: {match.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    // A string literal that is an id: "ONEX012", "ONEXG003". Ids in comments and docs are prose, not copies.
    [GeneratedRegex("\"ONEXG?[0-9]{3}\"")]
    private static partial Regex IdLiteral();
}
