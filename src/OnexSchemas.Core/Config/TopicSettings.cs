using OnexSchemas.Compatibility;

namespace OnexSchemas.Config;

/// <summary>How a topic is provisioned and governed: the tree config's defaults, overridden per domain, then per topic.</summary>
/// <param name="Partitions">Partition count.</param>
/// <param name="ReplicationFactor">Replication factor.</param>
/// <param name="RetentionMs">Retention in milliseconds; -1 keeps messages forever.</param>
/// <param name="Compatibility">The registry compatibility level, parsed once where the config is read.</param>
/// <param name="DeprecationWindowDays">How long a superseded major stays before it may be removed.</param>
public sealed record TopicSettings(int Partitions, int ReplicationFactor, long RetentionMs, CompatibilityLevel Compatibility, int DeprecationWindowDays)
{
    /// <summary>The settings the architecture document gives when the tree config says nothing: 3 partitions, 7 days, BACKWARD, 6 months.</summary>
    public static TopicSettings Default { get; } = new(3, 1, 7L * 24 * 60 * 60 * 1000, CompatibilityLevel.Backward, 182);

    /// <summary>Retention as people write it: <c>7d</c>, <c>12h</c>, <c>forever</c>.</summary>
    public string RetentionText => RetentionMs switch
    {
        < 0 => "forever",
        var ms when ms % 86_400_000 == 0 => $"{ms / 86_400_000}d",
        var ms when ms % 3_600_000 == 0 => $"{ms / 3_600_000}h",
        var ms when ms % 60_000 == 0 => $"{ms / 60_000}m",
        var ms => $"{ms}ms",
    };
}
