namespace OnexSchemas.Naming;

/// <summary>
/// Registry subject names by Confluent's default <c>TopicNameStrategy</c>, which Redpanda follows too: a topic's
/// message values are registered under <c>{topic}-value</c>.
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

    /// <summary>The subject of <paramref name="topic"/>'s message values.</summary>
    public static string ForValue(string topic) => topic + ValueSuffix;
}
