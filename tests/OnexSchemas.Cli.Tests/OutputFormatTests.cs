using System.Text.Json;
using OnexSchemas.Cli;
using OnexSchemas.Diagnostics;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary>
/// The four output formats of <c>validate</c> on a tree with three findings: an error with a line (ONEX012), an error
/// about a whole file (ONEX018) and a warning (ONEX025).
/// </summary>
public sealed class OutputFormatTests : IDisposable
{
    private const string Request = ValidTree.RequestPath;
    private readonly TreeBuilder _tree = TreeBuilder.Valid();
    private readonly (int Line, int Column) _version;
    private readonly (int Line, int Column) _sibling;

    public OutputFormatTests()
    {
        _tree.Replace(Request, "\"version\": \"1.2.0\"", "\"version\": \"2.0.0\"");
        _tree.Replace(Request, "\"$ref\": \"#/definitions/note\",", "\"$ref\": \"#/definitions/note\",\n      \"maxLength\": 10,");
        _tree.Delete(ValidTree.ResponsePath);
        _version = _tree.PositionOf(Request, "\"version\"");
        _sibling = _tree.PositionOf(Request, "\"maxLength\": 10");
    }

    public void Dispose() => _tree.Dispose();

    private CliResult Validate(string format)
    {
        var result = CliRunner.Run(_tree.Workspace, "validate", "--root", "schemas", "--format", format);
        result.AssertNoCrash();
        Assert.True(result.ExitCode == ExitCodes.Findings, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        return result;
    }

    [Fact]
    public void TextIsTheCanonicalFormWithASummary()
    {
        var lines = Validate("text").Output.TrimEnd().Split('\n');

        Assert.Equal(
        [
            $"schemas/{Request}: error ONEX018: ",
            $"schemas/{Request}({_version.Line},{_version.Column}): error ONEX012: ",
            $"schemas/{Request}({_sibling.Line},{_sibling.Column}): warning ONEX025: ",
        ],
            lines[..3].Select(line => line[..(line.IndexOf(": ", line.IndexOf("ONEX", StringComparison.Ordinal), StringComparison.Ordinal) + 2)]));
        Assert.Equal("3 file(s) checked: 2 error(s), 1 warning(s).", lines[3]);
    }

    [Fact]
    public void JsonHasCountsAndLocatedDiagnostics()
    {
        using var document = JsonDocument.Parse(Validate("json").Output);
        var root = document.RootElement;

        Assert.Equal(3, root.GetProperty("files").GetInt32());
        Assert.Equal(2, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["ONEX018", "ONEX012", "ONEX025"], diagnostics.Select(diagnostic => diagnostic.GetProperty("rule").GetString()));
        var version = diagnostics[1];
        Assert.Equal("version-matches-major", version.GetProperty("name").GetString());
        Assert.Equal("error", version.GetProperty("severity").GetString());
        Assert.Equal($"schemas/{Request}", version.GetProperty("file").GetString());
        Assert.Equal(_version.Line, version.GetProperty("line").GetInt32());
        Assert.Equal(_version.Column, version.GetProperty("column").GetInt32());
        Assert.Equal("#/x-onex/version", version.GetProperty("pointer").GetString());
        Assert.False(string.IsNullOrWhiteSpace(version.GetProperty("message").GetString()));
        Assert.Equal(0, diagnostics[0].GetProperty("line").GetInt32());
        Assert.Equal("warning", diagnostics[2].GetProperty("severity").GetString());
    }

    [Fact]
    public void SarifIsAValidLogListingEveryRule()
    {
        using var document = JsonDocument.Parse(Validate("sarif").Output);
        var root = document.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("$schema").GetString()));
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("onex-schemas", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()!).ToList();
        Assert.All(RuleCatalog.All, rule => Assert.Contains(rule.Id, rules));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal($"schemas/{Request}", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            if (physical.TryGetProperty("region", out var region))
            {
                Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            }
        }

        var version = results.Single(result => result.GetProperty("ruleId").GetString() == "ONEX012");
        var versionRegion = version.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(_version.Line, versionRegion.GetProperty("startLine").GetInt32());
        Assert.Equal(_version.Column, versionRegion.GetProperty("startColumn").GetInt32());
        var wholeFile = results.Single(result => result.GetProperty("ruleId").GetString() == "ONEX018");
        Assert.False(wholeFile.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal("warning", results.Single(result => result.GetProperty("ruleId").GetString() == "ONEX025").GetProperty("level").GetString());
    }

    [Fact]
    public void GitHubAnnotationsCarryFileLineAndColumn()
    {
        var lines = Validate("github").Output.TrimEnd().Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"::error file=schemas/{Request},title=ONEX018 request-has-response::", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"::error file=schemas/{Request},line={_version.Line},col={_version.Column},title=ONEX012 version-matches-major::", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"::warning file=schemas/{Request},line={_sibling.Line},col={_sibling.Column},title=ONEX025 ref-no-siblings::", lines[2], StringComparison.Ordinal);
    }
}
