using System.Globalization;
using System.Text.RegularExpressions;

namespace OnexSchemas.Model;

/// <summary>
/// A topic name: <c>omninode.{domain}.{pattern}.{operation}.v{major}</c>, or the documented four-part audit form
/// <c>omninode.audit.{operation}.v{major}</c> whose pattern is implied by its domain.
/// </summary>
public sealed partial record TopicName(string Namespace, string Domain, EventPattern Pattern, string Operation, int Major, bool PatternImplied)
{
    /// <summary>The namespace every topic lives in.</summary>
    public const string DefaultNamespace = "omninode";

    /// <summary>The domain whose topics may omit the pattern segment.</summary>
    public const string AuditDomain = "audit";

    /// <summary>The suffix of the dead-letter topic for a topic.</summary>
    public const string DeadLetterSuffix = ".dlq";

    /// <summary>The full topic name.</summary>
    public string Value => PatternImplied
        ? string.Create(CultureInfo.InvariantCulture, $"{Namespace}.{Domain}.{Operation}.v{Major}")
        : string.Create(CultureInfo.InvariantCulture, $"{Namespace}.{Domain}.{PatternSegment(Pattern)}.{Operation}.v{Major}");

    /// <summary>The dead-letter topic, <c>{topic}.dlq</c>.</summary>
    public string DeadLetterTopic => Value + DeadLetterSuffix;

    /// <summary>For a request, the response topic it implies; otherwise null.</summary>
    public TopicName? ResponseTopic => Pattern == EventPattern.Request ? this with { Pattern = EventPattern.Response } : null;

    /// <summary>The same topic at another major version.</summary>
    public TopicName WithMajor(int major) => this with { Major = major };

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>The lower-case segment for a pattern.</summary>
    public static string PatternSegment(EventPattern pattern) => pattern switch
    {
        EventPattern.Request => "request",
        EventPattern.Response => "response",
        EventPattern.Event => "event",
        EventPattern.Audit => "audit",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
    };

    /// <summary>Reads a pattern segment; false for anything but request, response, event and audit.</summary>
    public static bool TryParsePattern(string segment, out EventPattern pattern)
    {
        switch (segment)
        {
            case "request": pattern = EventPattern.Request; return true;
            case "response": pattern = EventPattern.Response; return true;
            case "event": pattern = EventPattern.Event; return true;
            case "audit": pattern = EventPattern.Audit; return true;
            default: pattern = default; return false;
        }
    }

    /// <summary>True when a segment is lower snake_case.</summary>
    public static bool IsSnakeCase(string segment) => SnakeCase().IsMatch(segment);

    /// <summary>Reads a topic name. On failure, <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string text, string expectedNamespace, out TopicName? topic, out string? error)
    {
        topic = null;
        var segments = text.Split('.');
        if (segments.Length is not (4 or 5))
        {
            error = $"'{text}' has {segments.Length} dot-separated segments; a topic is '{expectedNamespace}.{{domain}}.{{pattern}}.{{operation}}.v{{major}}'";
            return false;
        }

        if (segments[0] != expectedNamespace)
        {
            error = $"'{text}' starts with '{segments[0]}'; every topic lives in the '{expectedNamespace}' namespace";
            return false;
        }

        if (!TryParseMajor(segments[^1], out var major))
        {
            error = $"'{text}' ends with '{segments[^1]}'; the last segment is the major version, 'v1', 'v2', ...";
            return false;
        }

        var domain = segments[1];
        var operation = segments[^2];
        EventPattern pattern;
        var implied = segments.Length == 4;
        if (implied)
        {
            if (domain != AuditDomain)
            {
                error = $"'{text}' has no pattern segment; only '{expectedNamespace}.{AuditDomain}.{{operation}}.v{{major}}' may omit it";
                return false;
            }

            pattern = EventPattern.Audit;
        }
        else if (!TryParsePattern(segments[2], out pattern))
        {
            error = $"'{text}' has pattern '{segments[2]}'; the pattern is one of request, response, event, audit";
            return false;
        }

        foreach (var (segment, role) in new[] { (domain, "domain"), (operation, "operation") })
        {
            if (!IsSnakeCase(segment))
            {
                error = $"'{text}' has {role} '{segment}'; it must be lower snake_case ([a-z][a-z0-9_]*)";
                return false;
            }
        }

        topic = new TopicName(expectedNamespace, domain, pattern, operation, major, implied);
        error = null;
        return true;
    }

    /// <summary>Reads <c>v{major}</c>, where major is a positive integer without leading zeros.</summary>
    public static bool TryParseMajor(string segment, out int major)
    {
        major = 0;
        return MajorSegment().IsMatch(segment)
            && int.TryParse(segment.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out major);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();

    [GeneratedRegex("^v[1-9][0-9]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex MajorSegment();
}
