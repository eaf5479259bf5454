using OnexSchemas.Catalog.Model;
using OnexSchemas.Model;
using OnexSchemas.Naming;
using OnexSchemas.References;
using OnexSchemas.Registry;

namespace OnexSchemas.Catalog;

/// <summary>Builds the catalog of a loaded tree: its topics grouped by domain, each with its pairing and field table.</summary>
public static class EventCatalogBuilder
{
    /// <summary>The catalog of <paramref name="tree"/>'s topics (files that did not load are not in it).</summary>
    /// <param name="tree">The loaded tree.</param>
    /// <param name="history">Each topic's versions (<see cref="CatalogHistory"/>), or null for a catalog without history.</param>
    public static EventCatalog Build(SchemaTree tree, IReadOnlyDictionary<string, IReadOnlyList<SchemaVersionEntry>>? history = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var names = tree.Topics.Select(topic => topic.Name.Value).ToHashSet(StringComparer.Ordinal);
        var resolver = new ReferenceResolver(tree);
        var (forms, problems) = RegisteredForms.Build(tree);
        var registered = forms.ToDictionary(form => form.Topic.Value, StringComparer.Ordinal);
        var domains = tree.Topics
            .GroupBy(topic => topic.Name.Domain, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new CatalogDomain(
                group.Key,
                group.OrderBy(topic => topic.Name.Value, StringComparer.Ordinal).Select(topic => Topic(topic, names, resolver, registered.GetValueOrDefault(topic.Name.Value), history?.GetValueOrDefault(topic.Name.Value))).ToList()))
            .ToList();
        return new EventCatalog(tree, domains, problems);
    }

    private static CatalogTopic Topic(TopicSchema topic, HashSet<string> names, ReferenceResolver resolver, RegisteredForm? registered, IReadOnlyList<SchemaVersionEntry>? history)
    {
        var root = topic.Document.Root;
        var response = topic.Name.ResponseTopic is { } implied && names.Contains(implied.Value) ? implied : null;
        var request = topic.Name.Pattern == EventPattern.Response
            && topic.Name with { Pattern = EventPattern.Request } is var asked && names.Contains(asked.Value)
            ? asked
            : null;
        return new CatalogTopic(
            topic,
            FieldTable.Text(root, "title") ?? topic.Name.Value,
            FieldTable.Text(root, "description") ?? string.Empty,
            response,
            request,
            FieldTable.For(resolver, topic.Document),
            registered,
            history);
    }
}
