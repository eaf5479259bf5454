using System.Text.Json;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>One old/new pair from Cases/*.json with its expected changes and verdicts.</summary>
public sealed record CompatibilityCase(
    string Id,
    JsonElement Original,
    JsonElement Update,
    IReadOnlyList<string> Changes,
    IReadOnlyList<string> ChangesLenient,
    Verdict Backward,
    Verdict? Forward,
    Verdict? Full);
