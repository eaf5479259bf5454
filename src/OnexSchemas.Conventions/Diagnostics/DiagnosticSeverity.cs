namespace OnexSchemas.Diagnostics;

/// <summary>How much a finding matters. Errors fail a run (exit code 1); warnings and infos do not.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
enum DiagnosticSeverity
{
    /// <summary>A hint that does not need action.</summary>
    Info,

    /// <summary>Something worth fixing that does not make the tree unusable.</summary>
    Warning,

    /// <summary>The tree is wrong: tools downstream would misbehave or the registry would refuse it.</summary>
    Error,
}
