using OnexSchemas.Diagnostics;
using static OnexSchemas.Diagnostics.DiagnosticSeverity;

namespace OnexSchemas.Governance;

/// <summary>The rules <c>onex-schemas check --against REF</c> applies to the change between a baseline and the working tree.</summary>
public static class GovernanceRules
{
    /// <summary>ONEX101.</summary>
    public static readonly RuleDescriptor VersionNotBumped = new("ONEX101", "version-bumped", Error,
        "A schema whose validation changed also changes `x-onex.version` (annotation-only changes may keep it).");

    /// <summary>ONEX102.</summary>
    public static readonly RuleDescriptor MinorBumpRequired = new("ONEX102", "minor-for-compatible", Error,
        "A compatible change to what a schema accepts is at least a minor bump; a patch bump is for annotations only.");

    /// <summary>ONEX103.</summary>
    public static readonly RuleDescriptor BreakingChange = new("ONEX103", "no-breaking-in-major", Error,
        "A change incompatible at the topic's compatibility level never lands in the same major: create `.v{N+1}` instead.");

    /// <summary>ONEX104.</summary>
    public static readonly RuleDescriptor VersionRegressed = new("ONEX104", "version-forward", Error,
        "A schema's version never goes backwards.");

    /// <summary>ONEX105.</summary>
    public static readonly RuleDescriptor VersionSkipped = new("ONEX105", "version-no-skip", Error,
        "A version moves by one step: MAJOR.MINOR.(PATCH+1) or MAJOR.(MINOR+1).0.");

    /// <summary>ONEX106.</summary>
    public static readonly RuleDescriptor NewMajorStartsAtZero = new("ONEX106", "new-major-initial-version", Error,
        "A new `.vN` file starts at version `N.0.0`.");

    /// <summary>ONEX107.</summary>
    public static readonly RuleDescriptor RemovedBeforeSunset = new("ONEX107", "keep-until-sunset", Error,
        "A topic is removed only after its successor exists and its `x-onex.sunset` date has passed.");

    /// <summary>ONEX108.</summary>
    public static readonly RuleDescriptor PredecessorDeprecated = new("ONEX108", "deprecate-predecessor", Error,
        "When `.v{N+1}` is added, `.vN` stays, with `x-onex.deprecated: true` and a `sunset` at least the deprecation window away.");

    /// <summary>All governance rules, in identifier order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        VersionNotBumped, MinorBumpRequired, BreakingChange, VersionRegressed, VersionSkipped, NewMajorStartsAtZero,
        RemovedBeforeSunset, PredecessorDeprecated,
    ];
}
