using OnexSchemas.Config;
using OnexSchemas.Naming;

namespace OnexSchemas.Model;

/// <summary>A topic of the catalog: its name, its schema document and the settings it is provisioned with.</summary>
/// <param name="Name">The topic name the file's path gives.</param>
/// <param name="Document">The schema.</param>
/// <param name="Settings">Partitions, retention and compatibility level.</param>
public sealed record TopicSchema(TopicName Name, SchemaDocument Document, TopicSettings Settings)
{
    /// <summary>The schema version, when well-formed.</summary>
    public SemanticVersion? Version => Document.Version;

    /// <summary>The owning service, when declared.</summary>
    public string? Owner => Document.Metadata?.Owner;
}
