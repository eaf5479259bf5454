namespace OnexSchemas.Runtime;

/// <summary>
/// A message no retry can make readable: wrong framing, an unknown schema id, invalid JSON, or a value that breaks
/// its schema. The consumer moves it to the dead-letter topic at once.
/// </summary>
public sealed class PoisonMessageException : Exception
{
    /// <summary>Creates the exception with its DLQ <c>error_type</c> (one of <see cref="DeadLetterErrorTypes"/>).</summary>
    public PoisonMessageException(string errorType, string message, Exception? innerException = null)
        : base(message, innerException) =>
        ErrorType = errorType;

    /// <summary>The DLQ <c>error_type</c>.</summary>
    public string ErrorType { get; }

    /// <summary>The schema id of a framed value, when the frame could be read.</summary>
    public int? SchemaId { get; init; }
}
