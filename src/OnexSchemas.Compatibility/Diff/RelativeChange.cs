namespace OnexSchemas.Compatibility.Diff;

/// <summary>A memoised change, with its path relative to the node pair that produced it.</summary>
/// <param name="Type">The change type.</param>
/// <param name="Suffix">The path below the pair's own path; empty for the pair itself.</param>
internal readonly record struct RelativeChange(SchemaChangeType Type, string Suffix);
