namespace OnexSchemas.Runtime;

/// <summary>One dead-lettered message that was put back on its topic (or, in a dry run, would be).</summary>
/// <param name="DeadLetter">Where it was in the dead-letter topic.</param>
/// <param name="OriginalTopic">The topic it came from and goes back to.</param>
/// <param name="ErrorType">Why it was dead-lettered (<c>dlq.error_type</c>).</param>
/// <param name="ReprocessCount">How many times it has now been reprocessed, this time included.</param>
/// <param name="Republished">Where it went: the partition and offset the topic gave it; <see langword="null"/> in a dry run.</param>
public sealed record ReprocessedMessage(BusMessage DeadLetter, string OriginalTopic, string? ErrorType, int ReprocessCount, (int Partition, long Offset)? Republished);
