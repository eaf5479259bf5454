using System.Globalization;
using System.Text.Json;

namespace OnexSchemas.Catalog;

/// <summary>
/// What a schema allows, in a few words for a field table: the type with its format, enum or constant, and its bounds
/// (<c>string (uuid)</c>, <c>string, 1–63 chars, pattern ^[a-z]+$</c>, <c>one of "effect", "compute"</c>, <c>integer, 0–100</c>,
/// <c>array of string, ≤ 50 items, unique</c>). Plain text: each format escapes it as it needs.
/// </summary>
internal static class SchemaTypeText
{
    public static string Describe(SchemaCursor at) => Describe(at, depth: 0);

    private static string Describe(SchemaCursor at, int depth)
    {
        at = at.Resolve(out _);
        var schema = at.Schema;
        if (schema.ValueKind == JsonValueKind.True)
        {
            return "any";
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return schema.ValueKind == JsonValueKind.False ? "nothing" : "any";
        }

        var parts = new List<string>();
        if (schema.TryGetProperty("const", out var constant))
        {
            parts.Add("constant " + constant.GetRawText());
        }
        else if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            parts.Add("one of " + string.Join(", ", values.EnumerateArray().Select(value => value.GetRawText())));
        }
        else
        {
            parts.Add(TypeName(at, depth));
        }

        AddStringBounds(schema, parts);
        AddNumberBounds(schema, parts);
        AddArrayBounds(schema, parts);
        return string.Join(", ", parts);
    }

    private static string TypeName(SchemaCursor at, int depth)
    {
        var schema = at.Schema;
        var types = Types(schema);
        var nullable = types.Remove("null");
        var name = types.Count switch
        {
            0 when schema.TryGetProperty("properties", out _) => "object",
            0 => "any",
            1 => One(at, types[0], depth),
            _ => string.Join(" or ", types.Select(type => One(at, type, depth))),
        };
        return nullable ? name + " or null" : name;
    }

    private static string One(SchemaCursor at, string type, int depth)
    {
        var schema = at.Schema;
        switch (type)
        {
            case "string" when FieldTable.Text(schema, "format") is { } format:
                return $"string ({format})";
            case "array" when schema.TryGetProperty("items", out var items) && items.ValueKind is JsonValueKind.Object or JsonValueKind.True:
                // Nested arrays say what they hold; the bounds of the items are in their own rows.
                return depth < 3 ? "array of " + ItemName(at.With(items), depth + 1) : "array";
            case "object" when !schema.TryGetProperty("properties", out _)
                && schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object:
                return depth < 3 ? "map of " + ItemName(at.With(values), depth + 1) : "map";
            default:
                return type;
        }
    }

    private static string ItemName(SchemaCursor at, int depth)
    {
        at = at.Resolve(out _);
        var schema = at.Schema;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "any";
        }

        if (schema.TryGetProperty("enum", out _) || schema.TryGetProperty("const", out _))
        {
            return Describe(at, depth);
        }

        return TypeName(at, depth);
    }

    private static List<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList(),
            _ => [],
        };
    }

    private static void AddStringBounds(JsonElement schema, List<string> parts)
    {
        var range = Range(Number(schema, "minLength"), Number(schema, "maxLength"), exclusiveMinimum: false, exclusiveMaximum: false);
        if (range is not null)
        {
            parts.Add(range + " chars");
        }

        if (FieldTable.Text(schema, "pattern") is { } pattern)
        {
            parts.Add("pattern " + pattern);
        }
    }

    private static void AddNumberBounds(JsonElement schema, List<string> parts)
    {
        // Draft-07 writes exclusive bounds as numbers; draft-04's boolean form is read too.
        var minimum = Number(schema, "minimum");
        var maximum = Number(schema, "maximum");
        var exclusiveMinimum = false;
        var exclusiveMaximum = false;
        if (Number(schema, "exclusiveMinimum") is { } exclusiveLow)
        {
            minimum = exclusiveLow;
            exclusiveMinimum = true;
        }
        else if (Flag(schema, "exclusiveMinimum"))
        {
            exclusiveMinimum = minimum is not null;
        }

        if (Number(schema, "exclusiveMaximum") is { } exclusiveHigh)
        {
            maximum = exclusiveHigh;
            exclusiveMaximum = true;
        }
        else if (Flag(schema, "exclusiveMaximum"))
        {
            exclusiveMaximum = maximum is not null;
        }

        if (Range(minimum, maximum, exclusiveMinimum, exclusiveMaximum) is { } range)
        {
            parts.Add(range);
        }

        if (Number(schema, "multipleOf") is { } step)
        {
            parts.Add("multiple of " + step);
        }
    }

    private static void AddArrayBounds(JsonElement schema, List<string> parts)
    {
        if (Range(Number(schema, "minItems"), Number(schema, "maxItems"), exclusiveMinimum: false, exclusiveMaximum: false) is { } range)
        {
            parts.Add(range + " items");
        }

        if (Flag(schema, "uniqueItems"))
        {
            parts.Add("unique");
        }
    }

    private static string? Range(string? minimum, string? maximum, bool exclusiveMinimum, bool exclusiveMaximum) => (minimum, maximum) switch
    {
        (null, null) => null,
        ({ } low, { } high) when !exclusiveMinimum && !exclusiveMaximum => low == high ? low : $"{low}–{high}",
        ({ } low, { } high) => $"{(exclusiveMinimum ? ">" : "≥")} {low} and {(exclusiveMaximum ? "<" : "≤")} {high}",
        ({ } low, null) => $"{(exclusiveMinimum ? ">" : "≥")} {low}",
        (null, { } high) => $"{(exclusiveMaximum ? "<" : "≤")} {high}",
    };

    private static string? Number(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.Number
            ? (value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetRawText())
            : null;

    private static bool Flag(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.True;
}
