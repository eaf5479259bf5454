using OnexSchemas.Model;
using OnexSchemas.Registry;

namespace OnexSchemas.Catalog.Model;

/// <summary>The catalog of a tree: its domains and topics, built by <see cref="EventCatalogBuilder"/> and written by the formats.</summary>
/// <param name="Tree">The tree it was built from.</param>
/// <param name="Domains">The domains in name order.</param>
/// <param name="Problems">Why a topic's registered form could not be built, for the formats that need it.</param>
public sealed record EventCatalog(SchemaTree Tree, IReadOnlyList<CatalogDomain> Domains, IReadOnlyList<RegisteredFormProblem> Problems)
{
    /// <summary>Every topic, in domain and topic order.</summary>
    public IEnumerable<CatalogTopic> Topics => Domains.SelectMany(domain => domain.Topics);

    /// <summary>Every service named as an owner, producer or consumer, in name order.</summary>
    public IReadOnlyList<string> Services =>
        Topics.SelectMany(topic => topic.Producers.Concat(topic.Consumers).Append(topic.Owner))
            .Where(service => service != "?")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>How many topics, domains and services, in words: <c>46 topics in 10 domains, 12 services</c>.</summary>
    public string Summary =>
        CatalogWords.Count(Topics.Count(), "topic") + " in " + CatalogWords.Count(Domains.Count, "domain") + ", " + CatalogWords.Count(Services.Count, "service");

    /// <summary>The topic named <paramref name="name"/>, or null.</summary>
    public CatalogTopic? Find(string name) => Topics.FirstOrDefault(topic => topic.Name.Value == name);
}
