namespace OnexSchemas.Compatibility.Tests;

/// <summary>Expected compatibility under each policy.</summary>
public sealed record Verdict(bool Strict, bool Lenient)
{
    public bool For(CompatibilityPolicy policy) => policy == CompatibilityPolicy.Strict ? Strict : Lenient;
}
