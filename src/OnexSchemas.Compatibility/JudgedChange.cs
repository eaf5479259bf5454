namespace OnexSchemas.Compatibility;

/// <summary>A change together with its verdict and where it came from.</summary>
/// <param name="Change">The change.</param>
/// <param name="IsCompatible">Whether the registry accepts it at the checked level and policy.</param>
/// <param name="Direction">Whether it was found diffing old to new (BACKWARD) or new to old (FORWARD).</param>
/// <param name="PreviousVersion">The earlier version compared with: its 1-based position in the list, oldest first.</param>
public sealed record JudgedChange(SchemaChange Change, bool IsCompatible, CheckDirection Direction, int PreviousVersion)
{
    /// <summary>For example <c>TYPE_CHANGED #/properties/a (backward, v2): incompatible</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"{Change} ({(Direction == CheckDirection.Backward ? "backward" : "forward")}, v{PreviousVersion}): {(IsCompatible ? "compatible" : "incompatible")}";
}
