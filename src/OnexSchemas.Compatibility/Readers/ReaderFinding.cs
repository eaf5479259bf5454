namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// One way the reading schema may refuse a message the writing schema accepts.
/// </summary>
/// <param name="Path">Where in the reading schema, registry-style (<c>#/properties/amount/maximum</c>).</param>
/// <param name="Keyword">The reading schema's keyword that refuses, for example <c>maximum</c> or <c>required</c>.</param>
/// <param name="Message">What the reader refuses that the writer allows.</param>
/// <param name="Decided">
/// False when the model cannot decide the pair (two different patterns, a keyword it does not model): the change
/// still counts as breaking, because a verdict that guesses compatible is the failure this checker exists to prevent.
/// </param>
/// <param name="Direction">Which way the check ran: BACKWARD (old writes, new reads) or FORWARD.</param>
/// <param name="Version">The earlier version, counted from 1, the update was checked against.</param>
/// <param name="Counterexample">
/// A message, as compact JSON, that the writing schema accepts and the reading schema refuses, shrunk to the fewest
/// members; null when none was found (the verdict stays breaking).
/// </param>
public sealed record ReaderFinding(
    string Path,
    string Keyword,
    string Message,
    bool Decided,
    CheckDirection Direction,
    int Version,
    string? Counterexample)
{
    /// <inheritdoc />
    public override string ToString() => $"{Keyword} at {Path}: {Message}";
}
