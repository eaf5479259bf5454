using System.Text.Json;

namespace OnexSchemas.Compatibility;

/// <summary>
/// Resolves a <c>$ref</c> that does not point into the schema's own document (for example <c>common.json</c> or
/// <c>common.json#/definitions/id</c>).
/// </summary>
/// <param name="document">The document the reference appears in.</param>
/// <param name="reference">The reference exactly as written.</param>
/// <returns>The referenced schema, or <see langword="null"/> when it cannot be found; an unresolved reference is
/// compared by its text.</returns>
public delegate JsonElement? SchemaResolver(JsonElement document, string reference);
