using System.Text.Json;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Redpanda;

internal sealed partial class RedpandaSuperset
{
    private static readonly (string Keyword, CombinedCriterion Criterion)[] Combinators =
    [
        ("oneOf", CombinedCriterion.OneOf), ("allOf", CombinedCriterion.AllOf), ("anyOf", CombinedCriterion.AnyOf),
    ];

    // "not" on one side only is a type change, even when dropping it loosens the schema; on both sides the
    // writer's not must exclude no more than the reader's, which is the superset check with the roles swapped.
    private void NotSuperset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        var hasReader = reader.TryGet("not", out var readerNot);
        var hasWriter = writer.TryGet("not", out var writerNot);
        if (hasReader != hasWriter)
        {
            res.Add(new SchemaChange(SchemaChangeType.TypeChanged, p));
        }
        else if (hasReader && !Compatible(writerDocument, readerDocument, writerNot, readerNot))
        {
            res.Add(new SchemaChange(SchemaChangeType.NotTypeExtended, RedpandaPath.Join(p, "not")));
        }
    }

    private void CombinatorSuperset(RedpandaDocument readerDocument, RedpandaDocument writerDocument, RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        var readerCombinator = CombinatorOf(reader);
        var writerCombinator = CombinatorOf(writer);
        if (readerCombinator is not { } rc)
        {
            return; // the writer's combinator is not looked at when the reader has none
        }

        if (writerCombinator is not { } wc)
        {
            // Even a one-branch wrapper the writer lacks (Confluent unwraps it and compares the branch).
            res.Add(new SchemaChange(SchemaChangeType.CombinedTypeChanged, p));
            return;
        }

        var readerBranches = reader.Get(rc.Keyword).EnumerateArray().ToList();
        var writerBranches = writer.Get(wc.Keyword).EnumerateArray().ToList();
        if (rc.Criterion != CombinedCriterion.AnyOf && rc.Criterion != wc.Criterion)
        {
            bool ok;
            if (readerBranches.Count == 1 && writerBranches.Count == 1)
            {
                ok = Compatible(readerDocument, writerDocument, readerBranches[0], writerBranches[0]);
            }
            else if (readerBranches.Count == 1 && wc.Criterion == CombinedCriterion.AllOf)
            {
                ok = writerBranches.Any(branch => Compatible(readerDocument, writerDocument, readerBranches[0], branch));
            }
            else if (rc.Criterion == CombinedCriterion.OneOf && writerBranches.Count == 1)
            {
                ok = readerBranches.Any(branch => Compatible(readerDocument, writerDocument, branch, writerBranches[0]));
            }
            else
            {
                res.Add(new SchemaChange(SchemaChangeType.CombinedTypeChanged, p));
                return;
            }

            if (!ok)
            {
                res.Add(new SchemaChange(SchemaChangeType.CombinedTypeSubschemasChanged, p));
            }

            return;
        }

        // Branch counts are compared as written: duplicates are not collapsed (Confluent collapses them).
        if (readerBranches.Count > writerBranches.Count && rc.Criterion == CombinedCriterion.AllOf)
        {
            res.Add(new SchemaChange(SchemaChangeType.ProductTypeExtended, p));
            return;
        }

        if (readerBranches.Count < writerBranches.Count && wc.Criterion is CombinedCriterion.AnyOf or CombinedCriterion.OneOf)
        {
            res.Add(new SchemaChange(SchemaChangeType.SumTypeNarrowed, p));
            return;
        }

        // Each branch of the shorter list needs its own compatible partner: a maximum matching must cover it.
        var costs = new long[readerBranches.Count, writerBranches.Count];
        for (var r = 0; r < readerBranches.Count; r++)
        {
            for (var w = 0; w < writerBranches.Count; w++)
            {
                costs[r, w] = Compatible(readerDocument, writerDocument, readerBranches[r], writerBranches[w]) ? 0 : Diff.BipartiteMatcher.NoEdge;
            }
        }

        var matched = Diff.BipartiteMatcher.Match(costs).Count(column => column >= 0);
        if (matched != Math.Min(readerBranches.Count, writerBranches.Count))
        {
            res.Add(new SchemaChange(SchemaChangeType.CombinedTypeSubschemasChanged, p));
        }
    }

    // Redpanda compares one combinator per schema and refuses a schema with two (oneOf beside anyOf, ...).
    private static (string Keyword, CombinedCriterion Criterion)? CombinatorOf(RedpandaSchema schema)
    {
        (string, CombinedCriterion)? found = null;
        foreach (var combinator in Combinators)
        {
            if (schema.TryGet(combinator.Keyword, out _))
            {
                if (found is not null)
                {
                    throw RedpandaRefusal.Invalid($"{RegistryText.Compact(schema.Element)} has more than one combinator");
                }

                found = combinator;
            }
        }

        return found;
    }
}
