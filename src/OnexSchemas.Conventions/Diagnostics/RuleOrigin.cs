namespace OnexSchemas.Diagnostics;

/// <summary>Which component reports a rule's findings.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
enum RuleOrigin
{
    /// <summary>The linter (<c>validate</c>, the MSBuild task): ONEX0xx.</summary>
    Lint,

    /// <summary>The SemVer governance of <c>check --against</c>: ONEX1xx.</summary>
    Governance,

    /// <summary>The Roslyn source generator, as compiler diagnostics: ONEXGxxx.</summary>
    Generator,

    /// <summary>The MSBuild task, about the build's own settings: ONEXBxxx.</summary>
    Build,
}
