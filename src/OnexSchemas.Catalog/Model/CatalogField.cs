namespace OnexSchemas.Catalog.Model;

/// <summary>One member of a topic's payload, nested members flattened under their parent's path.</summary>
/// <param name="Path">The member's path in the payload: <c>code_content</c>, <c>task.name</c>, <c>issues[].line</c>.</param>
/// <param name="Type">What the schema allows, in words: <c>string (uuid)</c>, <c>integer, 0–100</c>, <c>array of object, ≤ 50 items</c>.</param>
/// <param name="Required">Whether the member must be present where its parent is.</param>
/// <param name="Description">The schema's description, or empty.</param>
public sealed record CatalogField(string Path, string Type, bool Required, string Description);
