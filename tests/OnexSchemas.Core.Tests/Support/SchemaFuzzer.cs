using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Tests.Support;

/// <summary>
/// Makes schema files no author would write on purpose, from a fixed seed so every failure can be replayed: random
/// schema objects built from draft-07 keywords, misspelt ones and extensions with values of every JSON kind
/// (numbers beyond <see cref="decimal"/> and <see cref="double"/>, control characters, lone surrogates, references of
/// every shape), and mutations of real schemas (a value replaced, a member dropped or renamed, bytes cut, flipped or
/// inserted). The tools must answer each with findings, never with an exception.
/// </summary>
public sealed class SchemaFuzzer
{
    private static readonly string[] Keywords =
    [
        "$schema", "$id", "$ref", "$comment", "title", "description", "default", "examples", "readOnly", "writeOnly",
        "type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "items", "additionalItems", "minItems", "maxItems", "uniqueItems", "contains",
        "properties", "patternProperties", "additionalProperties", "required", "minProperties", "maxProperties",
        "dependencies", "propertyNames", "definitions", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        "x-onex", "x-vendor", "requried", "$defs", "nullable", "prefixItems", "dependentRequired", "unevaluatedProperties",
    ];

    private static readonly string[] Types = ["object", "array", "string", "integer", "number", "boolean", "null", "bool", "int", ""];

    private static readonly string[] Formats = ["date-time", "uuid", "uri", "email", "date", "regex", "ipv4", "bogus"];

    private static readonly string[] Patterns = ["^[a-z]+$", "(a+)+$", "[", "\\p{L}", "(?<=a)b", "^\\d{3}$", "a{2,1}", "\\u0000"];

    private static readonly string[] References =
    [
        "#", "#/definitions/a", "#/definitions/missing", "#/properties/a", "#/%", "#/~2", "a.json", "../a.json",
        "../../../../../etc/passwd", "/etc/passwd", "C:\\x.json", "http://example.com/s.json", "//host/x.json",
        "https://schemas.omninode.dev/common/envelope.v1.json", "../../../common/envelope.v1.json#/definitions/source",
        "a\u0000b", "%00", "file:///etc/passwd", "urn:x:y", "#\u0000", "..\\..\\x.json", "\ud800.json", "", " ",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "0.5", "1e40", "-1e40", "1e400", "-1e400", "1e-400", "79228162514264337593543950336",
        "9223372036854775808", "-9223372036854775809", "1.0000000000000000000000001", "3.4028236e38", "1E+2", "123456789012345678901234567890",
    ];

    private static readonly string[] Strings =
    [
        "", "a", "snake_case", "CamelCase", "\u0000", "\u001f", "\ud800", "\udc00x", "é", "𝄞", "\"quoted\"", "\\", "a/b~c",
        "omninode.demo.event.thing.v1", "1.0.0", "2.0.0", "x.y.z", new string('a', 300),
    ];

    private readonly Random _random;

    /// <summary>A fuzzer with its own sequence.</summary>
    /// <param name="seed">The seed; the same seed makes the same files.</param>
    public SchemaFuzzer(int seed) => _random = new Random(seed);

    /// <summary>One file's text: a random schema, a mutated <paramref name="seeds"/> entry, or a byte-level corruption of one.</summary>
    /// <param name="seeds">Real schema texts to mutate.</param>
    /// <returns>The text (which may not be JSON at all).</returns>
    public string NextFile(IReadOnlyList<string> seeds) => _random.Next(10) switch
    {
        < 4 => RandomSchema(),
        < 8 => MutateStructure(Pick(seeds)),
        _ => MutateBytes(Pick(seeds)),
    };

