using System.Text;
using Confluent.Kafka;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>A message as it is on the broker: where it is, its key, value and headers, untouched.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Partition">The partition.</param>
/// <param name="Offset">The offset.</param>
/// <param name="Timestamp">The broker's or the producer's timestamp.</param>
/// <param name="Key">The key bytes, if any.</param>
/// <param name="Value">The value bytes.</param>
/// <param name="Headers">The headers in order; a name may repeat (a message dead-lettered twice has two of each <c>dlq.*</c>).</param>
public sealed record BusMessage(string Topic, int Partition, long Offset, DateTimeOffset Timestamp, byte[]? Key, byte[] Value, IReadOnlyList<KeyValuePair<string, byte[]>> Headers)
{
    /// <summary>The schema id when the value is in the schema-registry framing.</summary>
    public int? SchemaId => RegistryFraming.TryReadHeader(Value, out var id) ? id : null;

    /// <summary>The value without the frame: the envelope's JSON in either wire format.</summary>
    public ReadOnlyMemory<byte> Json => SchemaId is null ? Value : Value.AsMemory(RegistryFraming.HeaderLength);

    /// <summary>The key as UTF-8 text, if any.</summary>
    public string? KeyText => Key is null ? null : Encoding.UTF8.GetString(Key);

    /// <summary>The last value of header <paramref name="name"/> as UTF-8 text: the latest, when a name repeats.</summary>
    public string? Header(string name)
    {
        for (var index = Headers.Count - 1; index >= 0; index--)
        {
            if (string.Equals(Headers[index].Key, name, StringComparison.Ordinal))
            {
                return Headers[index].Value is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
            }
        }

        return null;
    }

    internal static BusMessage From(ConsumeResult<byte[]?, byte[]> result) => new(
        result.Topic,
        result.Partition.Value,
        result.Offset.Value,
        result.Message.Timestamp.UtcDateTime,
        result.Message.Key,
        result.Message.Value ?? [],
        result.Message.Headers is { } headers ? headers.Select(header => new KeyValuePair<string, byte[]>(header.Key, header.GetValueBytes())).ToList() : []);
}
