using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Omninode.Events.Codegen;
using OnexSchemas.Runtime;
using OnexSchemas.Testing.Kafka;

namespace OnexSchemas.Benchmarks.Runtime;

/// <summary>
/// Publish latency at a steady 1,000 events/s for 10 s (the architecture document's goal: p95 under 50 ms), at the
/// librdkafka's linger of 5 ms and the runtime's 1 ms: each
/// publish timed from the call to the acknowledgement, the typed publisher beside the raw producer with the same
/// settings and bytes. A paced run is not what BenchmarkDotNet measures, so this is a plain timed run:
/// <c>dotnet run -c Release --project tests/OnexSchemas.Benchmarks -- latency</c>.
/// </summary>
internal static class PublishLatencyProbe
{
    private const int Rate = 1000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static async Task RunAsync()
    {
        Console.WriteLine("| publisher | linger | events | p50 | p95 | p99 | max |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        // The linger waits up to that long to fill a batch, so it sets the floor of the latency: librdkafka's default of
        // 5 ms, and the runtime's default of 1 ms.
        foreach (var linger in new[] { 5, 1 })
        {
            await RunAsync(linger);
        }
    }

    private static async Task RunAsync(int lingerMs)
    {
        using var cluster = EmbeddedKafkaCluster.Start();
        cluster.CreateTopic(ValidateRequestV1.Topic, partitions: 3);
        using var host = await BenchmarkBus.StartHostAsync(cluster.BootstrapServers, options => options.Publisher.Linger = TimeSpan.FromMilliseconds(lingerMs));
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        using var raw = new ProducerBuilder<byte[]?, byte[]>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers, Acks = Acks.All, EnableIdempotence = true, LingerMs = lingerMs }).Build();
        var serializer = new JsonEventSerializer();
        var value = await serializer.SerializeAsync(BenchmarkBus.Envelope(), default);
        await Paced("warm-up", TimeSpan.FromSeconds(2), () => publisher.PublishAsync(BenchmarkBus.Payload()));
        var typed = await Paced("typed publish", Duration, () => publisher.PublishAsync(BenchmarkBus.Payload()));
        var rawTimes = await Paced("raw producer", Duration, () => raw.ProduceAsync(ValidateRequestV1.Topic, new Message<byte[]?, byte[]> { Key = Encoding.UTF8.GetBytes(Guid.NewGuid().ToString("D")), Value = value }));
        Print($"typed publish (OnexSchemas.Runtime) | {lingerMs} ms", typed);
        Print($"raw Confluent.Kafka producer, same bytes | {lingerMs} ms", rawTimes);
        await host.StopAsync();
    }

    private static async Task<List<double>> Paced(string name, TimeSpan duration, Func<Task> publish)
    {
        var latencies = new List<double>();
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(duration.TotalSeconds * Rate);
        for (var i = 0; i < total; i++)
        {
            // Send the i-th event at i/Rate seconds: a steady rate, not as fast as possible.
            var due = TimeSpan.FromSeconds((double)i / Rate);
            while (clock.Elapsed < due)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(2))
                {
                    await Task.Delay(wait - TimeSpan.FromMilliseconds(1));
                }
                else
                {
                    Thread.SpinWait(50);
                }
            }

            var started = Stopwatch.GetTimestamp();
            pending.Add(publish().ContinueWith(
                _ =>
                {
                    lock (latencies)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                },
                TaskScheduler.Default));
        }

        await Task.WhenAll(pending);
        Console.Error.WriteLine($"// {name}: {total} events in {clock.Elapsed.TotalSeconds:F1} s");
        return latencies;
    }

    private static void Print(string name, List<double> latencies)
    {
        latencies.Sort();
        double At(double quantile) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(quantile * latencies.Count) - 1)];
        Console.WriteLine($"| {name} | {latencies.Count} | {At(0.50):F2} ms | {At(0.95):F2} ms | {At(0.99):F2} ms | {latencies[^1]:F2} ms |");
    }
}
