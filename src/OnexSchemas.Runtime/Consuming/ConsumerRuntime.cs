using Microsoft.Extensions.Logging;

namespace OnexSchemas.Runtime;

/// <summary>What a group's bindings use to run a message: services, the wire format, the dead-letter writer, telemetry and the retry policy.</summary>
internal sealed record ConsumerRuntime(
    string GroupId,
    IServiceProvider Services,
    IEventSerializer Serializer,
    DeadLetterWriter DeadLetters,
    OnexTelemetry Telemetry,
    OnexRetryOptions Retry,
    TimeProvider Time,
    ILogger Logger);
