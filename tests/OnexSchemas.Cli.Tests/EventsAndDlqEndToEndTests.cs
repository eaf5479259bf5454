using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omninode.Events.Codegen;
using OnexSchemas.Runtime;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary>
/// The command line's bus tools end to end against <c>dev</c> (its own process): <c>events publish</c> in both wire
/// formats and refusing an invalid event, <c>events consume</c>, a service's runtime consumer (plain JSON) dead-lettering
/// a poison message, the framed message it cannot read and a message its handler failed on, <c>dlq inspect</c>
/// counting them, and <c>dlq reprocess</c> putting them back: the recovered handler then handles its message, the two
/// unreadable ones come back to the dead-letter topic, and a second run moves only those.
/// </summary>
public sealed class EventsAndDlqEndToEndTests
{
    private const string Topic = "omninode.codegen.request.validate.v1";
    private const string DeadLetters = Topic + ".dlq";

    [Fact]
    public async Task Publish_consume_dead_letter_inspect_and_reprocess_against_dev()
    {
        await using var dev = await DevBus.StartAsync();
        var bus = new[] { "--bootstrap-servers", dev.BootstrapServers };
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "events/codegen/request/validate.v1.json")))!["examples"]![0]!.ToJsonString();
        var payloadFile = Path.Combine(Directory.CreateTempSubdirectory("onex-events-").FullName, "payload.json");
        File.WriteAllText(payloadFile, example);

        // An invalid event names its place in the payload's text and is not sent.
        var invalidFile = Path.Combine(Path.GetDirectoryName(payloadFile)!, "invalid.json");
        File.WriteAllText(invalidFile, example.Replace("\"effect\"", "\"nonsense\"", StringComparison.Ordinal).Replace("{", "{\n  \"extra\": 1,", StringComparison.Ordinal));
        var refused = Run(["events", "publish", "--topic", Topic, "--payload", "@" + invalidFile, "--root", RepositoryPaths.Schemas, .. bus]);
        Assert.Equal(ExitCodes.Findings, refused.ExitCode);
        refused.AssertNoCrash();
        Assert.Contains("invalid.json(2,3): error: #/extra: this member is not allowed", refused.Error, StringComparison.Ordinal);
        Assert.Contains("#/node_type", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was published", refused.Error, StringComparison.Ordinal);

        // Published as plain JSON, with a chosen correlation id and key, and framed with the registry's schema id.
        var correlation = Guid.NewGuid();
        var plain = Run(["events", "publish", "--topic", Topic, "--payload", "@" + payloadFile, "--correlation-id", correlation.ToString(), "--key", "tenant-a", "--root", RepositoryPaths.Schemas, .. bus]);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains($"correlation_id={correlation:D}", plain.Output, StringComparison.Ordinal);
        var framed = Run(["events", "publish", "--topic", Topic, "--payload", example, "--wire-format", "registry", "--registry", dev.RegistryUrl, "--root", RepositoryPaths.Schemas, .. bus]);
        Assert.True(framed.ExitCode == 0, framed.ToString());

        // A second, independent client counts what is on the topic: the two published events, not the refused one.
        Assert.Equal(2, await CountWithKcatAsync(dev.BootstrapServers, Topic));

        var read = Run(["events", "consume", "--topic", Topic, "--group", "cli-reader", "--limit", "2", "--format", "json", .. bus]);
        Assert.True(read.ExitCode == 0, read.ToString());
        var messages = read.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(2, messages.Count);
        var plainMessage = messages.Single(message => message["schema_id"] is null);
        Assert.Equal("tenant-a", plainMessage["key"]!.GetValue<string>());
        Assert.Equal(correlation.ToString("D"), plainMessage["value"]!["correlation_id"]!.GetValue<string>());
        Assert.Equal(Topic, plainMessage["headers"]!["event_type"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), plainMessage["value"]!["payload"]));
        var framedMessage = messages.Single(message => message["schema_id"] is not null);
        Assert.True(framedMessage["schema_id"]!.GetValue<int>() > 0);

        // A new group reading from latest skips what is there: it prints a message written after it joined, on a
        // topic the service below does not read. Messages keep coming until the reader has one, so no timing is assumed.
        await ReadsOnlyWhatComesAfterJoiningAsync(bus, dev.BootstrapServers);

        // A service's consumer: its handler fails while its downstream is down, and it meets a poison message.
        var downstream = new Downstream { IsDown = true };
        using var host = await StartServiceAsync(dev.BootstrapServers, downstream);
        using (var poison = new Confluent.Kafka.ProducerBuilder<byte[]?, byte[]>(new Confluent.Kafka.ProducerConfig { BootstrapServers = dev.BootstrapServers }).Build())
        {
            await poison.ProduceAsync(Topic, new Confluent.Kafka.Message<byte[]?, byte[]> { Key = "poison"u8.ToArray(), Value = "{not json"u8.ToArray() });
        }

        var inspected = await InspectUntilAsync(bus, total: 3);
        Assert.Equal(1, inspected["by_error_type"]!["InvalidJson"]!.GetValue<int>());
        Assert.Equal(1, inspected["by_error_type"]!["WrongFraming"]!.GetValue<int>());
        Assert.Equal(1, inspected["by_error_type"]!["InvalidOperationException"]!.GetValue<int>());
        Assert.Equal(3, inspected["by_original_topic"]![Topic]!.GetValue<int>());
        Assert.Empty(downstream.Handled);
        var table = Run(["dlq", "inspect", "--dlq-topic", DeadLetters, .. bus]);
        Assert.Contains($"{DeadLetters}: 3 message(s)", table.Output, StringComparison.Ordinal);
        Assert.Matches(@"InvalidOperationException\s+1", table.Output);

        // A dry run lists and moves nothing; the downstream comes back; reprocessing puts all three back.
        var dry = Run(["dlq", "reprocess", "--dlq-topic", DeadLetters, "--dry-run", .. bus]);
        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Contains("3 message(s) would be put back", dry.Output, StringComparison.Ordinal);
        downstream.IsDown = false;
        var reprocess = Run(["dlq", "reprocess", "--dlq-topic", DeadLetters, .. bus]);
        Assert.True(reprocess.ExitCode == 0, reprocess.ToString());
        Assert.Contains("3 message(s) put back on their topic and committed", reprocess.Output, StringComparison.Ordinal);
        Assert.Equal(3, reprocess.Output.Split('\n').Count(line => line.Contains("reprocess_count=1", StringComparison.Ordinal)));

        // The failed event is handled now; the two unreadable ones are dead-lettered again.
        var again = await InspectUntilAsync(bus, total: 5);
        Assert.Equal(2, again["by_error_type"]!["InvalidJson"]!.GetValue<int>());
        Assert.Equal(2, again["by_error_type"]!["WrongFraming"]!.GetValue<int>());
        Assert.Equal(correlation, Assert.Single(downstream.Handled));

        // The next run moves only what came back since, a second time each; the poison's bytes and key are as they were.
        var second = Run(["dlq", "reprocess", "--dlq-topic", DeadLetters, "--dry-run", .. bus]);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("2 message(s) would be put back", second.Output, StringComparison.Ordinal);
        Assert.Contains("error_type=InvalidJson  reprocess_count=2", second.Output, StringComparison.Ordinal);
        Assert.Contains("error_type=WrongFraming  reprocess_count=2", second.Output, StringComparison.Ordinal);
        var poisonBack = Run(["events", "consume", "--topic", DeadLetters, "--group", "cli-dlq-reader", "--limit", "5", "--format", "json", .. bus])
            .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)
            .Where(message => message["key"]?.GetValue<string>() == "poison").ToList();
        Assert.Equal(2, poisonBack.Count);
        Assert.All(poisonBack, message =>
        {
            Assert.Equal("base64", message["value_encoding"]!.GetValue<string>());
            Assert.Equal("{not json"u8.ToArray(), Convert.FromBase64String(message["value"]!.GetValue<string>()));
        });
    }

    [Fact]
    public void Bus_commands_report_an_unreachable_broker_or_a_missing_topic_with_their_exit_code()
    {
        var missing = Run(["dlq", "inspect", "--dlq-topic", "omninode.nothing.event.here.v1", "--bootstrap-servers", "127.0.0.1:1"]);
        Assert.Equal(ExitCodes.Broker, missing.ExitCode);
        missing.AssertNoCrash();
        Assert.Contains("omninode.nothing.event.here.v1", missing.Error, StringComparison.Ordinal);

        var notDeadLetter = Run(["dlq", "reprocess", "--dlq-topic", Topic, "--bootstrap-servers", "127.0.0.1:1"]);
        Assert.Equal(ExitCodes.Findings, notDeadLetter.ExitCode);
        Assert.Contains("is not a dead-letter topic", notDeadLetter.Error, StringComparison.Ordinal);

        var unknownTopic = Run(["events", "publish", "--topic", "omninode.codegen.request.validat.v1", "--payload", "{}", "--root", RepositoryPaths.Schemas, "--bootstrap-servers", "127.0.0.1:1"]);
        Assert.Equal(ExitCodes.UsageOrIo, unknownTopic.ExitCode);
        Assert.Contains(Topic, unknownTopic.Error, StringComparison.Ordinal);

        var notJson = Run(["events", "publish", "--topic", Topic, "--payload", "{\"code_content\": ", "--root", RepositoryPaths.Schemas, "--bootstrap-servers", "127.0.0.1:1"]);
        Assert.Equal(ExitCodes.Findings, notJson.ExitCode);
        notJson.AssertNoCrash();
        Assert.Contains("--payload(1,", notJson.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was published", notJson.Error, StringComparison.Ordinal);
    }

    private static CliResult Run(string[] args) => CliRunner.Run(RepositoryPaths.Root, args);

    private static async Task ReadsOnlyWhatComesAfterJoiningAsync(string[] bus, string bootstrapServers)
    {
        const string Other = "omninode.codegen.response.validate.v1";
        using var producer = new Confluent.Kafka.ProducerBuilder<byte[]?, byte[]>(new Confluent.Kafka.ProducerConfig { BootstrapServers = bootstrapServers }).Build();
        // One message already in each of the topic's six partitions: a reader from earliest would print one of these first.
        for (var partition = 0; partition < 6; partition++)
        {
            await producer.ProduceAsync(new Confluent.Kafka.TopicPartition(Other, partition), new Confluent.Kafka.Message<byte[]?, byte[]> { Key = "before"u8.ToArray(), Value = "{}"u8.ToArray() });
        }

        var reader = Task.Run(() => Run(["events", "consume", "--topic", Other, "--group", "cli-latest", "--from", "latest", "--limit", "1", "--format", "json", .. bus]));
        var deadline = Stopwatch.StartNew();
        for (var sent = 0; !reader.IsCompleted; sent++)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "events consume --from latest printed nothing in time");
            await producer.ProduceAsync(Other, new Confluent.Kafka.Message<byte[]?, byte[]> { Key = Encoding.UTF8.GetBytes("after-" + sent), Value = "{}"u8.ToArray() });
            await Task.WhenAny(reader, Task.Delay(200));
        }

        var result = await reader;
        Assert.True(result.ExitCode == 0, result.ToString());
        var printed = JsonNode.Parse(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single())!;
        Assert.StartsWith("after-", printed["key"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<int> CountWithKcatAsync(string bootstrapServers, string topic) =>
        Encoding.UTF8.GetString(await Kcat.RunAsync(null, "-C", "-b", bootstrapServers, "-t", topic, "-e", "-q", "-f", "%o\\n")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private static async Task<JsonNode> InspectUntilAsync(string[] bus, int total)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var inspect = Run(["dlq", "inspect", "--dlq-topic", DeadLetters, "--format", "json", .. bus]);
            Assert.True(inspect.ExitCode == 0, inspect.ToString());
            var summary = JsonNode.Parse(inspect.Output)!;
            if (summary["total"]!.GetValue<int>() >= total)
            {
                Assert.True(summary["total"]!.GetValue<int>() == total, summary.ToJsonString());
                return summary;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"the dead-letter topic did not reach {total} messages in time: {summary.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    private static async Task<IHost> StartServiceAsync(string bootstrapServers, Downstream downstream)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(downstream);
        builder.Services.AddOnexEvents(options =>
        {
            options.ServiceName = "cli-end-to-end";
            options.BootstrapServers = bootstrapServers;
            options.Consumer.GroupId = "validator";
            options.Consumer.FetchWaitMax = TimeSpan.FromMilliseconds(10);
            options.Consumer.CommitInterval = TimeSpan.FromMilliseconds(100);
            options.Retry.InitialDelay = TimeSpan.FromMilliseconds(20);
            options.Consumer.Configure = config =>
            {
                config.HeartbeatIntervalMs = 100;
                config.SessionTimeoutMs = 1000;
            };
        }).AddHandler<ValidateRequestV1, ValidatingHandler>();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private sealed class Downstream
    {
        public volatile bool IsDown;

        public System.Collections.Concurrent.ConcurrentBag<Guid> Handled { get; } = [];
    }

    private sealed class ValidatingHandler(Downstream downstream) : IEventHandler<ValidateRequestV1>
    {
        public Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
        {
            if (downstream.IsDown)
            {
                throw new InvalidOperationException("the validation backend is down");
            }

            downstream.Handled.Add(message.Envelope.CorrelationId);
            return Task.CompletedTask;
        }
    }
}
