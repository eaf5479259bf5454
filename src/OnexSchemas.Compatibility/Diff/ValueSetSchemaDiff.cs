using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>The enum and const rules: the allowed values compared as sets.</summary>
internal static class ValueSetSchemaDiff
{
    /// <summary>Compares two enums.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original values.</param>
    /// <param name="update">The updated values.</param>
    public static void CompareEnum(DiffContext ctx, EnumFacet original, EnumFacet update)
    {
        if (original.Keys.SetEquals(update.Keys))
        {
            return;
        }

        if (update.Keys.IsSupersetOf(original.Keys))
        {
            ctx.Add("enum", SchemaChangeType.EnumArrayExtended);
        }
        else if (original.Keys.IsSupersetOf(update.Keys))
        {
            ctx.Add("enum", SchemaChangeType.EnumArrayNarrowed);
        }
        else
        {
            ctx.Add("enum", SchemaChangeType.EnumArrayChanged);
        }
    }

    /// <summary>Compares two consts; the registry reports any difference as an enum change.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original value.</param>
    /// <param name="update">The updated value.</param>
    public static void CompareConst(DiffContext ctx, EnumFacet original, EnumFacet update)
    {
        if (!original.Keys.SetEquals(update.Keys))
        {
            ctx.Add("const", SchemaChangeType.EnumArrayChanged);
        }
    }
}
