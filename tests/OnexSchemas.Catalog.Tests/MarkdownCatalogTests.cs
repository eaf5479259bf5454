using OnexSchemas.Catalog.Markdown;
using OnexSchemas.Cli;
using OnexSchemas.Loading;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Catalog.Tests;

/// <summary><c>onex-schemas catalog --format markdown</c>, and <c>docs/events/EVENT_CATALOG.md</c> kept equal to it.</summary>
public sealed class MarkdownCatalogTests
{
    private static string CatalogDirectory => Path.Combine(RepositoryPaths.Root, "docs", "events");

    [Fact]
    public void The_committed_catalog_is_what_the_command_writes()
    {
        var committed = Path.Combine(CatalogDirectory, MarkdownCatalogWriter.FileName);
        Assert.True(File.Exists(committed), $"{committed} is missing: run '{MarkdownCatalogWriter.Command}'");

        var result = CliRunner.Run(CatalogDirectory, "catalog", "--root", RepositoryPaths.Schemas, "--format", "markdown");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.True(
            File.ReadAllText(committed).ReplaceLineEndings("\n") == result.Output.ReplaceLineEndings("\n"),
            $"docs/events/{MarkdownCatalogWriter.FileName} is out of date: run '{MarkdownCatalogWriter.Command}'");
    }

    [Fact]
    public void Every_topic_of_the_tree_is_in_it_with_its_settings_and_dead_letter_topic()
    {
        var tree = SchemaTreeLoader.Load(RepositoryPaths.Schemas);
        var markdown = MarkdownCatalogWriter.Write(EventCatalogBuilder.Build(tree), "../../schemas");

        Assert.Equal(46, tree.Topics.Count);
        Assert.All(tree.Topics, topic =>
        {
            var section = Section(markdown, topic.Name.Value);
            Assert.Contains($"| partitions | {topic.Settings.Partitions} |", section, StringComparison.Ordinal);
            Assert.Contains($"| dead-letter topic | `{topic.Name.DeadLetterTopic}` |", section, StringComparison.Ordinal);
            Assert.Contains($"| owner | {topic.Owner} |", section, StringComparison.Ordinal);
            Assert.Contains($"(../../schemas/{topic.Document.RelativePath})", section, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_request_links_its_response_and_the_response_the_request_it_answers()
    {
        using var tree = TreeBuilder.Valid();
        var markdown = MarkdownCatalogWriter.Write(EventCatalogBuilder.Build(tree.Load()), "schemas");

        Assert.Contains($"| response | [{ValidTree.ResponseTopic}](#omninodedemoresponsepingv1) |", Section(markdown, ValidTree.RequestTopic), StringComparison.Ordinal);
        Assert.Contains($"| answers | [{ValidTree.RequestTopic}](#omninodedemorequestpingv1) |", Section(markdown, ValidTree.ResponseTopic), StringComparison.Ordinal);
        Assert.Contains("| producers | svc-caller |", Section(markdown, ValidTree.RequestTopic), StringComparison.Ordinal);
        // The tree config overrides the request's settings; the response keeps the defaults.
        Assert.Contains("| retention | 1 hour (3600000 ms) |", Section(markdown, ValidTree.RequestTopic), StringComparison.Ordinal);
        Assert.Contains("| compatibility | FULL |", Section(markdown, ValidTree.RequestTopic), StringComparison.Ordinal);
        Assert.Contains("| retention | 7 days (604800000 ms) |", Section(markdown, ValidTree.ResponseTopic), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_schema_cannot_break_the_tables()
    {
        using var tree = TreeBuilder.Valid().Edit(ValidTree.RequestPath, schema =>
            schema["properties"]!["count"]!["description"] = "a | b\nsecond line with `code` and <b>");
        var markdown = MarkdownCatalogWriter.Write(EventCatalogBuilder.Build(tree.Load()), "schemas");

        Assert.Contains(@"| `count` | integer, ≥ 0 | no | a \| b second line with \`code\` and \<b\> |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void With_out_the_file_is_written_there_with_links_relative_to_it()
    {
        using var tree = TreeBuilder.Valid();
        var target = Path.Combine(tree.Workspace, "site", "docs");

        var result = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--format", "markdown", "--out", target);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("2 topics in 1 domain, 3 services", result.Output, StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(target, MarkdownCatalogWriter.FileName));
        var root = Path.GetRelativePath(target, tree.Root).Replace('\\', '/');
        Assert.Contains($"]({root}/{ValidTree.RequestPath})", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tree_with_a_broken_file_writes_nothing_and_says_which_file()
    {
        using var tree = TreeBuilder.Valid().Write(ValidTree.ResponsePath, "{ not json");
        var target = Path.Combine(tree.Workspace, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, MarkdownCatalogWriter.FileName), "previous");

        var result = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--format", "markdown", "--out", target);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        result.AssertNoCrash();
        Assert.Contains("ping.v1.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("the catalog was not written", result.Error, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, MarkdownCatalogWriter.FileName)));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var tree = TreeBuilder.Valid();

        var result = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--format", "pdf");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        result.AssertNoCrash();
    }

    // The topic's section: from its heading to the next heading of the same or a higher level.
    private static string Section(string markdown, string topic)
    {
        var start = markdown.IndexOf("\n### " + topic + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {topic}");
        var end = markdown.IndexOf("\n##", start + 5, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }
}
