namespace OnexSchemas.Naming;

/// <summary>
/// Registry subject names by Confluent's default <c>TopicNameStrategy</c>, which Redpanda follows too: a topic's
/// message values are registered under <c>{topic}-value</c> and its keys under <c>{topic}-key</c>.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class SubjectName
{
    /// <summary>The suffix of a value subject.</summary>
    public const string ValueSuffix = "-value";

    /// <summary>The suffix of a key subject.</summary>
    public const string KeySuffix = "-key";

    /// <summary>The subject of <paramref name="topic"/>'s message values.</summary>
    public static string ForValue(string topic) => topic + ValueSuffix;

    /// <summary>The subject of <paramref name="topic"/>'s message keys.</summary>
    public static string ForKey(string topic) => topic + KeySuffix;

    /// <summary>The topic a value subject names; false when <paramref name="subject"/> is not a value subject.</summary>
    public static bool TryGetTopic(string subject, out string topic)
    {
        var ok = subject.Length > ValueSuffix.Length && subject.EndsWith(ValueSuffix, System.StringComparison.Ordinal);
        topic = ok ? subject.Substring(0, subject.Length - ValueSuffix.Length) : string.Empty;
        return ok;
    }
}
