using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>The set of JSON types a schema's top-level <c>type</c> allows, as Redpanda reads it.</summary>
internal static class RedpandaTypes
{
    public const int String = 1, Integer = 2, Number = 4, Object = 8, Array = 16, Boolean = 32, Null = 64;

    /// <summary>A missing <c>type</c> allows every type, whatever the other keywords imply.</summary>
    public const int All = String | Integer | Number | Object | Array | Boolean | Null;

    /// <summary>The types <paramref name="schema"/>'s <c>type</c> names.</summary>
    /// <exception cref="RedpandaRefusal">A name that is not a JSON type.</exception>
    public static int Normalized(RedpandaSchema schema)
    {
        if (!schema.TryGet("type", out var type))
        {
            return All;
        }

        if (type.ValueKind != JsonValueKind.Array)
        {
            return Parse(type);
        }

        var set = 0;
        foreach (var item in type.EnumerateArray())
        {
            set |= Parse(item);
        }

        return set;
    }

    /// <summary>Each type in <paramref name="set"/>, in Redpanda's order: string, integer, number, object, array, boolean, null.</summary>
    public static IEnumerable<int> Each(int set)
    {
        for (var bit = String; bit <= Null; bit <<= 1)
        {
            if ((set & bit) != 0)
            {
                yield return bit;
            }
        }
    }

    private static int Parse(JsonElement name) => (name.ValueKind == JsonValueKind.String ? name.GetString() : null) switch
    {
        "string" => String,
        "integer" => Integer,
        "number" => Number,
        "object" => Object,
        "array" => Array,
        "boolean" => Boolean,
        "null" => Null,
        _ => throw RedpandaRefusal.Invalid($"Invalid JSON Schema type: '{(name.ValueKind == JsonValueKind.String ? name.GetString() : name.GetRawText())}'"),
    };
}
