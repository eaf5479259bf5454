using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// allOf (product), anyOf / oneOf / type lists (sum): the combinator change, the branch count, and a one-to-one
/// pairing of compatible branches.
/// </summary>
internal static class CombinedSchemaDiff
{
    /// <summary>
    /// The registry's special cases between a combined and a plain schema: a one-branch combinator stands for its
    /// branch, a plain schema that becomes a union is SUM_TYPE_EXTENDED when some branch accepts it, and an allOf
    /// that becomes one of its branches is PRODUCT_TYPE_NARROWED.
    /// </summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original node.</param>
    /// <param name="update">The updated node.</param>
    /// <returns>Whether a special case decided the comparison.</returns>
    public static bool TryBridge(DiffContext ctx, SchemaNode original, SchemaNode update)
    {
        var originalCombined = original.Kind == SchemaKind.Combined;
        var updateCombined = update.Kind == SchemaKind.Combined;
        if (!originalCombined && updateCombined)
        {
            var branches = update.Subschemas;
            if (branches.Length == 1)
            {
                return TakeIfCompatible(ctx, NodeComparer.Capture(ctx, original, branches[0]), null);
            }

            if (update.Criterion != CombinedCriterion.AllOf)
            {
                foreach (var branch in branches)
                {
                    if (TakeIfCompatible(ctx, NodeComparer.Capture(ctx, original, branch), SchemaChangeType.SumTypeExtended))
                    {
                        return true;
                    }
                }
            }
        }
        else if (originalCombined && !updateCombined)
        {
            var branches = original.Subschemas;
            if (branches.Length == 1)
            {
                return TakeIfCompatible(ctx, NodeComparer.Capture(ctx, branches[0], update), null);
            }

            if (original.Criterion == CombinedCriterion.AllOf)
            {
                foreach (var branch in branches)
                {
                    if (TakeIfCompatible(ctx, NodeComparer.Capture(ctx, branch, update), SchemaChangeType.ProductTypeNarrowed))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Compares two combined schemas.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original node.</param>
    /// <param name="update">The updated node.</param>
    public static void Compare(DiffContext ctx, SchemaNode original, SchemaNode update)
    {
        var criterion = CompareCriteria(original, update);
        if (criterion is { } change)
        {
            ctx.Add(change);
            if (change == SchemaChangeType.CombinedTypeChanged)
            {
                return;
            }
        }

        var olds = original.Subschemas;
        var news = update.Subschemas;
        if (olds.Length < news.Length)
        {
            ctx.Add(update.Criterion == CombinedCriterion.AllOf ? SchemaChangeType.ProductTypeExtended : SchemaChangeType.SumTypeExtended);
        }
        else if (olds.Length > news.Length)
        {
            // Growth is named by the update's combinator, shrinkage by the original's, as the registry names them:
            // allOf [A, B] -> anyOf [A] lost a product branch (compatible), not a sum branch.
            ctx.Add(original.Criterion == CombinedCriterion.AllOf ? SchemaChangeType.ProductTypeNarrowed : SchemaChangeType.SumTypeNarrowed);
        }

        var costs = new long[olds.Length, news.Length];
        var edges = new List<SchemaChange>?[olds.Length, news.Length];
        for (var i = 0; i < olds.Length; i++)
        {
            // Branch changes are reported under the original's branch index.
            ctx.Enter(PathSegments.Branch(original.Criterion, i));
            for (var j = 0; j < news.Length; j++)
            {
                var changes = NodeComparer.Capture(ctx, olds[i], news[j]);
                if (ctx.IsCompatible(changes))
                {
                    edges[i, j] = changes;
                    costs[i, j] = changes.Count;
                }
                else
                {
                    costs[i, j] = BipartiteMatcher.NoEdge;
                }
            }

            ctx.Exit();
        }

        var match = BipartiteMatcher.Match(costs);
        var matched = 0;
        for (var i = 0; i < match.Length; i++)
        {
            if (match[i] >= 0)
            {
                ctx.Changes.AddRange(edges[i, match[i]]!);
                matched++;
            }
        }

        if (matched < Math.Min(olds.Length, news.Length))
        {
            ctx.Add(SchemaChangeType.CombinedTypeSubschemasChanged);
        }
    }

    private static SchemaChangeType? CompareCriteria(SchemaNode original, SchemaNode update)
    {
        if (original.Criterion == update.Criterion)
        {
            return null;
        }

        // The registry's compareCriteria: anything may relax to anyOf; one branch may become a oneOf of several; an
        // allOf may narrow to one branch (which then stands for itself under any combinator); everything else changed.
        var originalSingle = original.Subschemas.Length == 1;
        var updateSingle = update.Subschemas.Length == 1;
        var extended = update.Criterion == CombinedCriterion.AnyOf
            || (originalSingle && updateSingle)
            || (originalSingle && update.Criterion == CombinedCriterion.OneOf)
            || (updateSingle && original.Criterion == CombinedCriterion.AllOf);
        return extended ? SchemaChangeType.CombinedTypeExtended : SchemaChangeType.CombinedTypeChanged;
    }

    private static bool TakeIfCompatible(DiffContext ctx, List<SchemaChange> changes, SchemaChangeType? marker)
    {
        if (!ctx.IsCompatible(changes))
        {
            return false;
        }

        ctx.Changes.AddRange(changes);
        if (marker is { } type)
        {
            ctx.Add(type);
        }

        return true;
    }
}
