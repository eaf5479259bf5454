using System.Text.Json.Nodes;
using OnexSchemas.Cli;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary><c>topics plan</c> from the tree config, and <c>dev</c>: the throwaway bus with the tree's topics and schemas.</summary>
public sealed class TopicsAndDevTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(RepositoryPaths.Root, args);

    [Fact]
    public void The_plan_lists_every_topic_with_its_dead_letter_topic_and_the_tree_configs_settings()
    {
        var result = Run("topics", "plan", "--root", RepositoryPaths.Schemas, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var plan = JsonNode.Parse(result.Output)!.AsArray().Select(node => node!).ToList();
        Assert.Equal(92, plan.Count);
        var validate = plan.Single(topic => topic["topic"]!.GetValue<string>() == "omninode.codegen.request.validate.v1");
        var dlq = plan.Single(topic => topic["topic"]!.GetValue<string>() == "omninode.codegen.request.validate.v1.dlq");
        Assert.Equal(6, validate["partitions"]!.GetValue<int>());
        Assert.Equal(6, dlq["partitions"]!.GetValue<int>());
        Assert.Equal("omninode.codegen.request.validate.v1", dlq["dead_letter_of"]!.GetValue<string>());
        Assert.Equal(6, plan.Single(topic => topic["topic"]!.GetValue<string>() == "omninode.bridge.request.batch_stamp.v1")["partitions"]!.GetValue<int>());

        var rpk = Run("topics", "plan", "--root", RepositoryPaths.Schemas, "--format", "rpk").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(92, rpk.Length);
        Assert.Contains("rpk topic create omninode.codegen.request.validate.v1.dlq --partitions 6 --replicas 1 --topic-config retention.ms=604800000", rpk);
    }

    [Fact]
    public async Task Dev_runs_a_bus_with_the_trees_topics_and_schemas_and_keeps_nothing()
    {
        await using var dev = await DevBus.StartAsync();
        var lines = dev.Lines;
        Assert.True(lines.Count > 0 && lines[^1].StartsWith("Ctrl+C", StringComparison.Ordinal), string.Join("\n", lines));
        Assert.Contains("It keeps nothing", lines[0], StringComparison.Ordinal);

        // Read by a second, independent client in its own process: kcat's listing of the broker's topics.
        var listing = System.Text.Encoding.UTF8.GetString(await Kcat.RunAsync(null, "-b", dev.BootstrapServers, "-L", "-J"));
        var topics = JsonNode.Parse(listing)!["topics"]!.AsArray().Select(topic => topic!).Where(topic => topic["topic"]!.GetValue<string>().StartsWith("omninode.", StringComparison.Ordinal)).ToList();
        Assert.Equal(92, topics.Count);
        Assert.Equal(6, topics.Single(topic => topic["topic"]!.GetValue<string>() == "omninode.codegen.request.validate.v1.dlq")["partitions"]!.AsArray().Count);

        using (var http = new HttpClient { BaseAddress = new Uri(dev.RegistryUrl) })
        {
            Assert.Equal(46, JsonNode.Parse(await http.GetStringAsync("subjects"))!.AsArray().Count);
            Assert.Equal("BACKWARD", JsonNode.Parse(await http.GetStringAsync("config/omninode.codegen.request.validate.v1-value"))!["compatibilityLevel"]!.GetValue<string>());
        }

        var (exitCode, rest) = await dev.StopAsync();
        Assert.Equal(0, exitCode);
        Assert.Contains("nothing was kept", rest, StringComparison.Ordinal);
    }
}
