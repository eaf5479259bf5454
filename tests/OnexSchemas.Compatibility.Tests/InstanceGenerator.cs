using System.Globalization;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>
/// Random instances steered by a draft-07 schema: a branch of each combinator, a kind of each type list, members
/// required and optional and a few undeclared ones, strings, numbers and arrays near the bounds, and now and then a
/// value of any kind. Nothing here promises validity: the soundness test keeps only what JsonSchema.Net accepts.
/// </summary>
internal sealed class InstanceGenerator(JsonNode document, Random random)
{
    private static readonly string[] Strings =
    [
        "", "a", "aa", "aaa", "aaaa", "aaaaaa", "x", "x-1", "low", "high", "new", "paid", "A", "0", "123", "x y", "!",
        "3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b", "2026-01-01T00:00:00Z", "2026-01-01", "a@example.com", "https://example.com/",
    ];

    private static readonly string[] Names = ["id", "name", "amount", "tags", "meta", "status", "at", "x", "x-a", "extra", "aaaaaaaa", "b"];

    public JsonNode? Next() => Generate(document, 0);

    private JsonNode? Generate(JsonNode? schema, int depth)
    {
        if (depth > 6 || random.Next(12) == 0)
        {
            return Wild();
        }

        if (schema is not JsonObject s)
        {
            return Wild();
        }

        if (s["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var pointer))
        {
            return Generate(Resolve(document, pointer), depth + 1);
        }

        if (s["const"] is { } constant && random.Next(4) != 0)
        {
            return constant.DeepClone();
        }

        if (s["enum"] is JsonArray values && values.Count > 0 && random.Next(4) != 0)
        {
            return values[random.Next(values.Count)]?.DeepClone();
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (s[combinator] is JsonArray branches && branches.Count > 0 && random.Next(3) != 0)
            {
                var branch = Generate(branches[random.Next(branches.Count)], depth + 1);
                if (branch is not JsonObject || s["properties"] is null)
                {
                    return branch;
                }
            }
        }

        var type = s["type"] switch
        {
            JsonValue single when single.TryGetValue<string>(out var name) => name,
            JsonArray list when list.Count > 0 => list[random.Next(list.Count)]?.GetValue<string>(),
            _ => s["properties"] is not null || s["required"] is not null ? "object" : s["items"] is not null ? "array" : null,
        };

        return type switch
        {
            "object" => Object(s, depth),
            "array" => Array(s, depth),
            "string" => String(s),
            "integer" => Number(s, integer: true),
            "number" => Number(s, integer: random.Next(2) == 0),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "null" => null,
            _ => Wild(),
        };
    }

    private JsonNode Object(JsonObject s, int depth)
    {
        var result = new JsonObject();
        var required = (s["required"] as JsonArray)?.Select(name => name!.GetValue<string>()).ToHashSet() ?? [];
        if (s["properties"] is JsonObject properties)
        {
            foreach (var (name, schema) in properties)
            {
                if (required.Contains(name) ? random.Next(10) != 0 : random.Next(2) == 0)
                {
                    result[name] = Generate(schema, depth + 1);
                }
            }
        }

        foreach (var name in required)
        {
            if (!result.ContainsKey(name) && random.Next(8) != 0)
            {
                result[name] = Wild();
            }
        }

        if (s["patternProperties"] is JsonObject patterns && patterns.Count > 0 && random.Next(2) == 0)
        {
            var (pattern, schema) = patterns.ElementAt(random.Next(patterns.Count));
            var name = pattern.TrimStart('^').TrimEnd('$');
            result[name.Length > 0 && name.All(char.IsLetterOrDigit) ? name : "x-" + random.Next(3)] = Generate(schema, depth + 1);
        }

        var extras = random.Next(4) == 0 ? random.Next(1, 3) : 0;
        for (var i = 0; i < extras; i++)
        {
            var name = Names[random.Next(Names.Length)];
            if (!result.ContainsKey(name))
            {
                result[name] = s["additionalProperties"] is JsonObject additional ? Generate(additional, depth + 1) : Wild();
            }
        }

        return result;
    }

    private JsonNode Array(JsonObject s, int depth)
    {
        var result = new JsonArray();
        var length = random.Next(0, 4);
        for (var i = 0; i < length; i++)
        {
            var schema = s["items"] switch
            {
                JsonArray tuple => i < tuple.Count ? tuple[i] : s["additionalItems"],
                var items => items,
            };
            result.Add(schema is null ? Wild() : Generate(schema, depth + 1));
        }

        if (s["uniqueItems"] is null && random.Next(6) == 0 && result.Count > 0)
        {
            result.Add(result[0]?.DeepClone());
        }

        return result;
    }

    private JsonNode String(JsonObject s)
    {
        var min = s["minLength"]?.GetValue<int>() ?? 0;
        var max = s["maxLength"]?.GetValue<int>() ?? 8;
        return random.Next(3) switch
        {
            0 => JsonValue.Create(new string('a', Math.Max(0, random.Next(Math.Max(0, min - 1), Math.Max(min, max) + 2)))),
            _ => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        };
    }

    private JsonNode Number(JsonObject s, bool integer)
    {
        double anchor = 0;
        foreach (var bound in new[] { "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" })
        {
            if (s[bound] is JsonValue value && value.TryGetValue<double>(out var number) && random.Next(2) == 0)
            {
                anchor = number;
            }
        }

        var offset = random.Next(5) - 2 + (integer ? 0 : random.Next(2) * 0.5);
        var result = anchor + offset;
        return integer || result == Math.Floor(result)
            ? JsonValue.Create((long)Math.Round(result))
            : JsonNode.Parse(result.ToString("R", CultureInfo.InvariantCulture))!;
    }

    private JsonNode? Wild() => random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(-3, 12)),
        3 => JsonValue.Create(0.5),
        4 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        5 => new JsonObject(),
        6 => new JsonArray(),
        7 => new JsonObject { [Names[random.Next(Names.Length)]] = JsonValue.Create("a") },
        _ => new JsonArray(JsonValue.Create(1), JsonValue.Create(1)),
    };

    /// <summary>The node a local <c>$ref</c> names in <paramref name="document"/>, or null.</summary>
    public static JsonNode? Resolve(JsonNode document, string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            return null;
        }

        JsonNode? current = document;
        foreach (var token in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/").Replace("~0", "~");
            current = current switch
            {
                JsonObject obj => obj[name],
                JsonArray array when int.TryParse(name, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return current;
    }
}
