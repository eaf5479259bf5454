namespace OnexSchemas.Messaging;

/// <summary>
/// The Kafka header names of the bus: what a publisher adds to every message, and what a consumer adds when it moves
/// a message to its dead-letter topic. The runtime writes them, the command-line tools read them; both take the names
/// from here.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class MessageHeaders
{
    /// <summary>The envelope's <c>event_type</c>, so a reader can route a message without parsing its value.</summary>
    public const string EventType = "event_type";

    /// <summary>The version of the payload schema the producer used (<c>x-onex.version</c>).</summary>
    public const string SchemaVersion = "schema_version";

    /// <summary>The W3C Trace Context <c>traceparent</c> of the span that published the message.</summary>
    public const string TraceParent = "traceparent";

    /// <summary>
    /// The prefix of the dead-letter headers. A dead-lettered message keeps its key, value and headers as they were;
    /// the failure is described by one header per field of the DLQ record (<c>schemas/common/dlq_record.v1.json</c>),
    /// named <c>dlq.{field}</c>.
    /// </summary>
    public const string DeadLetterPrefix = "dlq.";

    /// <summary>The topic the failed message was consumed from.</summary>
    public const string DeadLetterOriginalTopic = DeadLetterPrefix + "original_topic";

    /// <summary>Its partition, in decimal.</summary>
    public const string DeadLetterOriginalPartition = DeadLetterPrefix + "original_partition";

    /// <summary>Its offset, in decimal.</summary>
    public const string DeadLetterOriginalOffset = DeadLetterPrefix + "original_offset";

    /// <summary>The envelope's <c>event_id</c>, when the value could be read far enough.</summary>
    public const string DeadLetterOriginalEventId = DeadLetterPrefix + "original_event_id";

    /// <summary>The category of the final error (for example <c>InvalidJson</c> or <c>HandlerFailed</c>).</summary>
    public const string DeadLetterErrorType = DeadLetterPrefix + "error_type";

    /// <summary>The message of the final error.</summary>
    public const string DeadLetterErrorMessage = DeadLetterPrefix + "error_message";

    /// <summary>The stack trace of the final error, when there was an exception.</summary>
    public const string DeadLetterErrorStackTrace = DeadLetterPrefix + "error_stack_trace";

    /// <summary>How many retries were made before the message was dead-lettered.</summary>
    public const string DeadLetterRetryCount = DeadLetterPrefix + "retry_count";

    /// <summary>When the final attempt failed, RFC 3339 with milliseconds.</summary>
    public const string DeadLetterFailedAt = DeadLetterPrefix + "failed_at";

    /// <summary>The consumer group that failed to process the message.</summary>
    public const string DeadLetterConsumerGroup = DeadLetterPrefix + "consumer_group";

    /// <summary>The consumer instance that failed to process it.</summary>
    public const string DeadLetterConsumerInstance = DeadLetterPrefix + "consumer_instance";

    /// <summary>The schema id of a message in the schema registry's framing, in decimal.</summary>
    public const string DeadLetterSchemaId = DeadLetterPrefix + "schema_id";

    /// <summary>Set by <c>dlq reprocess</c> on a republished message: how many times it has been reprocessed.</summary>
    public const string ReprocessCount = "dlq.reprocess_count";
}
