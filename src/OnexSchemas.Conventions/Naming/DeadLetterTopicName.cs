namespace OnexSchemas.Naming;

/// <summary>The dead-letter topic of a topic, <c>{topic}.dlq</c>, as the architecture document's DLQ strategy names it.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class DeadLetterTopicName
{
    /// <summary>The suffix that makes a topic's dead-letter topic.</summary>
    public const string Suffix = ".dlq";

    /// <summary>The dead-letter topic of <paramref name="topic"/>.</summary>
    public static string For(string topic) => topic + Suffix;

    /// <summary>The topic whose dead-letter topic <paramref name="deadLetterTopic"/> is; false when the name does not end in <see cref="Suffix"/>.</summary>
    public static bool TryGetOriginal(string deadLetterTopic, out string original)
    {
        var isDeadLetter = deadLetterTopic is not null && deadLetterTopic.Length > Suffix.Length && deadLetterTopic.EndsWith(Suffix, System.StringComparison.Ordinal);
        original = isDeadLetter ? deadLetterTopic!.Substring(0, deadLetterTopic.Length - Suffix.Length) : string.Empty;
        return isDeadLetter;
    }
}
