using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>
/// A schema object with its members read once. The superset check asks each schema for some twenty keywords, and a
/// <see cref="JsonElement"/> looks each one up by scanning its members again.
/// </summary>
internal sealed class RedpandaSchema
{
    // Past a few members a dictionary beats a scan (a properties map of a wide object).
    private const int ScanLimit = 8;

    private readonly string[] _names;
    private readonly JsonElement[] _values;
    private readonly Dictionary<string, JsonElement>? _byName;

    /// <summary>Reads the members of <paramref name="element"/>, an object.</summary>
    public RedpandaSchema(JsonElement element)
    {
        Element = element;
        var count = element.GetPropertyCount();
        _names = new string[count];
        _values = new JsonElement[count];
        var index = 0;
        foreach (var member in element.EnumerateObject())
        {
            _names[index] = member.Name;
            _values[index] = member.Value;
            index++;
        }

        if (count > ScanLimit)
        {
            _byName = new Dictionary<string, JsonElement>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                _byName.TryAdd(_names[i], _values[i]);
            }
        }
    }

    /// <summary>The schema as parsed.</summary>
    public JsonElement Element { get; }

    /// <summary>The member called <paramref name="keyword"/>, or an undefined element.</summary>
    public JsonElement Get(string keyword)
    {
        if (_byName is not null)
        {
            return _byName.TryGetValue(keyword, out var found) ? found : default;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], keyword, StringComparison.Ordinal))
            {
                return _values[i];
            }
        }

        return default;
    }

    /// <summary>Whether the schema has a member called <paramref name="keyword"/>.</summary>
    public bool TryGet(string keyword, out JsonElement value)
    {
        value = Get(keyword);
        return value.ValueKind != JsonValueKind.Undefined;
    }

    /// <summary>The schema's text, for Redpanda's messages.</summary>
    public string GetRawText() => Element.GetRawText();
}
