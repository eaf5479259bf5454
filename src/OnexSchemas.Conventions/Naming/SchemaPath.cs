using System;

namespace OnexSchemas.Naming;

/// <summary>
/// What a root-relative path says about its file: its kind and, for topics, the topic it names. The one reading of
/// the tree layout: <c>events/{domain}/{pattern}/{operation}.v{N}.json</c>, <c>events/audit/{operation}.v{N}.json</c>
/// and <c>common/{name}.v{N}.json</c>.
/// </summary>
/// <param name="RelativePath">The path under the root, with '/' separators.</param>
/// <param name="Kind">The kind the layout gives the file.</param>
/// <param name="Topic">For topic files whose path is well-formed, the topic it names.</param>
/// <param name="Major">The <c>.vN</c> of the file name, when it has one.</param>
/// <param name="Problem">For misplaced files, why the path does not fit the layout.</param>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record SchemaPath(string RelativePath, SchemaFileKind Kind, TopicName? Topic, int? Major, string? Problem)
{
    /// <summary>True when the path fits the layout but the topic it spells breaks the naming convention.</summary>
    public bool BreaksNaming { get; init; }

    /// <summary>The file name without <c>.v{N}.json</c>: the operation or the shared schema's name.</summary>
    public string? BaseName { get; init; }

    /// <summary>Reads the layout of one path in a tree whose topics live in <paramref name="topicNamespace"/>.</summary>
    public static SchemaPath Parse(string relativePath, string topicNamespace)
    {
        var segments = relativePath.Split('/');
        var fileName = segments[segments.Length - 1];
        SplitFileName(fileName, out var baseName, out var major);

        if (segments[0] == SchemaTreeLayout.CommonDirectory)
        {
            return segments.Length == 2 && baseName is not null && SnakeCase.IsMatch(baseName)
                ? new SchemaPath(relativePath, SchemaFileKind.Common, null, major, null) { BaseName = baseName }
                : Misplaced(relativePath, major, "a shared schema is 'common/{name}.v{N}.json' with a snake_case name; '" + relativePath + "' is not");
        }

        if (segments[0] != SchemaTreeLayout.EventsDirectory)
        {
            return Misplaced(relativePath, major, "schemas live under 'events/' or 'common/'; '" + relativePath + "' is in neither");
        }

        if (baseName is null || major is null)
        {
            return Misplaced(relativePath, major, "a topic file is named '{operation}.v{N}.json'; '" + fileName + "' is not");
        }

        var version = TopicName.MajorSegment(major.Value);
        string topicText;
        if (segments.Length == 4)
        {
            topicText = topicNamespace + "." + segments[1] + "." + segments[2] + "." + baseName + "." + version;
        }
        else if (segments.Length == 3 && segments[1] == TopicName.AuditDomain)
        {
            topicText = topicNamespace + "." + TopicName.AuditDomain + "." + baseName + "." + version;
        }
        else
        {
            return Misplaced(relativePath, major,
                "a topic file is 'events/{domain}/{pattern}/{operation}.v{N}.json' (or 'events/audit/{operation}.v{N}.json'); '" + relativePath + "' is not");
        }

        return TopicName.TryParse(topicText, topicNamespace, out var topic, out var error)
            ? new SchemaPath(relativePath, SchemaFileKind.Topic, topic, major, null) { BaseName = baseName }
            : Misplaced(relativePath, major, "the path names topic " + error) with { BreaksNaming = true };
    }

    /// <summary>The path a topic's schema has under the root.</summary>
    public static string ForTopic(TopicName topic) => topic.PatternImplied
        ? SchemaTreeLayout.EventsDirectory + "/" + topic.Domain + "/" + topic.Operation + "." + TopicName.MajorSegment(topic.Major) + SchemaTreeLayout.SchemaExtension
        : SchemaTreeLayout.EventsDirectory + "/" + topic.Domain + "/" + topic.Pattern.Segment() + "/" + topic.Operation + "." + TopicName.MajorSegment(topic.Major) + SchemaTreeLayout.SchemaExtension;

    /// <summary>The path of another major of the same shared or topic schema: <c>common/x.v1.json</c> to <c>common/x.v2.json</c>.</summary>
    public string WithMajor(int major) => Topic is not null
        ? ForTopic(Topic.WithMajor(major))
        : RelativePath.Substring(0, RelativePath.LastIndexOf('/') + 1) + BaseName + "." + TopicName.MajorSegment(major) + SchemaTreeLayout.SchemaExtension;

    private static SchemaPath Misplaced(string relativePath, int? major, string problem) =>
        new(relativePath, SchemaFileKind.Misplaced, null, major, problem);

    private static void SplitFileName(string fileName, out string? baseName, out int? major)
    {
        baseName = null;
        major = null;
        if (!fileName.EndsWith(SchemaTreeLayout.SchemaExtension, StringComparison.Ordinal))
        {
            return;
        }

        var stem = fileName.Substring(0, fileName.Length - SchemaTreeLayout.SchemaExtension.Length);
        var dot = stem.LastIndexOf('.');
        if (dot <= 0 || !TopicName.TryParseMajor(stem.Substring(dot + 1), out var value))
        {
            return;
        }

        baseName = stem.Substring(0, dot);
        major = value;
    }
}
