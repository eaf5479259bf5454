namespace OnexSchemas.Registry;

/// <summary>
/// The registry's schema type a topic is registered as. JSON today; the type is a dimension of every registered form
/// and every registrar decision, so that an Avro wire format can join without touching the rest.
/// </summary>
public enum RegistrySchemaType
{
    /// <summary><c>JSON</c>: JSON Schema.</summary>
    Json,
}
