using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// A schema as the registry's loader models it: one kind per node, annotations on the node, local
/// <c>$ref</c>s already replaced by their targets (so recursive schemas are cyclic graphs).
/// </summary>
internal sealed class SchemaNode(SchemaKind kind)
{
    /// <summary>The node's kind.</summary>
    public SchemaKind Kind { get; } = kind;

    /// <summary>Written as the literal <c>true</c> or <c>false</c>; the registry treats <c>true</c> and <c>{}</c> as different classes.</summary>
    public bool IsBooleanLiteral { get; init; }

    /// <summary>Reached through a <c>$ref</c>; only such nodes can close a cycle, so only they are tracked and memoised.</summary>
    public bool IsRefTarget { get; set; }

    /// <summary><c>$id</c> (or draft-4 <c>id</c>).</summary>
    public string? Id { get; set; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; set; }

    /// <summary><c>description</c>.</summary>
    public string? Description { get; set; }

    /// <summary>Whether <c>default</c> is present.</summary>
    public bool HasDefault { get; set; }

    /// <summary>The <c>default</c> value when <see cref="HasDefault"/>.</summary>
    public JsonElement Default { get; set; }

    /// <summary>Object keywords, for <see cref="SchemaKind.Object"/>.</summary>
    public ObjectFacet? Object { get; set; }

    /// <summary>Array keywords, for <see cref="SchemaKind.Array"/>.</summary>
    public ArrayFacet? Array { get; set; }

    /// <summary>String keywords, for <see cref="SchemaKind.String"/>.</summary>
    public StringFacet? String { get; set; }

    /// <summary>Number keywords, for <see cref="SchemaKind.Number"/>.</summary>
    public NumberFacet? Number { get; set; }

    /// <summary>Allowed values, for <see cref="SchemaKind.Enum"/> and <see cref="SchemaKind.Const"/>.</summary>
    public EnumFacet? Values { get; set; }

    /// <summary>The combinator, for <see cref="SchemaKind.Combined"/>.</summary>
    public CombinedCriterion Criterion { get; set; }

    /// <summary>The distinct subschemas, for <see cref="SchemaKind.Combined"/>.</summary>
    public SchemaNode[] Subschemas { get; set; } = [];

    /// <summary>The negated schema, for <see cref="SchemaKind.Not"/>.</summary>
    public SchemaNode? Negated { get; set; }

    /// <summary>The reference text, for <see cref="SchemaKind.Reference"/>.</summary>
    public string? Reference { get; set; }

    /// <summary>Accepts everything: <c>{}</c> or <c>true</c>.</summary>
    public bool IsEmpty => Kind == SchemaKind.Empty;
}
