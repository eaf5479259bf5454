using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// Where a schema sits: its document (which local references resolve in), a key naming the document in the ref
/// cache, the base URI in force (the nearest enclosing <c>$id</c>), and the document's index of <c>$id</c>s.
/// </summary>
/// <param name="Root">The document root.</param>
/// <param name="Key">A prefix that keeps targets of different documents apart.</param>
/// <param name="Base">The base URI relative references resolve against.</param>
/// <param name="Index">The document's resources by URI.</param>
internal readonly record struct DocumentScope(JsonElement Root, string Key, Uri Base, SchemaIdIndex Index)
{
    /// <summary>The scope of a whole document, from outside its root (loading the root enters its <c>$id</c>).</summary>
    public static DocumentScope ForDocument(JsonElement root, string key) =>
        new(root, key, SchemaIdIndex.DefaultBase, SchemaIdIndex.Build(root));

    /// <summary>The scope inside <paramref name="schema"/>: a new base when it has an <c>$id</c>.</summary>
    public DocumentScope Enter(JsonElement schema)
    {
        var rebased = SchemaIdIndex.Rebase(Base, schema);
        return ReferenceEquals(rebased, Base) ? this : this with { Base = rebased };
    }

    /// <summary>The scope of a resource of the same document found at <paramref name="resourceBase"/>.</summary>
    public DocumentScope At(Uri resourceBase) => this with { Base = resourceBase };
}
