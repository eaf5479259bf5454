using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>Property dependencies (name lists) and schema dependencies, both reported under <c>dependencies</c>.</summary>
internal static class DependencySchemaDiff
{
    /// <summary>Compares the dependencies of two object facets.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original keywords.</param>
    /// <param name="update">The updated keywords.</param>
    public static void Compare(DiffContext ctx, ObjectFacet original, ObjectFacet update)
    {
        if (original.DependencyArrayKeys.Length == 0 && update.DependencyArrayKeys.Length == 0
            && original.DependencySchemaKeys.Length == 0 && update.DependencySchemaKeys.Length == 0)
        {
            return;
        }

        ctx.Enter("dependencies");
        CompareArrays(ctx, original, update);
        CompareSchemas(ctx, original, update);
        ctx.Exit();
    }

    private static void CompareArrays(DiffContext ctx, ObjectFacet original, ObjectFacet update)
    {
        for (var i = 0; i < original.DependencyArrayKeys.Length; i++)
        {
            var key = original.DependencyArrayKeys[i];
            var j = System.Array.IndexOf(update.DependencyArrayKeys, key);
            if (j < 0)
            {
                ctx.Add(key, SchemaChangeType.DependencyArrayRemoved);
                continue;
            }

            var before = original.DependencyArrays[i];
            var after = update.DependencyArrays[j];
            if (before.SetEquals(after))
            {
                continue;
            }

            ctx.Add(key, after.IsSupersetOf(before) ? SchemaChangeType.DependencyArrayExtended
                : before.IsSupersetOf(after) ? SchemaChangeType.DependencyArrayNarrowed
                : SchemaChangeType.DependencyArrayChanged);
        }

        foreach (var key in update.DependencyArrayKeys)
        {
            if (System.Array.IndexOf(original.DependencyArrayKeys, key) < 0)
            {
                ctx.Add(key, SchemaChangeType.DependencyArrayAdded);
            }
        }
    }

    private static void CompareSchemas(DiffContext ctx, ObjectFacet original, ObjectFacet update)
    {
        for (var i = 0; i < original.DependencySchemaKeys.Length; i++)
        {
            var key = original.DependencySchemaKeys[i];
            var j = System.Array.IndexOf(update.DependencySchemaKeys, key);
            if (j < 0)
            {
                ctx.Add(key, SchemaChangeType.DependencySchemaRemoved);
                continue;
            }

            ctx.Enter(key);
            NodeComparer.Compare(ctx, original.DependencySchemas[i], update.DependencySchemas[j]);
            ctx.Exit();
        }

        foreach (var key in update.DependencySchemaKeys)
        {
            if (System.Array.IndexOf(original.DependencySchemaKeys, key) < 0)
            {
                ctx.Add(key, SchemaChangeType.DependencySchemaAdded);
            }
        }
    }
}
