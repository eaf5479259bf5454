namespace OnexSchemas.Runtime;

/// <summary>Why a message is dead-lettered: the DLQ record's error fields.</summary>
internal sealed record DeadLetterFailure(string ErrorType, string ErrorMessage, string? StackTrace, int RetryCount, int? SchemaId, Guid? EventId)
{
    public static DeadLetterFailure FromPoison(PoisonMessageException poison) =>
        new(poison.ErrorType, poison.Message, null, 0, poison.SchemaId, null);

    public static DeadLetterFailure FromException(Exception exception, int retries, int? schemaId, Guid eventId) =>
        new(exception.GetType().Name, string.IsNullOrEmpty(exception.Message) ? exception.GetType().FullName! : exception.Message, exception.ToString(), retries, schemaId, eventId);
}
