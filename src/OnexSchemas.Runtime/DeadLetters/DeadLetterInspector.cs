using Confluent.Kafka;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>
/// Counts what a dead-letter topic holds, from its start to its end as it is when asked, without joining or committing
/// for any group: inspecting never moves anyone's offsets. Under the command line's <c>dlq inspect</c>.
/// </summary>
public sealed class DeadLetterInspector
{
    private readonly BusToolOptions _options;

    /// <summary>An inspector that reaches the bus as <paramref name="options"/> say.</summary>
    public DeadLetterInspector(BusToolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Reads <paramref name="deadLetterTopic"/> whole and counts it.</summary>
    public DeadLetterSummary Inspect(string deadLetterTopic, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deadLetterTopic);
        var byErrorType = new Dictionary<string, int>(StringComparer.Ordinal);
        var byOriginalTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        DateTimeOffset? oldest = null, newest = null;
        // The group is never joined (the partitions are assigned) and never committed; librdkafka wants a name all the same.
        using var consumer = new ConsumerBuilder<byte[]?, byte[]>(_options.Consumer("onex-schemas-dlq-inspect", AutoOffsetReset.Earliest)).SetLogHandler((_, _) => { }).Build();
        foreach (var message in DeadLetterReading.ToEnd(consumer, deadLetterTopic, _ => new Dictionary<int, Offset>(), _options.RequestTimeout, cancellationToken))
        {
            total++;
            Count(byErrorType, message.Header(MessageHeaders.DeadLetterErrorType) ?? DeadLetterSummary.NoHeader);
            Count(byOriginalTopic, message.Header(MessageHeaders.DeadLetterOriginalTopic) ?? DeadLetterSummary.NoHeader);
            oldest = oldest is null || message.Timestamp < oldest ? message.Timestamp : oldest;
            newest = newest is null || message.Timestamp > newest ? message.Timestamp : newest;
        }

        consumer.Close();
        return new DeadLetterSummary(deadLetterTopic, total, Sorted(byErrorType), Sorted(byOriginalTopic), oldest, newest);
    }

    private static void Count(Dictionary<string, int> counts, string name) =>
        counts[name] = counts.GetValueOrDefault(name) + 1;

    private static List<KeyValuePair<string, int>> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
}
