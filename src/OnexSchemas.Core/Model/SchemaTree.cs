using OnexSchemas.Config;
using OnexSchemas.Diagnostics;
using OnexSchemas.Loading;
using OnexSchemas.Naming;

namespace OnexSchemas.Model;

/// <summary>A loaded schema tree: its config, the documents that parsed, and what went wrong loading the rest.</summary>
public sealed class SchemaTree
{
    private readonly Dictionary<string, SchemaDocument> _byPath;

    internal SchemaTree(ISchemaSource source, TreeConfig config, JsonFile? configFile, IReadOnlyList<SchemaDocument> documents, IReadOnlyList<Diagnostic> loadDiagnostics, int schemaFileCount)
    {
        SchemaFileCount = schemaFileCount;
        Source = source;
        Config = config;
        ConfigFile = configFile;
        Documents = documents;
        LoadDiagnostics = loadDiagnostics;
        _byPath = documents.ToDictionary(document => document.RelativePath, StringComparer.Ordinal);
        Topics = documents
            .Where(document => document.Path.Kind == SchemaFileKind.Topic)
            .Select(document => new TopicSchema(document.Topic!, document, config.SettingsFor(document.Topic!)))
            .OrderBy(topic => topic.Name.Value, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Where the files came from.</summary>
    public ISchemaSource Source { get; }

    /// <summary>How many schema files (<c>*.json</c> but the config) the tree holds, whether or not they parsed.</summary>
    public int SchemaFileCount { get; }

    /// <summary>How many JSON files were checked: the schema files and the config, when there is one.</summary>
    public int JsonFileCount => SchemaFileCount + (Source.FileExists(SchemaTreeLayout.ConfigFileName) ? 1 : 0);

    /// <summary>The tree config (defaults when the tree has none).</summary>
    public TreeConfig Config { get; }

    /// <summary>The parsed config file, when there is one and it parsed.</summary>
    public JsonFile? ConfigFile { get; }

    /// <summary>Every schema file that parsed, in path order.</summary>
    public IReadOnlyList<SchemaDocument> Documents { get; }

    /// <summary>The topic schemas, in topic-name order.</summary>
    public IReadOnlyList<TopicSchema> Topics { get; }

    /// <summary>Findings made while reading: unreadable files, bad JSON, a bad config.</summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; }

    /// <summary>The document at a root-relative path, if it parsed.</summary>
    public SchemaDocument? FindDocument(string relativePath) => _byPath.GetValueOrDefault(relativePath);

    /// <summary>The schema of a topic, by full name.</summary>
    public TopicSchema? FindTopic(string topic) =>
        Topics.FirstOrDefault(candidate => string.Equals(candidate.Name.Value, topic, StringComparison.Ordinal));
}
