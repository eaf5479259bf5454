namespace OnexSchemas.Compatibility;

/// <summary>Which way a change was found.</summary>
public enum CheckDirection
{
    /// <summary>Diff from the earlier version to the update: can the update read old data?</summary>
    Backward,

    /// <summary>Diff from the update to the earlier version: can old readers read the update's data?</summary>
    Forward,
}
