namespace OnexSchemas.Catalog.Model;

/// <summary>The topics of one domain (<c>omninode.{domain}.…</c>), in topic order.</summary>
/// <param name="Name">The domain segment.</param>
/// <param name="Topics">Its topics.</param>
public sealed record CatalogDomain(string Name, IReadOnlyList<CatalogTopic> Topics);
