namespace OnexSchemas.Model;

/// <summary>What a root-relative path says about its file: its kind and, for topics, the topic it names.</summary>
/// <param name="RelativePath">The path under the root, with '/' separators.</param>
/// <param name="Kind">The kind the layout gives the file.</param>
/// <param name="Topic">For topic files whose path is well-formed, the topic it names.</param>
/// <param name="Major">The <c>.vN</c> of the file name, when it has one.</param>
/// <param name="Problem">For misplaced files, why the path does not fit the layout.</param>
public sealed record SchemaPath(string RelativePath, SchemaFileKind Kind, TopicName? Topic, int? Major, string? Problem)
{
    /// <summary>The directory topic schemas live in.</summary>
    public const string EventsDirectory = "events";

    /// <summary>The directory shared schemas live in.</summary>
    public const string CommonDirectory = "common";

    /// <summary>True when the path fits the layout but the topic it spells breaks the naming convention.</summary>
    public bool BreaksNaming { get; init; }

    /// <summary>The file name without <c>.v{N}.json</c>: the operation or the shared schema's name.</summary>
    public string? BaseName { get; init; }

    /// <summary>Reads the layout of one path.</summary>
    public static SchemaPath Parse(string relativePath, string topicNamespace)
    {
        var segments = relativePath.Split('/');
        var fileName = segments[^1];
        var (baseName, major) = SplitFileName(fileName);

        if (segments[0] == CommonDirectory)
        {
            return segments.Length == 2 && baseName is not null && TopicName.IsSnakeCase(baseName)
                ? new SchemaPath(relativePath, SchemaFileKind.Common, null, major, null) { BaseName = baseName }
                : Misplaced(relativePath, major, $"a shared schema is 'common/{{name}}.v{{N}}.json' with a snake_case name; '{relativePath}' is not");
        }

        if (segments[0] != EventsDirectory)
        {
            return Misplaced(relativePath, major, $"schemas live under 'events/' or 'common/'; '{relativePath}' is in neither");
        }

        if (baseName is null || major is null)
        {
            return Misplaced(relativePath, major, $"a topic file is named '{{operation}}.v{{N}}.json'; '{fileName}' is not");
        }

        string topicText;
        if (segments.Length == 4)
        {
            topicText = $"{topicNamespace}.{segments[1]}.{segments[2]}.{baseName}.v{major}";
        }
        else if (segments.Length == 3 && segments[1] == TopicName.AuditDomain)
        {
            topicText = $"{topicNamespace}.{TopicName.AuditDomain}.{baseName}.v{major}";
        }
        else
        {
            return Misplaced(relativePath, major,
                $"a topic file is 'events/{{domain}}/{{pattern}}/{{operation}}.v{{N}}.json' (or 'events/audit/{{operation}}.v{{N}}.json'); '{relativePath}' is not");
        }

        return TopicName.TryParse(topicText, topicNamespace, out var topic, out var error)
            ? new SchemaPath(relativePath, SchemaFileKind.Topic, topic, major, null) { BaseName = baseName }
            : Misplaced(relativePath, major, $"the path names topic {error}") with { BreaksNaming = true };
    }

    /// <summary>The path a topic's schema has under the root.</summary>
    public static string ForTopic(TopicName topic) => topic.PatternImplied
        ? $"{EventsDirectory}/{topic.Domain}/{topic.Operation}.v{topic.Major}.json"
        : $"{EventsDirectory}/{topic.Domain}/{TopicName.PatternSegment(topic.Pattern)}/{topic.Operation}.v{topic.Major}.json";

    private static SchemaPath Misplaced(string relativePath, int? major, string problem) =>
        new(relativePath, SchemaFileKind.Misplaced, null, major, problem);

    private static (string? BaseName, int? Major) SplitFileName(string fileName)
    {
        if (!fileName.EndsWith(".json", StringComparison.Ordinal))
        {
            return (null, null);
        }

        var stem = fileName[..^".json".Length];
        var dot = stem.LastIndexOf('.');
        if (dot <= 0 || !TopicName.TryParseMajor(stem[(dot + 1)..], out var major))
        {
            return (null, null);
        }

        return (stem[..dot], major);
    }
}
