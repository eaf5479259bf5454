using OnexSchemas.Compatibility;

namespace OnexSchemas.Governance;

/// <summary>What a governance check needs beyond the two trees.</summary>
public sealed record GovernanceOptions
{
    /// <summary>The day sunset dates are judged on.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The registry's compatibility policy (Confluent's; Redpanda has only STRICT).</summary>
    public CompatibilityPolicy Policy { get; init; } = CompatibilityPolicy.Strict;

    /// <summary>Whose registry the registry verdict predicts; <see langword="null"/> takes the working tree's config.</summary>
    public RegistryProfile? Profile { get; init; }
}
