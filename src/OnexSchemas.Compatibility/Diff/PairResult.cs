namespace OnexSchemas.Compatibility.Diff;

/// <summary>The outcome of comparing one node pair: its changes relative to the pair's path, and its verdict.</summary>
/// <param name="Changes">The changes, with paths relative to the pair.</param>
/// <param name="IsCompatible">Whether every change is compatible under the policy.</param>
internal sealed record PairResult(RelativeChange[] Changes, bool IsCompatible);
