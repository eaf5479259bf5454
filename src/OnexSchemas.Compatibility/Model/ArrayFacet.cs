namespace OnexSchemas.Compatibility.Model;

/// <summary>The array keywords the registry compares.</summary>
internal sealed class ArrayFacet
{
    /// <summary><c>items</c> as a single schema for every item.</summary>
    public SchemaNode? AllItems { get; set; }

    /// <summary>Tuple positions: <c>items</c> as an array (draft 7) or <c>prefixItems</c> (2020-12).</summary>
    public SchemaNode[] ItemSchemas { get; set; } = [];

    /// <summary>False only when items past the tuple are forbidden.</summary>
    public bool PermitsAdditionalItems { get; set; } = true;

    /// <summary>The schema for items past the tuple, when it is a schema rather than a boolean.</summary>
    public SchemaNode? AdditionalItemsSchema { get; set; }

    /// <summary><c>unevaluatedItems</c>, when present.</summary>
    public SchemaNode? UnevaluatedItems { get; set; }

    /// <summary><c>maxItems</c>.</summary>
    public int? MaxItems { get; set; }

    /// <summary><c>minItems</c>.</summary>
    public int? MinItems { get; set; }

    /// <summary><c>uniqueItems</c>.</summary>
    public bool UniqueItems { get; set; }

    /// <summary><c>maxContains</c>.</summary>
    public int? MaxContains { get; set; }

    /// <summary><c>minContains</c>.</summary>
    public int? MinContains { get; set; }
}
