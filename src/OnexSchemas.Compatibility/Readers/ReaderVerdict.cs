namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// The reader verdict: compatible only when every message valid under the writing schema is valid under the reading
/// schema, in each direction the level checks. It never guesses: what it cannot decide counts as breaking.
/// </summary>
/// <param name="IsCompatible">No finding in any checked direction.</param>
/// <param name="Level">The level checked.</param>
/// <param name="Findings">Each way a reader may refuse a writer's message, with a counterexample where one was found.</param>
public sealed record ReaderVerdict(bool IsCompatible, CompatibilityLevel Level, IReadOnlyList<ReaderFinding> Findings);
