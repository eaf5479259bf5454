using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// The registry's top-level comparison of two schemas: missing schemas, combined-versus-plain bridging, the class
/// check, then annotations and the rules of the node's kind.
/// </summary>
internal static class NodeComparer
{
    /// <summary>Compares two schemas, either of which may be absent, at the current path.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original schema, if any.</param>
    /// <param name="update">The updated schema, if any.</param>
    public static void Compare(DiffContext ctx, SchemaNode? original, SchemaNode? update)
    {
        if (original is null)
        {
            if (update is not null)
            {
                ctx.Add(SchemaChangeType.SchemaAdded);
            }

            return;
        }

        if (update is null)
        {
            ctx.Add(SchemaChangeType.SchemaRemoved);
            return;
        }

        if (original.IsRefTarget || update.IsRefTarget)
        {
            CompareTracked(ctx, original, update);
        }
        else
        {
            CompareCore(ctx, original, update);
        }
    }

    /// <summary>Compares two schemas into a separate list, for rules that report differently depending on the verdict.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original schema.</param>
    /// <param name="update">The updated schema.</param>
    /// <returns>The changes, not yet reported.</returns>
    public static List<SchemaChange> Capture(DiffContext ctx, SchemaNode? original, SchemaNode? update)
    {
        var saved = ctx.BeginCapture();
        Compare(ctx, original, update);
        return ctx.EndCapture(saved);
    }

    private static void CompareTracked(DiffContext ctx, SchemaNode original, SchemaNode update)
    {
        var pair = new NodePair(original, update);
        if (ctx.TryReplay(pair) || ctx.TryCutCycle(pair))
        {
            return;
        }

        ctx.PushFrame(pair);
        CompareCore(ctx, original, update);
        ctx.PopFrame(pair);
    }

    private static void CompareCore(DiffContext ctx, SchemaNode original, SchemaNode update)
    {
        if (CombinedSchemaDiff.TryBridge(ctx, original, update))
        {
            return;
        }

        if (!SameClass(original, update))
        {
            // Everything may become "accept anything", and "accept nothing" may become anything.
            if (original.Kind != SchemaKind.False && !update.IsEmpty)
            {
                ctx.Add(SchemaChangeType.TypeChanged);
            }

            return;
        }

        AnnotationSchemaDiff.Compare(ctx, original, update);
        switch (original.Kind)
        {
            case SchemaKind.String:
                StringSchemaDiff.Compare(ctx, original.String!, update.String!);
                break;
            case SchemaKind.Number:
                NumberSchemaDiff.Compare(ctx, original.Number!, update.Number!);
                break;
            case SchemaKind.Enum:
                ValueSetSchemaDiff.CompareEnum(ctx, original.Values!, update.Values!);
                break;
            case SchemaKind.Const:
                ValueSetSchemaDiff.CompareConst(ctx, original.Values!, update.Values!);
                break;
            case SchemaKind.Combined:
                CombinedSchemaDiff.Compare(ctx, original, update);
                break;
            case SchemaKind.Not:
                NotSchemaDiff.Compare(ctx, original, update);
                break;
            case SchemaKind.Object:
                ObjectSchemaDiff.Compare(ctx, original.Object!, update.Object!);
                break;
            case SchemaKind.Array:
                ArraySchemaDiff.Compare(ctx, original.Array!, update.Array!);
                break;
            case SchemaKind.Reference:
                if (!string.Equals(original.Reference, update.Reference, StringComparison.Ordinal))
                {
                    ctx.Add(SchemaChangeType.TypeChanged);
                }

                break;
        }
    }

    // The registry compares loader classes; the literal "true" is a subclass of "{}" there, so the two differ.
    private static bool SameClass(SchemaNode a, SchemaNode b) =>
        a.Kind == b.Kind && (a.Kind != SchemaKind.Empty || a.IsBooleanLiteral == b.IsBooleanLiteral);
}
