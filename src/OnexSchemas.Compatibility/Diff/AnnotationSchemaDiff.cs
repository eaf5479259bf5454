using System.Text.Json;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Diff;

/// <summary>ID_CHANGED, TITLE_CHANGED, DESCRIPTION_CHANGED and DEFAULT_CHANGED, reported at the node itself.</summary>
internal static class AnnotationSchemaDiff
{
    /// <summary>Compares the annotations of two nodes of the same class.</summary>
    /// <param name="ctx">The comparison state.</param>
    /// <param name="original">The original node.</param>
    /// <param name="update">The updated node.</param>
    public static void Compare(DiffContext ctx, SchemaNode original, SchemaNode update)
    {
        if (!string.Equals(original.Id, update.Id, StringComparison.Ordinal))
        {
            ctx.Add(SchemaChangeType.IdChanged);
        }

        if (!string.Equals(original.Title, update.Title, StringComparison.Ordinal))
        {
            ctx.Add(SchemaChangeType.TitleChanged);
        }

        if (!string.Equals(original.Description, update.Description, StringComparison.Ordinal))
        {
            ctx.Add(SchemaChangeType.DescriptionChanged);
        }

        if (original.HasDefault != update.HasDefault
            || (original.HasDefault && !JsonElement.DeepEquals(original.Default, update.Default)))
        {
            ctx.Add(SchemaChangeType.DefaultChanged);
        }
    }
}
