namespace OnexSchemas.Runtime;

/// <summary>
/// Infrastructure that failed for now (the schema registry unreachable or answering 5xx): the message is fine, so
/// the consumer waits and tries again instead of dead-lettering it.
/// </summary>
public sealed class TransientEventException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransientEventException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
