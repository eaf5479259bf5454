namespace OnexSchemas.Compatibility.Diff;

/// <summary>The added / removed / increased / decreased pattern shared by every numeric keyword.</summary>
internal static class BoundSchemaDiff
{
    /// <summary>Compares an integer keyword such as <c>maxLength</c>.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="keyword">The keyword, reported as the last path segment.</param>
    /// <param name="original">The original value, if present.</param>
    /// <param name="update">The updated value, if present.</param>
    /// <param name="added">Reported when only the update has the keyword.</param>
    /// <param name="removed">Reported when only the original has it.</param>
    /// <param name="increased">Reported when the value grew.</param>
    /// <param name="decreased">Reported when the value shrank.</param>
    public static void Compare(
        DiffContext ctx, string keyword, int? original, int? update,
        SchemaChangeType added, SchemaChangeType removed, SchemaChangeType increased, SchemaChangeType decreased) =>
        Compare(ctx, keyword, (double?)original, update, added, removed, increased, decreased);

    /// <summary>Compares a numeric keyword such as <c>maximum</c>.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="keyword">The keyword, reported as the last path segment.</param>
    /// <param name="original">The original value, if present.</param>
    /// <param name="update">The updated value, if present.</param>
    /// <param name="added">Reported when only the update has the keyword.</param>
    /// <param name="removed">Reported when only the original has it.</param>
    /// <param name="increased">Reported when the value grew.</param>
    /// <param name="decreased">Reported when the value shrank.</param>
    public static void Compare(
        DiffContext ctx, string keyword, double? original, double? update,
        SchemaChangeType added, SchemaChangeType removed, SchemaChangeType increased, SchemaChangeType decreased)
    {
        if (original is null)
        {
            if (update is not null)
            {
                ctx.Add(keyword, added);
            }
        }
        else if (update is null)
        {
            ctx.Add(keyword, removed);
        }
        else if (original.Value < update.Value)
        {
            ctx.Add(keyword, increased);
        }
        else if (original.Value > update.Value)
        {
            ctx.Add(keyword, decreased);
        }
    }
}
