using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnexSchemas.Catalog.AsyncApi;
using OnexSchemas.Cli;
using OnexSchemas.Loading;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Catalog.Tests;

/// <summary>
/// <c>onex-schemas catalog --format asyncapi</c>: one AsyncAPI 3.0 document for the bus, judged by the AsyncAPI
/// project's own parser (<c>@asyncapi/parser</c>, installed by <c>.ci/run</c> from <c>AsyncApi/package-lock.json</c>).
/// </summary>
public sealed class AsyncApiCatalogTests
{
    private static readonly Lazy<JsonObject> RepositoryDocument = new(() =>
        JsonNode.Parse(AsyncApiCatalogWriter.Write(EventCatalogBuilder.Build(SchemaTreeLoader.Load(RepositoryPaths.Schemas))))!.AsObject());

    [Fact]
    public void The_repository_tree_is_a_valid_AsyncAPI_document_as_the_AsyncAPI_parser_judges_it()
    {
        using var tree = TreeBuilder.Empty();
        var output = Path.Combine(tree.Workspace, "site");

        var result = CliRunner.Run(tree.Workspace, "catalog", "--root", RepositoryPaths.Schemas, "--format", "asyncapi", "--out", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var diagnostics = Parse(Path.Combine(output, AsyncApiCatalogWriter.FileName));
        Assert.True(diagnostics.Parsed, string.Join("\n", diagnostics.Lines));
        Assert.Empty(diagnostics.Errors);
        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public void A_channel_whose_message_has_no_schema_is_refused_by_the_parser()
    {
        var document = RepositoryDocument.Value.DeepClone().AsObject();
        document["components"]!["messages"]!.AsObject().Remove("omninode.codegen.request.validate.v1");

        var diagnostics = Parse(document);

        Assert.NotEmpty(diagnostics.Errors);
        Assert.Contains(diagnostics.Errors, error => error.Contains("omninode.codegen.request.validate.v1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_whose_schema_is_not_a_schema_is_refused_by_the_parser()
    {
        var document = RepositoryDocument.Value.DeepClone().AsObject();
        document["components"]!["messages"]!["omninode.codegen.request.validate.v1"]!["payload"]!["schema"]!["type"] = "strng";

        Assert.NotEmpty(Parse(document).Errors);
    }

    [Fact]
    public void Every_topic_is_a_channel_with_its_kafka_settings_and_its_envelope_as_the_message_payload()
    {
        var tree = SchemaTreeLoader.Load(RepositoryPaths.Schemas);
        var document = RepositoryDocument.Value;
        var channels = document["channels"]!.AsObject();

        Assert.Equal("3.0.0", (string?)document["asyncapi"]);
        Assert.Equal(tree.Topics.Count, channels.Count);
        Assert.All(tree.Topics, topic =>
        {
            var channel = channels[topic.Name.Value]!;
            Assert.Equal(topic.Name.Value, (string?)channel["address"]);
            var kafka = channel["bindings"]!["kafka"]!;
            Assert.Equal(topic.Settings.Partitions, (int)kafka["partitions"]!);
            Assert.Equal(topic.Settings.RetentionMs, (long)kafka["topicConfiguration"]!["retention.ms"]!);
            var schema = document["components"]!["messages"]![topic.Name.Value]!["payload"]!["schema"]!;
            Assert.Equal(topic.Name.Value, (string?)schema["properties"]!["event_type"]!["const"]);
            Assert.Equal("object", (string?)schema["properties"]!["payload"]!["type"]);
        });
    }

    [Fact]
    public void Producers_send_consumers_receive_and_a_request_names_its_response_as_the_reply()
    {
        var tree = SchemaTreeLoader.Load(RepositoryPaths.Schemas);
        var operations = RepositoryDocument.Value["operations"]!.AsObject();

        var declared = tree.Topics.Sum(topic => (topic.Document.Metadata?.Producers.Count ?? 0) + (topic.Document.Metadata?.Consumers.Count ?? 0));
        Assert.Equal(declared, operations.Count);
        var send = operations["omnibase-core.send.omninode.codegen.request.validate.v1"]!;
        Assert.Equal("send", (string?)send["action"]);
        Assert.Equal("#/channels/omninode.codegen.request.validate.v1", (string?)send["channel"]!["$ref"]);
        Assert.Equal("#/channels/omninode.codegen.response.validate.v1", (string?)send["reply"]!["channel"]!["$ref"]);
        var receive = operations["archon-intelligence.receive.omninode.codegen.request.validate.v1"]!;
        Assert.Equal("receive", (string?)receive["action"]);
        Assert.NotNull(receive["reply"]);
        Assert.All(operations.Where(operation => !operation.Key.Contains(".request.", StringComparison.Ordinal)), operation => Assert.Null(operation.Value!["reply"]));
    }

    [Fact]
    public void Without_the_envelope_no_message_has_a_payload_and_nothing_is_written()
    {
        using var tree = TreeBuilder.Valid().Delete("common/envelope.v1.json");
        var output = Path.Combine(tree.Workspace, "site");

        var result = CliRunner.Run(tree.Workspace, "catalog", "--root", tree.Root, "--format", "asyncapi", "--out", output);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        result.AssertNoCrash();
        Assert.Contains("cannot build the registered form", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, AsyncApiCatalogWriter.FileName)));
    }

    private static ParserDiagnostics Parse(JsonObject document)
    {
        var path = Path.Combine(Path.GetTempPath(), "onex-asyncapi-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, document.ToJsonString());
        try
        {
            return Parse(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed record ParserDiagnostics(bool Parsed, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, IReadOnlyList<string> Lines);

    // Runs the AsyncAPI project's parser over the file (AsyncApi/validate.mjs) and sorts its diagnostics by severity.
    private static ParserDiagnostics Parse(string file)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "OnexSchemas.Catalog.Tests", "AsyncApi");
        Assert.True(Directory.Exists(Path.Combine(directory, "node_modules", "@asyncapi", "parser")),
            $"@asyncapi/parser is not installed: run 'npm ci --prefix {directory}' (.ci/run does)");
        var start = new ProcessStartInfo("node", ["validate.mjs", file])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the AsyncAPI parser did not finish");
        Assert.True(process.ExitCode == 0, $"the AsyncAPI parser failed (exit {process.ExitCode}): {stderr.Result}");
        var errors = new List<string>();
        var warnings = new List<string>();
        var parsed = false;
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("parsed", out var done))
            {
                parsed = done.GetBoolean();
                continue;
            }

            var severity = json.RootElement.GetProperty("severity").GetInt32();
            (severity == 0 ? errors : severity == 1 ? warnings : null)?.Add(line);
        }

        return new ParserDiagnostics(parsed, errors, warnings, lines);
    }
}
