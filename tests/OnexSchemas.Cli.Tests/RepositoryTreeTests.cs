using System.Text.Json;
using OnexSchemas.Cli;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary>The repository's own schema tree: it validates, and list and show describe its 46 topics.</summary>
public sealed class RepositoryTreeTests
{
    private const int TopicCount = 46;
    private const string KnownTopic = "omninode.codegen.request.validate.v1";

    private static CliResult Run(params string[] args) => CliRunner.Run(RepositoryPaths.Root, args);

    [Fact]
    public void ValidateExitsZero()
    {
        var result = Run("validate", "--root", RepositoryPaths.Schemas);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains(" 0 error(s)", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void ValidateFindsTheTreeFromTheGitTopLevelWithoutRoot()
    {
        var result = CliRunner.Run(Path.Combine(RepositoryPaths.Root, "docs"), "lint");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
    }

    [Fact]
    public void ListJsonHasEveryTopicWithItsVersionAndFile()
    {
        var result = Run("list", "--root", RepositoryPaths.Schemas, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        var topics = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(TopicCount, topics.Count);
        Assert.All(topics, topic =>
        {
            var name = topic.GetProperty("topic").GetString();
            var file = topic.GetProperty("file").GetString();
            Assert.StartsWith("omninode.", name, StringComparison.Ordinal);
            Assert.Matches(@"^\d+\.\d+\.\d+", topic.GetProperty("version").GetString());
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Schemas, file!)), $"{file} is not a file under schemas/");
        });
        Assert.Equal(TopicCount, topics.Select(topic => topic.GetProperty("topic").GetString()).Distinct().Count());
        Assert.Contains(topics, topic => topic.GetProperty("topic").GetString() == KnownTopic
            && topic.GetProperty("file").GetString() == "events/codegen/request/validate.v1.json");
    }

    [Fact]
    public void ListTextIsATableWithAHeaderRowAndOneRowPerTopic()
    {
        var result = Run("list", "--root", RepositoryPaths.Schemas);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var lines = result.Output.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        Assert.Matches(@"^TOPIC\s+VERSION\s+PATTERN\s+PARTITIONS\s+RETENTION\s+OWNER$", lines[0]);
        Assert.Equal(TopicCount + 2, lines.Count);
        Assert.Equal($"{TopicCount} topic(s).", lines[^1]);
        Assert.All(lines.Skip(1).Take(TopicCount), line => Assert.StartsWith("omninode.", line, StringComparison.Ordinal));
    }

    [Fact]
    public void ShowDescribesOneTopicWithItsValuesInOneColumn()
    {
        var result = Run("show", KnownTopic, "--root", RepositoryPaths.Schemas);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        // "compatibility:" is the longest label; every value starts two columns after it.
        Assert.Contains($"topic:         {KnownTopic}\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("file:          events/codegen/request/validate.v1.json\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("response:      omninode.codegen.response.validate.v1\n", result.Output, StringComparison.Ordinal);
        Assert.Contains($"dead letter:   {KnownTopic}.dlq\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("compatibility: BACKWARD\n", result.Output, StringComparison.Ordinal);
        var fieldLines = result.Output.Split('\n').TakeWhile(line => line.Length > 0).ToList();
        Assert.True(fieldLines.Count >= 12, result.Output);
        Assert.All(fieldLines, line => Assert.Matches(@"^[a-z ]+: +\S", line));
        Assert.Single(fieldLines.Select(line => line.Length - line[(line.IndexOf(':') + 1)..].TrimStart().Length).Distinct());
    }

    [Fact]
    public void ShowJsonCarriesTheSchema()
    {
        var result = Run("show", KnownTopic, "--root", RepositoryPaths.Schemas, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(KnownTopic, document.RootElement.GetProperty("topic").GetString());
        Assert.Equal(
            "https://schemas.omninode.dev/events/codegen/request/validate.v1.json",
            document.RootElement.GetProperty("schema").GetProperty("$id").GetString());
    }

    [Fact]
    public void ShowOfAnUnknownTopicIsAUsageErrorWithSuggestions()
    {
        var result = Run("show", "omninode.codegen.request.validate.v9", "--root", RepositoryPaths.Schemas);

        result.AssertNoCrash();
        Assert.True(result.ExitCode == ExitCodes.UsageOrIo, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("unknown topic 'omninode.codegen.request.validate.v9'", result.Error, StringComparison.Ordinal);
        Assert.Contains(KnownTopic, result.Error, StringComparison.Ordinal);
    }
}
