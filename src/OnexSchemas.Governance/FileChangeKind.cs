namespace OnexSchemas.Governance;

/// <summary>What happened to a schema file between the baseline and the working tree.</summary>
public enum FileChangeKind
{
    /// <summary>New in the working tree.</summary>
    Added,

    /// <summary>Gone from the working tree.</summary>
    Removed,

    /// <summary>Present in both, with different content.</summary>
    Modified,
}
