using System.Text.Json;

namespace OnexSchemas.Registry.Server;

/// <summary>A schema as a client sent it, read and checked: what register, lookup and compatibility work on.</summary>
/// <param name="Type">The schema type.</param>
/// <param name="Text">The text to store: compacted, or normalized when asked.</param>
/// <param name="Root">The parsed schema.</param>
/// <param name="References">The schema references, each to a live subject version.</param>
/// <param name="Resolver">Resolves the schema's <c>$ref</c>s to the referenced schemas by their names.</param>
/// <param name="ImportId">The id the client gives (IMPORT mode only).</param>
/// <param name="ImportVersion">The version the client gives (IMPORT mode only).</param>
internal sealed record SchemaSubmission(
    RegistrySchemaType Type,
    string Text,
    JsonElement Root,
    IReadOnlyList<StoredReference> References,
    Compatibility.SchemaResolver Resolver,
    int? ImportId,
    int? ImportVersion);
