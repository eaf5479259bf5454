namespace OnexSchemas.Runtime;

/// <summary>An operational tool could not do what it was asked: the broker or the registry unreachable, a topic missing, a message it must not move.</summary>
public sealed class BusToolException : Exception
{
    /// <summary>A failure of kind <paramref name="failure"/>, described by <paramref name="message"/>.</summary>
    public BusToolException(BusToolFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) =>
        Failure = failure;

    /// <summary>What failed.</summary>
    public BusToolFailure Failure { get; }
}
