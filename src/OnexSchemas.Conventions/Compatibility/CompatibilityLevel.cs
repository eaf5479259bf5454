namespace OnexSchemas.Compatibility;

/// <summary>The registry's compatibility levels.</summary>
public enum CompatibilityLevel
{
    /// <summary><c>NONE</c>: every update is accepted.</summary>
    None,

    /// <summary><c>BACKWARD</c>: readers of the update can read data written with the latest version.</summary>
    Backward,

    /// <summary><c>BACKWARD_TRANSITIVE</c>: BACKWARD against every earlier version.</summary>
    BackwardTransitive,

    /// <summary><c>FORWARD</c>: readers of the latest version can read data written with the update.</summary>
    Forward,

    /// <summary><c>FORWARD_TRANSITIVE</c>: FORWARD against every earlier version.</summary>
    ForwardTransitive,

    /// <summary><c>FULL</c>: both BACKWARD and FORWARD against the latest version.</summary>
    Full,

    /// <summary><c>FULL_TRANSITIVE</c>: both BACKWARD and FORWARD against every earlier version.</summary>
    FullTransitive,
}
