using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>Reads id, title, description and default onto the node that represents the whole schema object.</summary>
internal static class AnnotationReader
{
    /// <summary>Copies the annotations.</summary>
    /// <param name="node">The schema's node (the implicit allOf when the object has several parts).</param>
    /// <param name="k">The schema's keywords.</param>
    public static void Read(SchemaNode node, in SchemaKeywords k)
    {
        if (k.Id.ValueKind == JsonValueKind.String)
        {
            node.Id = k.Id.GetString();
        }
        else if (k.DraftFourId.ValueKind == JsonValueKind.String)
        {
            node.Id = k.DraftFourId.GetString();
        }

        if (k.Title.ValueKind == JsonValueKind.String)
        {
            node.Title = k.Title.GetString();
        }

        if (k.Description.ValueKind == JsonValueKind.String)
        {
            node.Description = k.Description.GetString();
        }

        if (JsonValues.IsPresent(k.Default))
        {
            node.HasDefault = true;
            node.Default = k.Default;
        }
    }
}
