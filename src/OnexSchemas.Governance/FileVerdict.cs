namespace OnexSchemas.Governance;

/// <summary>The one-word verdict on a changed file, as the PR summary and <c>check --format json</c> print it.</summary>
public enum FileVerdict
{
    /// <summary>A new schema file.</summary>
    Added,

    /// <summary>A schema file gone from the working tree.</summary>
    Removed,

    /// <summary>Only annotations changed (title, description, default, id): a patch.</summary>
    Annotations,

    /// <summary>Validation changed and the registry accepts it at the topic's level: a minor bump.</summary>
    Compatible,

    /// <summary>The registry refuses the change at the topic's level: a new major topic.</summary>
    Breaking,
}
