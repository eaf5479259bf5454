using OnexSchemas.Model;
using OnexSchemas.Naming;
using OnexSchemas.Registry;

namespace OnexSchemas.Catalog.Model;

/// <summary>One topic of the catalog, with everything a reader of the catalog looks for.</summary>
/// <param name="Schema">The topic as the tree loaded it: name, document, settings.</param>
/// <param name="Title">The schema's title, or the topic name.</param>
/// <param name="Description">The schema's description, or empty.</param>
/// <param name="Response">For a request, its response topic when the tree has it.</param>
/// <param name="Request">For a response, the request topic it answers when the tree has it.</param>
/// <param name="Fields">The payload's members, in schema order, nested members after their parent.</param>
/// <param name="History">The schema's versions from git, oldest first; null when the catalog was built without history.</param>
/// <param name="Registered">The registered form: the envelope with <c>payload</c> bound to the topic's schema, as one bundle; null when it could not be built (see <see cref="EventCatalog.Problems"/>).</param>
public sealed record CatalogTopic(
    TopicSchema Schema,
    string Title,
    string Description,
    TopicName? Response,
    TopicName? Request,
    IReadOnlyList<CatalogField> Fields,
    RegisteredForm? Registered,
    IReadOnlyList<SchemaVersionEntry>? History)
{
    /// <summary>The topic name.</summary>
    public TopicName Name => Schema.Name;

    /// <summary>The schema version text from <c>x-onex.version</c>, or <c>?</c>.</summary>
    public string Version => Schema.Document.Metadata?.VersionText ?? "?";

    /// <summary>The owning service, or <c>?</c>.</summary>
    public string Owner => Schema.Owner ?? "?";

    /// <summary>The services that publish on the topic.</summary>
    public IReadOnlyList<string> Producers => Schema.Document.Metadata?.Producers ?? [];

    /// <summary>The services that read the topic.</summary>
    public IReadOnlyList<string> Consumers => Schema.Document.Metadata?.Consumers ?? [];

    /// <summary>Whether the schema is deprecated.</summary>
    public bool Deprecated => Schema.Document.Metadata?.Deprecated == true;

    /// <summary>The deprecated schema's sunset date, when set.</summary>
    public DateOnly? Sunset => Schema.Document.Metadata?.Sunset;

    /// <summary>The schema file, relative to the tree's root.</summary>
    public string File => Schema.Document.RelativePath;
}
