using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OnexSchemas.Naming;

/// <summary>
/// A topic name: <c>{namespace}.{domain}.{pattern}.{operation}.v{major}</c>, or the documented four-part audit form
/// <c>{namespace}.audit.{operation}.v{major}</c> whose pattern is implied by its domain. This is the one grammar of
/// topic names; the linter, the MSBuild task, the source generator, the registrar and the runtime all read and spell
/// topics through it.
/// </summary>
/// <param name="Namespace">The first segment, the tree config's <c>namespace</c> (<c>omninode</c> by default).</param>
/// <param name="Domain">The domain segment, lower snake_case.</param>
/// <param name="Pattern">The pattern; <see cref="EventPattern.Audit"/> for the four-part audit topics.</param>
/// <param name="Operation">The operation segment, lower snake_case.</param>
/// <param name="Major">The major version, the <c>.vN</c> suffix.</param>
/// <param name="PatternImplied">True for the four-part audit form, which has no pattern segment.</param>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record TopicName(string Namespace, string Domain, EventPattern Pattern, string Operation, int Major, bool PatternImplied)
{
    /// <summary>The namespace of a tree whose config names none.</summary>
    public const string DefaultNamespace = "omninode";

    /// <summary>The domain whose topics may omit the pattern segment.</summary>
    public const string AuditDomain = "audit";

    /// <summary>The full topic name.</summary>
    public string Value => PatternImplied
        ? Namespace + "." + Domain + "." + Operation + "." + MajorSegment(Major)
        : Namespace + "." + Domain + "." + Pattern.Segment() + "." + Operation + "." + MajorSegment(Major);

    /// <summary>The dead-letter topic, <c>{topic}.dlq</c>.</summary>
    public string DeadLetterTopic => DeadLetterTopicName.For(Value);

    /// <summary>The registry subject of the topic's messages, <c>{topic}-value</c>.</summary>
    public string ValueSubject => SubjectName.ForValue(Value);

    /// <summary>For a request, the response topic it implies; otherwise null.</summary>
    public TopicName? ResponseTopic => Pattern == EventPattern.Request ? this with { Pattern = EventPattern.Response } : null;

    /// <summary>The same topic at another major version.</summary>
    public TopicName WithMajor(int major) => this with { Major = major };

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>The grammar, for messages: <c>{namespace}.{domain}.{pattern}.{operation}.v{major}</c>.</summary>
    public static string GrammarText(string topicNamespace) => topicNamespace + ".{domain}.{pattern}.{operation}.v{major}";

    /// <summary>The last segment of a topic at a major: <c>v1</c>.</summary>
    public static string MajorSegment(int major) => "v" + major.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="name"/> can be the tree's namespace segment (lower snake_case).</summary>
    public static bool IsValidNamespace(string name) => SnakeCase.IsMatch(name);

    /// <summary>Reads a topic name in <paramref name="expectedNamespace"/>. On failure, <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string text, string expectedNamespace, [NotNullWhen(true)] out TopicName? topic, [NotNullWhen(false)] out string? error)
    {
        topic = null;
        var segments = text.Split('.');
        if (segments.Length is not (4 or 5))
        {
            error = "'" + text + "' has " + segments.Length.ToString(CultureInfo.InvariantCulture)
                + " dot-separated segments; a topic is '" + GrammarText(expectedNamespace) + "'";
            return false;
        }

        if (segments[0] != expectedNamespace)
        {
            error = "'" + text + "' starts with '" + segments[0] + "'; every topic lives in the '" + expectedNamespace + "' namespace";
            return false;
        }

        var last = segments[segments.Length - 1];
        if (!TryParseMajor(last, out var major))
        {
            error = "'" + text + "' ends with '" + last + "'; the last segment is the major version, 'v1', 'v2', ...";
            return false;
        }

        var domain = segments[1];
        var operation = segments[segments.Length - 2];
        EventPattern pattern;
        var implied = segments.Length == 4;
        if (implied)
        {
            if (domain != AuditDomain)
            {
                error = "'" + text + "' has no pattern segment; only '" + expectedNamespace + "." + AuditDomain + ".{operation}.v{major}' may omit it";
                return false;
            }

            pattern = EventPattern.Audit;
        }
        else if (!EventPatterns.TryParse(segments[2], out pattern))
        {
            error = "'" + text + "' has pattern '" + segments[2] + "'; the pattern is one of " + EventPatterns.ListText;
            return false;
        }

        if (!SnakeCase.IsMatch(domain))
        {
            error = "'" + text + "' has domain '" + domain + "'; it must be lower snake_case (" + SnakeCase.Grammar + ")";
            return false;
        }

        if (!SnakeCase.IsMatch(operation))
        {
            error = "'" + text + "' has operation '" + operation + "'; it must be lower snake_case (" + SnakeCase.Grammar + ")";
            return false;
        }

        topic = new TopicName(expectedNamespace, domain, pattern, operation, major, implied);
        error = null;
        return true;
    }

    /// <summary>Reads <c>v{major}</c>, where major is 1 to 999999999 without leading zeros.</summary>
    public static bool TryParseMajor(string segment, out int major)
    {
        major = 0;
        if (segment.Length < 2 || segment.Length > 10 || segment[0] != 'v' || segment[1] < '1' || segment[1] > '9')
        {
            return false;
        }

        var value = 0;
        for (var i = 1; i < segment.Length; i++)
        {
            if (segment[i] < '0' || segment[i] > '9')
            {
                return false;
            }

            value = (value * 10) + (segment[i] - '0');
        }

        major = value;
        return true;
    }
}
