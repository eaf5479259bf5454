using System.Text.Json.Nodes;
using OnexSchemas.Catalog.Site;
using OnexSchemas.Cli;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Catalog.Tests;

/// <summary>The site's version history, read from a real git repository with two committed versions of a schema.</summary>
public sealed class HistoryTests
{
    private static string Git(string directory, params string[] args) => GitProcess.Run(directory, args);

    // The response topic keeps the tree's default level, BACKWARD; the request is overridden to FULL by the fixture's config.
    private static TreeBuilder TwoVersions(out string first, out string second)
    {
        var tree = TreeBuilder.Valid();
        Git(tree.Workspace, "init", "--quiet", "--initial-branch=main");
        Git(tree.Workspace, "config", "user.name", "catalog test");
        Git(tree.Workspace, "config", "user.email", "catalog@test.invalid");
        Git(tree.Workspace, "add", "-A");
        Git(tree.Workspace, "commit", "--quiet", "-m", "ping v1");
        first = Git(tree.Workspace, "rev-parse", "HEAD").Trim();

        // A description-only commit keeps the version: it is not a version of its own.
        tree.Edit(ValidTree.ResponsePath, schema => schema["description"] = "Answers a ping request, politely.");
        Git(tree.Workspace, "commit", "--quiet", "-am", "wording");

        tree.Edit(ValidTree.ResponsePath, schema =>
        {
            schema["x-onex"]!["version"] = "1.1.0";
            schema["properties"]!["latency_ms"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "How long the answer took." };
        });
        Git(tree.Workspace, "commit", "--quiet", "-am", "pong v1.1.0: latency");
        second = Git(tree.Workspace, "rev-parse", "HEAD").Trim();
        return tree;
    }

    [Fact]
    public void Each_version_has_its_commit_and_date_and_the_step_between_them_its_change_list_and_verdict()
    {
        using var tree = TwoVersions(out var first, out var second);

        var history = CatalogHistory.Build(tree.Load(), tree.Root)[ValidTree.ResponseTopic];

        Assert.Equal(["1.0.0", "1.1.0"], history.Select(entry => entry.Version));
        Assert.Equal([first, second], history.Select(entry => entry.Commit));
        Assert.True(history[0].Date <= history[1].Date);
        Assert.Null(history[0].FromPrevious);
        var step = history[1].FromPrevious!;
        Assert.True(step.Compared);
        Assert.True(step.Compatible);
        Assert.Equal("minor", step.RequiredBump);
        // Compared with the old version as it last was: the wording commit inside 1.0.0 is not part of the step.
        Assert.Equal(["OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL #/properties/latency_ms"], step.Changes);
        Assert.Single(CatalogHistory.Build(tree.Load(), tree.Root, first)[ValidTree.ResponseTopic]);
    }

    [Fact]
    public void The_topic_page_lists_both_versions_with_their_change_list_and_verdict()
    {
        using var tree = TwoVersions(out var first, out var second);
        var site = Path.Combine(tree.Workspace, "site");

        var result = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--out", site);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var page = File.ReadAllText(Path.Combine(site, HtmlText.TopicPage(ValidTree.ResponseTopic)));
        var history = page[page.IndexOf("id=\"history-heading\"", StringComparison.Ordinal)..];
        Assert.Contains("<h3>1.1.0</h3>", history, StringComparison.Ordinal);
        Assert.Contains("<h3>1.0.0</h3>", history, StringComparison.Ordinal);
        Assert.True(history.IndexOf("1.1.0", StringComparison.Ordinal) < history.IndexOf("1.0.0", StringComparison.Ordinal), "newest first");
        Assert.Contains($"commit <code>{second[..12]}</code>", history, StringComparison.Ordinal);
        Assert.Contains($"commit <code>{first[..12]}</code>", history, StringComparison.Ordinal);
        Assert.Contains("compatible, needs a minor bump", history, StringComparison.Ordinal);
        Assert.Contains("OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL #/properties/latency_ms</code>", history, StringComparison.Ordinal);
    }

