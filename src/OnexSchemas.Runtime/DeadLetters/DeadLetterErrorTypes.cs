namespace OnexSchemas.Runtime;

/// <summary>
/// The DLQ record's <c>error_type</c> values of messages that could not be read, one per way that can happen. A
/// message whose handler kept failing gets the name of the handler's exception type instead (for example
/// <c>TimeoutException</c>), which says more.
/// </summary>
public static class DeadLetterErrorTypes
{
    /// <summary>The value is not in the configured wire format (for example no schema-registry frame).</summary>
    public const string WrongFraming = "WrongFraming";

    /// <summary>The frame names a schema id the registry does not know.</summary>
    public const string UnknownSchemaId = "UnknownSchemaId";

    /// <summary>The value is not well-formed JSON.</summary>
    public const string InvalidJson = "InvalidJson";

    /// <summary>The value is JSON that breaks the topic's schema (unknown or missing members, a wrong type, a violated constraint, a wrong event type).</summary>
    public const string SchemaViolation = "SchemaViolation";
}
