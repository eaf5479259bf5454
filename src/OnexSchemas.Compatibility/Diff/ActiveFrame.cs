namespace OnexSchemas.Compatibility.Diff;

/// <summary>A node pair being compared, and what <see cref="DiffContext.PopFrame"/> restores when it is done.</summary>
/// <param name="CaptureDepth">How many sub-comparisons were being captured when the pair started.</param>
/// <param name="Saved">The caller's change list.</param>
/// <param name="Prefix">The pair's path.</param>
internal readonly record struct ActiveFrame(int CaptureDepth, List<SchemaChange> Saved, string Prefix);
