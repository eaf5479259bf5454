namespace OnexSchemas.Compatibility.Model;

/// <summary>The object keywords the registry compares.</summary>
internal sealed class ObjectFacet
{
    private Dictionary<string, int>? _index;

    /// <summary>Property names in document order.</summary>
    public string[] PropertyNames { get; private set; } = [];

    /// <summary>Property schemas, parallel to <see cref="PropertyNames"/>.</summary>
    public SchemaNode[] PropertySchemas { get; private set; } = [];

    /// <summary>Whether each property's own JSON has a <c>default</c>, parallel to <see cref="PropertyNames"/>.</summary>
    public bool[] PropertyHasDefault { get; private set; } = [];

    /// <summary>The <c>required</c> names.</summary>
    public HashSet<string>? Required { get; set; }

    /// <summary><c>patternProperties</c> in document order.</summary>
    public PatternProperty[] PatternProperties { get; set; } = [];

    /// <summary>False only for <c>"additionalProperties": false</c>.</summary>
    public bool PermitsAdditionalProperties { get; set; } = true;

    /// <summary>The <c>additionalProperties</c> schema, when it is a schema rather than a boolean.</summary>
    public SchemaNode? AdditionalPropertiesSchema { get; set; }

    /// <summary><c>unevaluatedProperties</c>, when present.</summary>
    public SchemaNode? UnevaluatedProperties { get; set; }

    /// <summary><c>maxProperties</c>.</summary>
    public int? MaxProperties { get; set; }

    /// <summary><c>minProperties</c>.</summary>
    public int? MinProperties { get; set; }

    /// <summary>Names with a property dependency (<c>dependencies</c> array form or <c>dependentRequired</c>).</summary>
    public string[] DependencyArrayKeys { get; set; } = [];

    /// <summary>The dependent names, parallel to <see cref="DependencyArrayKeys"/>.</summary>
    public HashSet<string>[] DependencyArrays { get; set; } = [];

    /// <summary>Names with a schema dependency (<c>dependencies</c> schema form or <c>dependentSchemas</c>).</summary>
    public string[] DependencySchemaKeys { get; set; } = [];

    /// <summary>The dependent schemas, parallel to <see cref="DependencySchemaKeys"/>.</summary>
    public SchemaNode[] DependencySchemas { get; set; } = [];

    /// <summary>Sets the properties at once, so the lookup index matches them.</summary>
    /// <param name="names">Names in document order.</param>
    /// <param name="schemas">Schemas parallel to the names.</param>
    /// <param name="hasDefault">Default flags parallel to the names.</param>
    public void SetProperties(string[] names, SchemaNode[] schemas, bool[] hasDefault)
    {
        PropertyNames = names;
        PropertySchemas = schemas;
        PropertyHasDefault = hasDefault;

        // Linear search beats hashing for the handful of properties most event objects have.
        if (names.Length > 8)
        {
            _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                _index.TryAdd(names[i], i);
            }
        }
    }

    /// <summary>The index of the named property, or -1.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The index into <see cref="PropertyNames"/>.</returns>
    public int IndexOf(string name)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(name, out var found) ? found : -1;
        }

        var names = PropertyNames;
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the name is listed in <c>required</c>.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>Whether it is required.</returns>
    public bool IsRequired(string name) => Required is not null && Required.Contains(name);
}
