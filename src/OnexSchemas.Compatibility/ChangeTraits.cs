namespace OnexSchemas.Compatibility;

/// <summary>Properties of a <see cref="SchemaChangeType"/> beside its verdict.</summary>
[Flags]
public enum ChangeTraits
{
    /// <summary>A change of validation that <see cref="SchemaDiffer"/> reports.</summary>
    None = 0,

    /// <summary>The change touches annotations only (id, title, description, default), never validation.</summary>
    AnnotationOnly = 1,

    /// <summary>
    /// This engine never reports the change: it needs registry metadata, or it is an old registry name kept only so
    /// that old output still parses.
    /// </summary>
    NeverReported = 2,
}
