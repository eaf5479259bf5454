using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>unevaluatedProperties and unevaluatedItems: false means closed, absent or true means open.</summary>
internal static class UnevaluatedSchemaDiff
{
    /// <summary>Compares one unevaluated* keyword.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="keyword">The keyword, reported as the path segment.</param>
    /// <param name="original">The original schema, if present.</param>
    /// <param name="update">The updated schema, if present.</param>
    /// <param name="added">Reported when unevaluated values become allowed.</param>
    /// <param name="removed">Reported when they become forbidden.</param>
    /// <param name="extended">Reported when a schema constraint on them is dropped.</param>
    /// <param name="narrowed">Reported when a schema constraint on them appears.</param>
    public static void Compare(
        DiffContext ctx, string keyword, SchemaNode? original, SchemaNode? update,
        SchemaChangeType added, SchemaChangeType removed, SchemaChangeType extended, SchemaChangeType narrowed)
    {
        if (original is null && update is null)
        {
            return;
        }

        ctx.Enter(keyword);
        var originalFalse = original?.Kind == SchemaKind.False;
        var updateFalse = update?.Kind == SchemaKind.False;
        if (original is null)
        {
            ctx.Add(updateFalse ? removed : narrowed);
        }
        else if (update is null)
        {
            ctx.Add(originalFalse ? added : extended);
        }
        else if (originalFalse != updateFalse)
        {
            ctx.Add(originalFalse ? added : removed);
        }
        else if (original.IsEmpty != update.IsEmpty)
        {
            ctx.Add(original.IsEmpty ? narrowed : extended);
        }
        else
        {
            NodeComparer.Compare(ctx, original, update);
        }

        ctx.Exit();
    }
}
