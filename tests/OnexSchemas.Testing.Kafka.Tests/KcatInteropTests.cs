using System.Diagnostics;
using Confluent.Kafka;

namespace OnexSchemas.Testing.Kafka.Tests;

/// <summary>
/// The embedded broker is a real Kafka-protocol broker: Debian's kcat (its own librdkafka, its own process; installed
/// by <c>.ci/run</c>) reads what Confluent.Kafka wrote to it, and Confluent.Kafka reads what kcat wrote.
/// </summary>
public sealed class KcatInteropTests : IDisposable
{
    private const string Kcat = "/usr/bin/kcat";
    private readonly EmbeddedKafkaCluster _cluster = EmbeddedKafkaCluster.Start();

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public async Task Kcat_reads_what_confluent_kafka_wrote_and_the_other_way_round()
    {
        var topic = $"omninode.test.event.kcat_{Guid.NewGuid():N}.v1";
        _cluster.CreateTopic(topic);
        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = _cluster.BootstrapServers }).Build())
        {
            await producer.ProduceAsync(topic, new Message<string, string> { Key = "k1", Value = """{"from":"dotnet"}""" });
        }

        var read = await RunKcat(null, "-b", _cluster.BootstrapServers, "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%k=%s\\n");
        Assert.Equal("k1={\"from\":\"dotnet\"}", read.Trim());

        await RunKcat("k2:{\"from\":\"kcat\"}\n", "-b", _cluster.BootstrapServers, "-P", "-t", topic, "-K", ":");
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = _cluster.BootstrapServers,
            GroupId = $"group-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            FetchWaitMaxMs = 10,
        }).Build();
        consumer.Subscribe(topic);
        var seen = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (seen.Count < 2 && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { } result)
            {
                seen.Add($"{result.Message.Key}={result.Message.Value}");
            }
        }

        consumer.Close();
        Assert.Equal(["k1={\"from\":\"dotnet\"}", "k2={\"from\":\"kcat\"}"], seen);
    }

    private static async Task<string> RunKcat(string? input, params string[] args)
    {
        var start = new ProcessStartInfo(Kcat) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Kcat} did not start; is kcat installed?");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"kcat {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        return await output;
    }
}
