namespace OnexSchemas.Compatibility;

/// <summary>The smallest semantic-version bump an update needs.</summary>
public enum RequiredBump
{
    /// <summary>Nothing changed.</summary>
    None,

    /// <summary>Only annotations (id, title, description, default) changed.</summary>
    Patch,

    /// <summary>Validation changed, compatibly at the checked level.</summary>
    Minor,

    /// <summary>Some change is incompatible at the checked level.</summary>
    Major,
}
