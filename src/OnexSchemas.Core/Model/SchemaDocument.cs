using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Loading;
using OnexSchemas.Naming;

namespace OnexSchemas.Model;

/// <summary>One schema file of the tree: where it is, what its path says it is, and its parsed content.</summary>
public sealed class SchemaDocument
{
    private IReadOnlyList<SubSchema>? _subSchemas;

    internal SchemaDocument(JsonFile file, SchemaPath path)
    {
        File = file;
        Path = path;
        Metadata = OnexMetadata.Read(file.Root);
    }

    /// <summary>The parsed file.</summary>
    public JsonFile File { get; }

    /// <summary>What the layout says about the file.</summary>
    public SchemaPath Path { get; }

    /// <summary>The root <c>x-onex</c> metadata, when present.</summary>
    public OnexMetadata? Metadata { get; }

    /// <summary>The path under the root.</summary>
    public string RelativePath => File.RelativePath;

    /// <summary>The root value.</summary>
    public JsonElement Root => File.Root;

    /// <summary>The topic, for topic schemas with a well-formed path.</summary>
    public TopicName? Topic => Path.Topic;

    /// <summary>The version, when <c>x-onex.version</c> is well-formed.</summary>
    public SemanticVersion? Version => Metadata?.Version;

    /// <summary>Every schema object in the document with its pointer and role, root first.</summary>
    public IReadOnlyList<SubSchema> SubSchemas => _subSchemas ??= SubSchemaWalker.Walk(Root);

    /// <summary>The location of the value at a JSON pointer.</summary>
    public SourceLocation Locate(string pointer) => File.Locate(pointer);

    /// <inheritdoc />
    public override string ToString() => RelativePath;
}
