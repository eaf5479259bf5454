namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>
/// Redpanda's wording of an incompatibility. It copies Confluent's sentences, except that a closed content model
/// is "the new has a closed content model" (no "schema"), and it has a sentence of its own for <c>UNKNOWN</c>.
/// </summary>
internal static class RedpandaMessages
{
    /// <summary>One change as Redpanda lists it in a 409 response.</summary>
    public static string Format(SchemaChange change, string reader, string writer) =>
        "{errorType:\"" + change.TypeName + "\", description:\"" + Describe(change.Type, change.Path, reader, writer) + "\"}";

    private static string Describe(SchemaChangeType type, string path, string reader, string writer) => type switch
    {
        SchemaChangeType.PropertyRemovedFromClosedContentModel or SchemaChangeType.ItemRemovedFromClosedContentModel =>
            $"The {reader} has a closed content model and is missing a property or item present at path '{path}' in the {writer} schema",
        SchemaChangeType.Unknown => $"{reader} schema is not compatible with {writer} schema: check '{path}'",
        _ => RegistryMessages.Describe(type, path, reader, writer),
    };
}
