namespace OnexSchemas.Compatibility;

/// <summary>One change type's verdict and reason.</summary>
/// <param name="Type">The change type the rule judges.</param>
/// <param name="BackwardCompatibleStrict">Whether the change keeps BACKWARD compatibility under STRICT.</param>
/// <param name="BackwardCompatibleLenient">Whether the change keeps BACKWARD compatibility under LENIENT.</param>
/// <param name="AnnotationOnly">Whether the change touches annotations only and never validation.</param>
/// <param name="Emitted">Whether this engine ever reports the change (some need registry metadata).</param>
/// <param name="Reason">One sentence saying why the verdict holds.</param>
internal sealed record ChangeRule(
    SchemaChangeType Type,
    bool BackwardCompatibleStrict,
    bool BackwardCompatibleLenient,
    bool AnnotationOnly,
    bool Emitted,
    string Reason);