    /// <summary>A random schema document.</summary>
    /// <returns>Its text.</returns>
    public string RandomSchema()
    {
        var root = RandomSchemaObject(0);
        if (_random.Next(3) > 0)
        {
            root["$schema"] = "http://json-schema.org/draft-07/schema#";
        }

        if (_random.Next(3) > 0)
        {
            root["x-onex"] = new JsonObject
            {
                ["topic"] = _random.Next(2) == 0 ? "omninode.fuzz.event.thing.v1" : Pick(Strings),
                ["version"] = Pick(["1.0.0", "2.0.0", "1.0", "x", "1.0.0-rc.1"]),
                ["owner"] = "team-fuzz",
                ["producers"] = new JsonArray("svc-a"),
                ["consumers"] = new JsonArray("svc-b"),
            };
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = _random.Next(2) == 0 });
    }

    /// <summary>A real schema with one to three of its values replaced, members dropped or renamed.</summary>
    /// <param name="seed">The schema's text.</param>
    /// <returns>The mutated text.</returns>
    public string MutateStructure(string seed)
    {
        var root = JsonNode.Parse(seed)!;
        var edits = 1 + _random.Next(3);
        for (var i = 0; i < edits; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = Pick(nodes);
            switch (target.Parent)
            {
                case JsonObject parent:
                    var name = target.GetPropertyName();
                    switch (_random.Next(4))
                    {
                        case 0:
                            parent.Remove(name);
                            break;
                        case 1:
                            parent.Remove(name);
                            parent[Pick(Keywords)] = target;
                            break;
                        default:
                            parent[name] = RandomValue(2);
                            break;
                    }

                    break;
                case JsonArray array:
                    var index = target.GetElementIndex();
                    if (_random.Next(2) == 0)
                    {
                        array.RemoveAt(index);
                    }
                    else
                    {
                        array[index] = RandomValue(2);
                    }

                    break;
                default:
                    if (target is JsonObject rootObject)
                    {
                        rootObject[Pick(Keywords)] = RandomValue(2);
                    }

                    break;
            }
        }

        return root.ToJsonString();
    }

    /// <summary>
    /// A real schema with one description replaced by text that is hard to carry into code: quotes, XML, comment
    /// closers, line breaks, template syntax. Annotations only, so the schema stays valid and reaches the generator.
    /// </summary>
    /// <param name="seed">The schema's text.</param>
    /// <returns>The mutated text.</returns>
    public string MutateDescription(string seed)
    {
        string[] odd = ["*/ \"quoted\" </summary> <b>&amp;", "line\nbreak\ttab", "\\u0000 back\\slash", "{{ liquid }} {% raw %}", "é 𝄞 \u200b", "#region\n#endregion"];
        var root = JsonNode.Parse(seed)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var described = nodes.OfType<JsonObject>().Where(node => node["description"] is JsonValue).ToList();
        if (described.Count > 0)
        {
            Pick(described)["description"] = Pick(odd);
        }

        return root.ToJsonString();
    }

    /// <summary>A real schema's text cut short, with a byte flipped, or with a character inserted.</summary>
    /// <param name="seed">The schema's text.</param>
    /// <returns>The corrupted text.</returns>
    public string MutateBytes(string seed)
    {
        var bytes = Encoding.UTF8.GetBytes(seed).ToList();
        switch (_random.Next(3))
        {
            case 0:
                bytes = bytes.Take(_random.Next(bytes.Count)).ToList();
                break;
            case 1:
                var at = _random.Next(bytes.Count);
                bytes[at] = (byte)_random.Next(256);
                break;
            default:
                bytes.InsertRange(_random.Next(bytes.Count), Encoding.UTF8.GetBytes(Pick([",", "}", "]", "\"", "\\", "\u0000", "//", "1e999", "{", "\ud83d"])));
                break;
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private JsonObject RandomSchemaObject(int depth)
    {
        var schema = new JsonObject();
        var count = _random.Next(depth > 3 ? 2 : 7);
        for (var i = 0; i < count; i++)
        {
            var keyword = Pick(Keywords);
            schema[keyword] = ValueFor(keyword, depth + 1);
        }

        return schema;
    }

    // Mostly a value of the keyword's own kind, so the fuzz reaches past the meta-schema; sometimes anything.
    private JsonNode? ValueFor(string keyword, int depth)
    {
        if (_random.Next(6) == 0)
        {
            return RandomValue(depth);
        }

        return keyword switch
        {
            "type" => _random.Next(3) == 0 ? new JsonArray(Pick(Types), Pick(Types)) : Pick(Types),
            "$ref" => Pick(References),
            "format" => Pick(Formats),
            "pattern" => Pick(Patterns),
            "enum" or "examples" => new JsonArray(RandomValue(depth), RandomValue(depth), JsonNode.Parse(Pick(Numbers))),
            "const" or "default" => RandomValue(depth),
            "required" => new JsonArray(Pick(Strings), "a", "a"),
            "uniqueItems" or "readOnly" or "writeOnly" => _random.Next(2) == 0,
            "minLength" or "maxLength" or "minItems" or "maxItems" or "minProperties" or "maxProperties"
                or "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf" => JsonNode.Parse(Pick(Numbers)),
            "properties" or "patternProperties" or "definitions" or "$defs" or "dependencies" => Members(depth),
            "allOf" or "anyOf" or "oneOf" or "prefixItems" => new JsonArray(RandomSchemaObject(depth), RandomSchemaObject(depth)),
            "items" => _random.Next(3) == 0 ? new JsonArray(RandomSchemaObject(depth)) : RandomSchemaObject(depth),
            "additionalProperties" or "additionalItems" => _random.Next(2) == 0 ? _random.Next(2) == 0 : RandomSchemaObject(depth),
            _ => depth > 5 ? Pick(Strings) : RandomSchemaObject(depth),
        };
    }

    private JsonObject Members(int depth)
    {
        var members = new JsonObject();
        var count = _random.Next(depth > 3 ? 1 : 4);
        for (var i = 0; i < count; i++)
        {
            members[Pick(Strings) + i] = RandomSchemaObject(depth);
        }

        return members;
    }

    private JsonNode? RandomValue(int depth) => _random.Next(depth > 4 ? 5 : 7) switch
    {
        0 => null,
        1 => _random.Next(2) == 0,
        2 => JsonNode.Parse(Pick(Numbers)),
        3 or 4 => Pick(Strings),
        5 => new JsonArray(RandomValue(depth + 1), JsonNode.Parse(Pick(Numbers)), JsonNode.Parse(Pick(Numbers))),
        _ => RandomSchemaObject(depth + 1),
    };

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj)
                {
                    Collect(member.Value, into);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, into);
                }

                break;
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
