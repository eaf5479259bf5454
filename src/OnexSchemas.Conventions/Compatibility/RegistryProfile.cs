namespace OnexSchemas.Compatibility;

/// <summary>
/// Whose schema registry the registry verdict predicts. Both speak Confluent's REST API, but their JSON Schema
/// checkers are different programs and answer differently in places (docs/compatibility.md lists each difference).
/// </summary>
public enum RegistryProfile
{
    /// <summary><c>redpanda</c>: Redpanda's Schema Registry, the production registry and the default.</summary>
    Redpanda,

    /// <summary><c>confluent</c>: Confluent's Schema Registry, the reference implementation.</summary>
    Confluent,
}
