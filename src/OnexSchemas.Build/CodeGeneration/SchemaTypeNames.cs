using NJsonSchema;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.CodeGeneration;

/// <summary>
/// Names every object and enum schema of one document before NJsonSchema asks, by its place in the document:
/// the root is the topic's record, a definition is root + definition, a nested schema is its parent + property.
/// Names start with the root's, which is unique in the tree, so types of different schemas can never collide.
/// </summary>
internal sealed class SchemaTypeNames : ITypeNameGenerator
{
    private readonly Dictionary<JsonSchema, string> _names = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _descriptions = new(StringComparer.Ordinal);

    public SchemaTypeNames(JsonSchema root, string rootName)
    {
        Claim(root, rootName);
        foreach (var (name, definition) in root.Definitions)
        {
            Claim(definition.ActualSchema, rootName + CSharpNames.Pascal(name));
        }

        Walk(root, rootName);
        foreach (var (name, definition) in root.Definitions)
        {
            Walk(definition.ActualSchema, _names[definition.ActualSchema]);
        }
    }

    /// <summary>
    /// The description of a named type. NJsonSchema documents a class from its schema only when that schema is not
    /// also a property; an inline object's text sits on the property, so it is kept here for the type as well.
    /// </summary>
    public string? DescriptionOf(string typeName) => _descriptions.GetValueOrDefault(typeName);

    /// <summary>The object schemas that become records, by type name.</summary>
    public IEnumerable<(string Name, JsonSchema Schema)> Records =>
        _names.Where(entry => !entry.Key.IsEnumeration && entry.Key.Type.HasFlag(JsonObjectType.Object) && entry.Key.Properties.Count > 0
                && ReferenceEquals(entry.Key, entry.Key.ActualSchema))
            .Select(entry => (entry.Value, entry.Key))
            .DistinctBy(entry => entry.Value);

    /// <summary>The name given to a schema, if it has one.</summary>
    public string? NameOf(JsonSchema schema) =>
        _names.TryGetValue(schema, out var name) || _names.TryGetValue(schema.ActualSchema, out name) ? name : null;

    public string Generate(JsonSchema schema, string? typeNameHint, IEnumerable<string> reservedTypeNames) =>
        NameOf(schema) ?? Unique(CSharpNames.Pascal(typeNameHint ?? "Anonymous"));

    private void Walk(JsonSchema schema, string name)
    {
        foreach (var (propertyName, property) in schema.Properties)
        {
            Visit(property, name + CSharpNames.Pascal(propertyName));
        }

        if (schema.Item is { } item)
        {
            Visit(item, name + "Item");
        }

        if (schema.AdditionalPropertiesSchema is { } values)
        {
            Visit(values, name + "Value");
        }
    }

    private void Visit(JsonSchema schema, string name)
    {
        var actual = schema.ActualSchema;
        if (_names.ContainsKey(actual))
        {
            return; // a referenced definition keeps its own name
        }

        if (actual.IsEnumeration || actual.Type.HasFlag(JsonObjectType.Object) && actual.Properties.Count > 0)
        {
            Claim(actual, name);
            var description = string.IsNullOrWhiteSpace(actual.Description) ? schema.Description : actual.Description;
            if (!string.IsNullOrWhiteSpace(description))
            {
                _descriptions[_names[actual]] = description;
            }

            if (!ReferenceEquals(actual, schema))
            {
                _names[schema] = _names[actual];
            }
        }

        Walk(actual, name);
    }

    private void Claim(JsonSchema schema, string name) => _names[schema] = Unique(name);

    private string Unique(string name)
    {
        var candidate = name;
        for (var suffix = 2; !_used.Add(candidate); suffix++)
        {
            candidate = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
