namespace OnexSchemas.Catalog.Model;

/// <summary>One version of a topic's schema in git: where its <c>x-onex.version</c> first took this value.</summary>
/// <param name="Version">The <c>x-onex.version</c> text.</param>
/// <param name="Commit">The commit that first had it.</param>
/// <param name="Date">That commit's date.</param>
/// <param name="FromPrevious">The compatibility checker's verdict on the change from the version before; null for the first.</param>
public sealed record SchemaVersionEntry(string Version, string Commit, DateTimeOffset Date, VersionStep? FromPrevious);
