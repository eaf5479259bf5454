namespace OnexSchemas.Runtime;

/// <summary>What a dead-letter topic holds, counted: in all, by error type and by the topic each message came from.</summary>
/// <param name="Topic">The dead-letter topic.</param>
/// <param name="Total">How many messages it holds.</param>
/// <param name="ByErrorType">Counts by <c>dlq.error_type</c> (the latest failure's), most first; <c>(none)</c> for a message without the header.</param>
/// <param name="ByOriginalTopic">Counts by <c>dlq.original_topic</c>, most first.</param>
/// <param name="Oldest">The earliest message's timestamp, when there is one.</param>
/// <param name="Newest">The latest message's timestamp, when there is one.</param>
public sealed record DeadLetterSummary(
    string Topic,
    int Total,
    IReadOnlyList<KeyValuePair<string, int>> ByErrorType,
    IReadOnlyList<KeyValuePair<string, int>> ByOriginalTopic,
    DateTimeOffset? Oldest,
    DateTimeOffset? Newest)
{
    /// <summary>What a message without the header is counted as.</summary>
    public const string NoHeader = "(none)";
}
