using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>The document that local references (<c>#/...</c>) resolve against, and a key naming it in the ref cache.</summary>
/// <param name="Root">The document root.</param>
/// <param name="Key">A prefix that keeps pointers of different documents apart.</param>
internal readonly record struct DocumentScope(JsonElement Root, string Key);
