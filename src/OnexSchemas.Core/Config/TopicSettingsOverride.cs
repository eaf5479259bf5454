using OnexSchemas.Compatibility;

namespace OnexSchemas.Config;

/// <summary>The settings a domain or topic entry changes; null leaves the inherited value.</summary>
public sealed record TopicSettingsOverride(int? Partitions, int? ReplicationFactor, long? RetentionMs, CompatibilityLevel? Compatibility, int? DeprecationWindowDays)
{
    /// <summary>Applies this override on top of inherited settings.</summary>
    public TopicSettings ApplyTo(TopicSettings inherited) => new(
        Partitions ?? inherited.Partitions,
        ReplicationFactor ?? inherited.ReplicationFactor,
        RetentionMs ?? inherited.RetentionMs,
        Compatibility ?? inherited.Compatibility,
        DeprecationWindowDays ?? inherited.DeprecationWindowDays);
}
