using Confluent.SchemaRegistry;
using OnexSchemas.Compatibility;

namespace OnexSchemas.Registrar;

/// <summary>The project's compatibility levels as Confluent.SchemaRegistry's enum names them.</summary>
internal static class ConfluentLevels
{
    public static Confluent.SchemaRegistry.Compatibility ToConfluent(this CompatibilityLevel level) => level switch
    {
        CompatibilityLevel.None => Confluent.SchemaRegistry.Compatibility.None,
        CompatibilityLevel.Backward => Confluent.SchemaRegistry.Compatibility.Backward,
        CompatibilityLevel.BackwardTransitive => Confluent.SchemaRegistry.Compatibility.BackwardTransitive,
        CompatibilityLevel.Forward => Confluent.SchemaRegistry.Compatibility.Forward,
        CompatibilityLevel.ForwardTransitive => Confluent.SchemaRegistry.Compatibility.ForwardTransitive,
        CompatibilityLevel.Full => Confluent.SchemaRegistry.Compatibility.Full,
        CompatibilityLevel.FullTransitive => Confluent.SchemaRegistry.Compatibility.FullTransitive,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static CompatibilityLevel FromConfluent(this Confluent.SchemaRegistry.Compatibility level) => level switch
    {
        Confluent.SchemaRegistry.Compatibility.None => CompatibilityLevel.None,
        Confluent.SchemaRegistry.Compatibility.Backward => CompatibilityLevel.Backward,
        Confluent.SchemaRegistry.Compatibility.BackwardTransitive => CompatibilityLevel.BackwardTransitive,
        Confluent.SchemaRegistry.Compatibility.Forward => CompatibilityLevel.Forward,
        Confluent.SchemaRegistry.Compatibility.ForwardTransitive => CompatibilityLevel.ForwardTransitive,
        Confluent.SchemaRegistry.Compatibility.Full => CompatibilityLevel.Full,
        Confluent.SchemaRegistry.Compatibility.FullTransitive => CompatibilityLevel.FullTransitive,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
