namespace OnexSchemas.Compatibility;

/// <summary>How strictly the registry judges JSON Schema changes.</summary>
public enum CompatibilityPolicy
{
    /// <summary>The registry default: readers are assumed to validate against the content model as written.</summary>
    Strict,

    /// <summary>
    /// The registry's robustness-principle policy: readers are assumed to ignore properties they do not know, so
    /// adding optional properties to open models and closing models are accepted.
    /// </summary>
    Lenient,
}
