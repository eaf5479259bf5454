namespace OnexSchemas.Compatibility.Diff;

/// <summary>What <see cref="DiffContext.PushFrame"/> saved, to be restored by <see cref="DiffContext.PopFrame"/>.</summary>
/// <param name="Depth">The frame's depth in the stack of pairs being compared.</param>
/// <param name="Saved">The change list of the caller.</param>
/// <param name="SavedCycleFloor">The caller's shallowest cycle target.</param>
/// <param name="Prefix">The path of the pair.</param>
internal readonly record struct TrackedFrame(int Depth, List<SchemaChange> Saved, int SavedCycleFloor, string Prefix);