    [Fact]
    public void A_breaking_step_is_incompatible_with_the_registrys_words_judged_with_the_files_it_refers_to()
    {
        // The request refers to common/shared.v1.json, which is read as each commit left it.
        using var tree = TwoVersions(out _, out _);
        tree.Edit(ValidTree.RequestPath, schema =>
        {
            schema["x-onex"]!["version"] = "1.3.0";
            schema["properties"]!["count"]!["type"] = "string";
        });
        Git(tree.Workspace, "commit", "--quiet", "-am", "count as text");

        var step = CatalogHistory.Build(tree.Load(), tree.Root)[ValidTree.RequestTopic][^1].FromPrevious!;

        Assert.True(step.Compared, string.Join("\n", step.Messages));
        Assert.False(step.Compatible);
        Assert.Equal("major", step.RequiredBump);
        Assert.Contains("TYPE_CHANGED #/properties/count", step.Changes);
        Assert.Contains(step.Messages, message => message.Contains("TYPE_CHANGED", StringComparison.Ordinal));
        Assert.DoesNotContain(step.Messages, message => message.StartsWith("{oldSchema", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_FULL_an_optional_field_added_to_a_closed_schema_is_incompatible()
    {
        using var tree = TwoVersions(out _, out _);
        tree.Edit(ValidTree.RequestPath, schema =>
        {
            schema["x-onex"]!["version"] = "1.3.0";
            schema["properties"]!["timeout_ms"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "How long to wait." };
        });
        Git(tree.Workspace, "commit", "--quiet", "-am", "ping: timeout");

        var step = CatalogHistory.Build(tree.Load(), tree.Root)[ValidTree.RequestTopic][^1].FromPrevious!;

        Assert.False(step.Compatible);
        Assert.Contains("{compatibility: 'FULL'}", step.Messages);
    }

    [Fact]
    public void A_merged_branch_counts_as_one_step_on_the_first_parent_line()
    {
        using var tree = TwoVersions(out _, out _);
        Git(tree.Workspace, "checkout", "--quiet", "-b", "side");
        tree.Edit(ValidTree.ResponsePath, schema =>
        {
            schema["x-onex"]!["version"] = "1.2.0";
            schema["properties"]!["region"] = new JsonObject { ["type"] = "string", ["maxLength"] = 32, ["description"] = "Where the node runs." };
        });
        Git(tree.Workspace, "commit", "--quiet", "-am", "side: region");
        Git(tree.Workspace, "checkout", "--quiet", "main");
        Git(tree.Workspace, "commit", "--quiet", "--allow-empty", "-m", "main moves on");
        Git(tree.Workspace, "merge", "--quiet", "--no-ff", "-m", "merge side", "side");
        var merge = Git(tree.Workspace, "rev-parse", "HEAD").Trim();

        var history = CatalogHistory.Build(tree.Load(), tree.Root)[ValidTree.ResponseTopic];

        Assert.Equal(["1.0.0", "1.1.0", "1.2.0"], history.Select(entry => entry.Version));
        Assert.Equal(merge, history[^1].Commit);
        Assert.Equal(["OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL #/properties/region"], history[^1].FromPrevious!.Changes);
    }

    [Fact]
    public void An_old_commit_that_left_the_file_unreadable_has_no_version_and_does_not_stop_the_history()
    {
        using var tree = TwoVersions(out _, out var second);
        var good = tree.Read(ValidTree.ResponsePath);
        tree.Write(ValidTree.ResponsePath, "{ broken");
        Git(tree.Workspace, "commit", "--quiet", "-am", "broken");
        tree.Write(ValidTree.ResponsePath, good.Replace("\"1.1.0\"", "\"1.1.1\"", StringComparison.Ordinal));
        Git(tree.Workspace, "commit", "--quiet", "-am", "fixed, 1.1.1");

        var history = CatalogHistory.Build(tree.Load(), tree.Root)[ValidTree.ResponseTopic];

        Assert.Equal(["1.0.0", "1.1.0", "1.1.1"], history.Select(entry => entry.Version));
        Assert.Equal(second, history[1].Commit);
        Assert.True(history[2].FromPrevious!.Compatible);
    }

    [Fact]
    public void Outside_git_the_site_says_it_has_no_history_and_history_asked_for_there_is_a_usage_error()
    {
        using var tree = TreeBuilder.Valid();
        var site = Path.Combine(tree.Workspace, "site");

        var plain = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--out", site);
        var asked = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--out", site, "--history", "HEAD");

        Assert.True(plain.ExitCode == ExitCodes.Success, plain.ToString());
        Assert.Contains("written without git history", File.ReadAllText(Path.Combine(site, HtmlText.TopicPage(ValidTree.RequestTopic))), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrIo, asked.ExitCode);
        asked.AssertNoCrash();
        Assert.Contains("--history HEAD", asked.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("asyncapi")]
    public void History_is_refused_for_the_markdown_and_asyncapi_formats(string format)
    {
        using var tree = TreeBuilder.Valid();

        var result = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--format", format, "--history", "HEAD");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("--history is for the site", result.Error, StringComparison.Ordinal);
    }
}
