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

    /// <summary>True when <paramref name="topic"/> is a dead-letter topic.</summary>
    public static bool IsDeadLetter(string topic) => topic.Length > Suffix.Length && topic.EndsWith(Suffix, System.StringComparison.Ordinal);

    /// <summary>The topic a dead-letter topic belongs to; false when <paramref name="deadLetterTopic"/> is not one.</summary>
    public static bool TryGetOriginal(string deadLetterTopic, out string original)
    {
        original = IsDeadLetter(deadLetterTopic) ? deadLetterTopic.Substring(0, deadLetterTopic.Length - Suffix.Length) : string.Empty;
        return original.Length > 0;
    }
}
