using System.Text.Json;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>
/// A read-only view on one draft-07 subschema of a document: the keywords the instance generator understands, with
/// <c>$ref</c>s to <c>#/definitions/...</c> followed. A property can be overridden with a schema of another document,
/// which is how the envelope's open <c>payload</c> is closed by a topic schema.
/// </summary>
internal sealed class SchemaNode
{
    private readonly JsonElement _element;
    private readonly JsonElement _root;
    private readonly IReadOnlyDictionary<string, SchemaNode> _overrides;

    private SchemaNode(JsonElement element, JsonElement root, IReadOnlyDictionary<string, SchemaNode> overrides)
    {
        _element = Resolve(element, root);
        _root = root;
        _overrides = overrides;
    }

    public static SchemaNode Root(JsonElement root) => new(root, root, new Dictionary<string, SchemaNode>());

    /// <summary>The same schema with its property <paramref name="name"/> replaced by <paramref name="schema"/>.</summary>
    public SchemaNode WithProperty(string name, SchemaNode schema) =>
        new(_element, _root, new Dictionary<string, SchemaNode>(_overrides) { [name] = schema });

    /// <summary>The one type the schema names; every schema in the tree names exactly one.</summary>
    public string Type => _element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
        ? type.GetString()!
        : throw new NotSupportedException($"schema without a single type: {_element.GetRawText()}");

    public IReadOnlyList<(string Name, SchemaNode Schema)> Properties =>
        _element.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(property => (property.Name, _overrides.GetValueOrDefault(property.Name) ?? Child(property.Value))).ToList()
            : [];

    public IReadOnlySet<string> Required =>
        _element.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(name => name.GetString()!).ToHashSet() : new HashSet<string>();

    /// <summary><c>additionalProperties</c>: false (closed), true or absent (open), or a schema for every other member (a map).</summary>
    public bool IsClosed => _element.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;

    public SchemaNode? AdditionalProperties =>
        _element.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object ? Child(additional) : null;

    public SchemaNode? Items => _element.TryGetProperty("items", out var items) ? Child(items) : null;

    public IReadOnlyList<JsonElement>? Enum => _element.TryGetProperty("enum", out var values) ? values.EnumerateArray().ToList() : null;

    public string? Format => String("format");

    public string? Pattern => String("pattern");

    public int? MinLength => Int("minLength");

    public int? MaxLength => Int("maxLength");

    public int? MinItems => Int("minItems");

    public int? MaxItems => Int("maxItems");

    public bool UniqueItems => _element.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True;

    public decimal? Minimum => Decimal("minimum");

    public decimal? Maximum => Decimal("maximum");

    public decimal? ExclusiveMinimum => Decimal("exclusiveMinimum");

    public decimal? ExclusiveMaximum => Decimal("exclusiveMaximum");

    /// <summary>The property's schema, with an override if one was set.</summary>
    public SchemaNode? Property(string name) => Properties.FirstOrDefault(property => property.Name == name).Schema;

    /// <summary>The schema of member <paramref name="name"/>: a declared property, else additionalProperties' schema.</summary>
    public SchemaNode? Member(string name) => Property(name) ?? AdditionalProperties;

    public override string ToString() => _element.GetRawText();

    private SchemaNode Child(JsonElement element) => new(element, _root, new Dictionary<string, SchemaNode>());

    private string? String(string keyword) => _element.TryGetProperty(keyword, out var value) ? value.GetString() : null;

    private int? Int(string keyword) => _element.TryGetProperty(keyword, out var value) ? value.GetInt32() : null;

    private decimal? Decimal(string keyword) => _element.TryGetProperty(keyword, out var value) ? value.GetDecimal() : null;

    private static JsonElement Resolve(JsonElement element, JsonElement root)
    {
        for (var hops = 0; element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = reference.GetString()!;
            const string prefix = "#/definitions/";
            if (!target.StartsWith(prefix, StringComparison.Ordinal) || hops > 32)
            {
                throw new NotSupportedException($"only local definitions are followed: {target}");
            }

            element = root.GetProperty("definitions").GetProperty(target[prefix.Length..].Replace("~1", "/").Replace("~0", "~"));
        }

        return element;
    }
}
