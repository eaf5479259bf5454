using System.Globalization;
using System.Text;
using OnexSchemas.Catalog.Model;
using OnexSchemas.Compatibility;
using OnexSchemas.Naming;

namespace OnexSchemas.Catalog.Markdown;

/// <summary>
/// The catalog as one Markdown document (<c>docs/events/EVENT_CATALOG.md</c>): per domain, every topic with its
/// pattern, version, owner, producers, consumers, partitions, retention, compatibility level, dead-letter topic,
/// request/response pairing and field table.
/// </summary>
public static class MarkdownCatalogWriter
{
    /// <summary>The file name the catalog is written to.</summary>
    public const string FileName = "EVENT_CATALOG.md";

    /// <summary>The command that writes the repository's copy, named in its header.</summary>
    public const string Command = "onex-schemas catalog --format markdown --out docs/events";

    /// <summary>Writes <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="schemaLinks">The path from the document to the tree's root, with <c>/</c> separators (<c>../../schemas</c>): schema files are linked under it.</param>
    /// <returns>The document, with <c>\n</c> line ends.</returns>
    public static string Write(EventCatalog catalog, string schemaLinks)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var links = schemaLinks.Replace('\\', '/').TrimEnd('/');
        var w = new StringBuilder();
        var topics = catalog.Topics.ToList();
        w.Append("# Event catalog\n\n");
        w.Append("<!-- Generated from the schema tree by `").Append(Command).Append("`: edit the schemas, not this file. -->\n\n");
        w.Append(CatalogWords.Count(topics.Count, "topic")).Append(" in ").Append(CatalogWords.Count(catalog.Domains.Count, "domain"))
            .Append(", published and read by ").Append(CatalogWords.Count(catalog.Services.Count, "service")).Append(". ");
        w.Append("Every topic has a dead-letter topic, `{topic}.dlq`, and every message travels in the envelope ");
        w.Append('[').Append(SchemaTreeLayout.EnvelopeFile).Append("](").Append(links).Append('/').Append(SchemaTreeLayout.EnvelopeFile).Append(").\n\n");

        w.Append("| domain | topics |\n|---|---|\n");
        foreach (var domain in catalog.Domains)
        {
            w.Append("| [").Append(domain.Name).Append("](#").Append(MarkdownText.Anchor(domain.Name)).Append(") | ");
            w.Append(string.Join(", ", domain.Topics.Select(topic => "[" + topic.Name.Value + "](#" + MarkdownText.Anchor(topic.Name.Value) + ")")));
            w.Append(" |\n");
        }

        foreach (var domain in catalog.Domains)
        {
            w.Append("\n## ").Append(domain.Name).Append('\n');
            foreach (var topic in domain.Topics)
            {
                WriteTopic(w, topic, links);
            }
        }

        return w.ToString();
    }

    private static void WriteTopic(StringBuilder w, CatalogTopic topic, string links)
    {
        w.Append("\n### ").Append(topic.Name.Value).Append("\n\n");
        if (topic.Deprecated)
        {
            w.Append("**Deprecated**").Append(CatalogWords.Sunset(topic.Sunset)).Append(".\n\n");
        }

        if (topic.Description.Length > 0)
        {
            w.Append(MarkdownText.Paragraph(topic.Description)).Append("\n\n");
        }

        var settings = topic.Schema.Settings;
        w.Append("| | |\n|---|---|\n");
        Row(w, "pattern", topic.Name.Pattern.Segment());
        Row(w, "version", MarkdownText.Cell(topic.Version));
        Row(w, "owner", MarkdownText.Cell(topic.Owner));
        Row(w, "producers", MarkdownText.Cell(CatalogWords.Services(topic.Producers)));
        Row(w, "consumers", MarkdownText.Cell(CatalogWords.Services(topic.Consumers)));
        Row(w, "partitions", settings.Partitions.ToString(CultureInfo.InvariantCulture));
        Row(w, "retention", CatalogWords.Retention(settings.RetentionMs));
        Row(w, "compatibility", settings.Compatibility.ToRegistryName());
        Row(w, "dead-letter topic", "`" + topic.Name.DeadLetterTopic + "`");
        if (topic.Response is { } response)
        {
            Row(w, "response", TopicLink(response));
        }

        if (topic.Request is { } request)
        {
            Row(w, "answers", TopicLink(request));
        }

        Row(w, "schema", "[" + MarkdownText.Cell(topic.File) + "](" + links + "/" + topic.File + ")");
        w.Append('\n');

        if (topic.Fields.Count == 0)
        {
            w.Append("The payload has no declared fields.\n");
            return;
        }

        w.Append("| field | type | required | description |\n|---|---|---|---|\n");
        foreach (var field in topic.Fields)
        {
            w.Append("| ").Append(MarkdownText.Code(field.Path)).Append(" | ").Append(MarkdownText.Cell(field.Type))
                .Append(" | ").Append(field.Required ? "yes" : "no").Append(" | ").Append(MarkdownText.Cell(field.Description)).Append(" |\n");
        }
    }

    private static void Row(StringBuilder w, string label, string value) => w.Append("| ").Append(label).Append(" | ").Append(value).Append(" |\n");

    private static string TopicLink(TopicName topic) => "[" + topic.Value + "](#" + MarkdownText.Anchor(topic.Value) + ")";
}
