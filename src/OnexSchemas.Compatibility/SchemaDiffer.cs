using System.Text.Json;
using OnexSchemas.Compatibility.Diff;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility;

/// <summary>
/// Walks two JSON Schemas and reports every difference as a located <see cref="SchemaChange"/>, in the direction
/// the registry uses: <c>original</c> is the registered version, <c>update</c> the one being registered.
/// </summary>
public static class SchemaDiffer
{
    // A safety net only: each extra pass turns at least one assumed-compatible pair incompatible.
    private const int MaxPasses = 64;

    /// <summary>Compares two schemas under the registry's default (STRICT) policy.</summary>
    /// <param name="original">The earlier schema.</param>
    /// <param name="update">The later schema.</param>
    /// <param name="resolver">Resolves references outside each document; local references are always followed.</param>
    /// <returns>The changes; empty when the schemas are equivalent to the registry.</returns>
    public static IReadOnlyList<SchemaChange> Compare(JsonElement original, JsonElement update, SchemaResolver? resolver = null) =>
        Compare(original, update, CompatibilityPolicy.Strict, resolver);

    /// <summary>
    /// Compares two schemas under a policy. The policy matters because some rules report differently depending on
    /// whether a sub-comparison is compatible (a property covered by patternProperties, a oneOf branch, a not).
    /// </summary>
    /// <param name="original">The earlier schema.</param>
    /// <param name="update">The later schema.</param>
    /// <param name="policy">The policy sub-comparisons are judged under.</param>
    /// <param name="resolver">Resolves references outside each document; local references are always followed.</param>
    /// <returns>The changes; empty when the schemas are equivalent to the registry.</returns>
    public static IReadOnlyList<SchemaChange> Compare(
        JsonElement original, JsonElement update, CompatibilityPolicy policy, SchemaResolver? resolver = null) =>
        Compare(SchemaLoader.Load(original, resolver), SchemaLoader.Load(update, resolver), policy);

    /// <summary>Compares two loaded schemas; loading once lets a checker reuse a version against many others.</summary>
    /// <param name="original">The earlier schema.</param>
    /// <param name="update">The later schema.</param>
    /// <param name="policy">The policy sub-comparisons are judged under.</param>
    /// <returns>The changes.</returns>
    internal static List<SchemaChange> Compare(SchemaNode original, SchemaNode update, CompatibilityPolicy policy)
    {
        // Most schemas finish in one pass; a recursive one needs another only when a cycle was cut under a
        // verdict the pass then disproved. Verdicts only move towards incompatible, so this converges.
        IReadOnlyDictionary<NodePair, PairResult>? assumptions = null;
        for (var pass = 1; ; pass++)
        {
            var ctx = new DiffContext(policy, assumptions);
            NodeComparer.Compare(ctx, original, update);
            if (!ctx.NeedsAnotherPass || pass == MaxPasses)
            {
                return ctx.Changes;
            }

            assumptions = ctx.Results;
        }
    }
}
