using System.Text;
using Omninode.Events;
using Omninode.Events.Codegen;

namespace OnexSchemas.Runtime.Tests;

internal static class Samples
{
    public static readonly OnexEnvelopeSource Source = new() { Service = "runtime-tests", InstanceId = "test-1", Hostname = "localhost" };

    public static ValidateRequestV1 Validate(string content) =>
        new() { CodeContent = content, NodeType = ValidateRequestV1NodeType.Effect, Language = ValidateRequestV1Language.Python };

    /// <summary>The plain JSON value of a valid envelope, as another producer would write it.</summary>
    public static byte[] JsonValue(string content, Guid? correlationId = null) =>
        new JsonEventSerializer().SerializeAsync(OnexEnvelope.Create(Validate(content), new EventContext { CorrelationId = correlationId }, Source), default).AsTask().Result;

    public static string Text(byte[]? bytes) => bytes is null ? string.Empty : Encoding.UTF8.GetString(bytes);

    public static string? Header(Confluent.Kafka.Headers? headers, string name) =>
        headers is not null && headers.TryGetLastBytes(name, out var value) ? Encoding.UTF8.GetString(value) : null;
}
