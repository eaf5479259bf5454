using Newtonsoft.Json;

namespace OnexSchemas.Runtime.Tests;

/// <summary>
/// The validate request's envelope as a team writes it for Confluent's JSON serdes: Newtonsoft names, and defaults for
/// the strings (so a member missing on read becomes its default). Shared with the benchmarks, which link this file.
/// </summary>
public sealed class ConfluentEnvelope
{
    [JsonProperty("event_id")]
    public Guid EventId { get; set; }

    [JsonProperty("event_type")]
    public string EventType { get; set; } = string.Empty;

    [JsonProperty("correlation_id")]
    public Guid CorrelationId { get; set; }

    [JsonProperty("causation_id", NullValueHandling = NullValueHandling.Ignore)]
    public Guid? CausationId { get; set; }

    [JsonProperty("timestamp")]
    public string Timestamp { get; set; } = string.Empty;

    [JsonProperty("version")]
    public string Version { get; set; } = string.Empty;

    [JsonProperty("source")]
    public ConfluentSource Source { get; set; } = new();

    [JsonProperty("metadata")]
    public ConfluentMetadata Metadata { get; set; } = new();

    [JsonProperty("payload")]
    public ConfluentValidateRequest Payload { get; set; } = new();

    public sealed class ConfluentSource
    {
        [JsonProperty("service")]
        public string Service { get; set; } = string.Empty;

        [JsonProperty("instance_id")]
        public string InstanceId { get; set; } = string.Empty;

        [JsonProperty("hostname")]
        public string Hostname { get; set; } = string.Empty;
    }

    public sealed class ConfluentMetadata
    {
        [JsonProperty("trace_id")]
        public string TraceId { get; set; } = string.Empty;

        [JsonProperty("span_id")]
        public string SpanId { get; set; } = string.Empty;
    }

    public sealed class ConfluentValidateRequest
    {
        [JsonProperty("code_content")]
        public string CodeContent { get; set; } = "pass";

        [JsonProperty("node_type")]
        public string NodeType { get; set; } = "effect";

        [JsonProperty("language")]
        public string Language { get; set; } = "python";

        [JsonProperty("file_path", NullValueHandling = NullValueHandling.Ignore)]
        public string? FilePath { get; set; }
    }
}
