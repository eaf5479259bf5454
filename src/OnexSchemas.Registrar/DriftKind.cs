namespace OnexSchemas.Registrar;

/// <summary>How the registry differs from the tree for one subject.</summary>
public enum DriftKind
{
    /// <summary>The tree has the subject; the registry does not.</summary>
    Missing,

    /// <summary>The registry has a subject the tree does not.</summary>
    Extra,

    /// <summary>The registry's latest version is not the tree's schema.</summary>
    Differs,

    /// <summary>The subject's level in the registry is not the tree config's.</summary>
    LevelDiffers,
}
