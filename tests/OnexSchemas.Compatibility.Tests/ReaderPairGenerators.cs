using System.Text.Json.Nodes;
using CsCheck;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>
/// (old, new) schema pairs for the soundness test: random documents and their mutations, hand-made schemas and the
/// repository tree's schemas, each with one keyword edit from the classes a syntactic checker misses (required names,
/// patternProperties, format, propertyNames, contains, an added type, oneOf branches, draft-04 style bounds, defaults)
/// and the ordinary ones (bounds, enums, items, dependencies, not, if/then/else).
/// </summary>
internal static class ReaderPairGenerators
{
    private const string Draft7 = "http://json-schema.org/draft-07/schema#";
    private static readonly string[] Names = ["id", "name", "amount", "tags", "meta", "status", "at", "b"];
    private static readonly string[] Formats = ["uuid", "date-time", "email", "date"];
    private static readonly string[] Types = ["string", "integer", "number", "object", "array", "boolean", "null"];

    private static readonly JsonNode[] HandMade =
    [
        JsonNode.Parse("""{ "type": "object", "properties": { "id": { "type": "string", "format": "uuid" }, "amount": { "type": "number", "minimum": 0 } }, "required": ["id"] }""")!,
        JsonNode.Parse("""{ "type": "object", "properties": { "a": { "type": "string" } }, "additionalProperties": false }""")!,
        JsonNode.Parse("""{ "type": "object", "patternProperties": { "^x": { "type": "string" } } }""")!,
        JsonNode.Parse("""{ "type": "array", "items": { "type": "integer" }, "minItems": 1 }""")!,
        JsonNode.Parse("""{ "type": "array", "items": [ { "type": "string" }, { "type": "integer" } ], "additionalItems": false }""")!,
        JsonNode.Parse("""{ "oneOf": [ { "type": "string", "maxLength": 3 }, { "type": "integer" } ] }""")!,
        JsonNode.Parse("""{ "anyOf": [ { "type": "string" }, { "type": "null" } ] }""")!,
        JsonNode.Parse("""{ "type": "string", "pattern": "^[a-z]+$", "minLength": 1 }""")!,
        JsonNode.Parse("""{ "type": ["string", "integer"], "minLength": 2, "maximum": 9 }""")!,
        JsonNode.Parse("""{ "minLength": 2 }""")!,
        JsonNode.Parse("""{ "enum": ["low", "high", 1, null] }""")!,
        JsonNode.Parse("""{ "type": "object", "properties": { "kind": { "const": "a" }, "n": { "type": "integer" } }, "required": ["kind"], "dependencies": { "n": ["kind"] } }""")!,
        JsonNode.Parse("""{ "type": "object", "if": { "properties": { "kind": { "const": "a" } } }, "then": { "required": ["a"] }, "else": { "required": ["b"] } }""")!,
        JsonNode.Parse("""{ "type": "number", "not": { "const": 0 }, "multipleOf": 0.5 }""")!,
        JsonNode.Parse("""{ "type": "object", "propertyNames": { "pattern": "^[a-z]+$" }, "maxProperties": 3 }""")!,
        JsonNode.Parse("""{ "type": "array", "contains": { "type": "string" }, "uniqueItems": true }""")!,
    ];

    /// <summary>Random pairs from every source.</summary>
    public static Gen<(JsonNode Old, JsonNode New)> Pairs(IReadOnlyList<JsonNode> tree) => Gen.Frequency(
        (3, SchemaGenerators.Pair.Select(pair => (WithDraft(pair.Old), WithDraft(pair.New)))),
        (3, Edited(Gen.Int[0, HandMade.Length - 1].Select(i => HandMade[i]))),
        (2, Edited(Gen.Int[0, Math.Max(tree.Count - 1, 0)].Select(i => tree.Count == 0 ? HandMade[0] : tree[i]))),
        (2, Edited(SchemaGenerators.Document)));

    private static Gen<(JsonNode Old, JsonNode New)> Edited(Gen<JsonNode> source) =>
        Gen.Select(source, Gen.Int[0, 10_000], Gen.Int[0, 24], Gen.Int[0, 10_000], (schema, at, op, arg) =>
        {
            var old = WithDraft(schema);
            return (old, Edit(old, at, op, arg));
        });

    private static JsonNode WithDraft(JsonNode schema)
    {
        // First, because JsonSchema.Net picks the dialect before it reads the other keywords.
        var copy = schema.DeepClone();
        if (copy is JsonObject obj)
        {
            var ordered = new JsonObject { ["$schema"] = Draft7 };
            foreach (var (name, value) in obj.ToList())
            {
                obj.Remove(name);
                if (name != "$schema")
                {
                    ordered[name] = value;
                }
            }

            return ordered;
        }

        return new JsonObject { ["$schema"] = Draft7, ["allOf"] = new JsonArray(copy) };
    }

    /// <summary>One keyword edit of the <paramref name="at"/>-th schema object of <paramref name="document"/>.</summary>
    public static JsonNode Edit(JsonNode document, int at, int op, int arg)
    {
        var copy = document.DeepClone();
        var schemas = new List<JsonObject>();
        CollectSchemas(copy, schemas);
        var target = schemas[at % schemas.Count];
        var name = PropertyNameOf(target, arg);
        switch (op)
        {
            case 0:
                target["required"] = new JsonArray([.. ((target["required"] as JsonArray)?.Select(n => n!.GetValue<string>()) ?? []).Append(name).Distinct().Select(n => (JsonNode)n)]);
                break;
            case 1:
                target.Remove("required");
                break;
            case 2:
                target["patternProperties"] = new JsonObject { ["^x"] = Leaf(arg) };
                break;
            case 3:
                if (target["patternProperties"] is JsonObject patterns && patterns.Count > 0)
                {
                    patterns[patterns.ElementAt(arg % patterns.Count).Key] = Leaf(arg + 1);
                }
                else
                {
                    target["patternProperties"] = new JsonObject { ["^[a-z]+$"] = Leaf(arg) };
                }

                break;
            case 4:
                if (target.ContainsKey("format") && arg % 2 == 0)
                {
                    target.Remove("format");
                }
                else
                {
                    target["format"] = Formats[arg % Formats.Length];
                }

                break;
            case 5:
                target["propertyNames"] = arg % 2 == 0 ? new JsonObject { ["maxLength"] = 1 + arg % 4 } : new JsonObject { ["pattern"] = "^[a-z]+$" };
                break;
            case 6:
                target["contains"] = new JsonObject { ["type"] = Types[arg % 3] };
                break;
            case 7:
                target["type"] = Types[arg % Types.Length];
                break;
            case 8:
                if (target["oneOf"] is JsonArray oneOf && oneOf.Count > 0 && arg % 2 == 0)
                {
                    if (oneOf[arg % oneOf.Count] is JsonObject branch)
                    {
                        foreach (var keyword in new[] { "maxLength", "minLength", "maximum", "minimum", "enum", "const", "type" })
                        {
                            if (branch.Remove(keyword))
                            {
                                break;
                            }
                        }
                    }
                }
                else
                {
                    var branches = target["oneOf"] as JsonArray ?? [];
                    target["oneOf"] = new JsonArray([.. branches.Select(b => b?.DeepClone()), new JsonObject { ["type"] = Types[arg % 3] }]);
                }

                break;
            case 9:
                target[arg % 2 == 0 ? "minLength" : "maxLength"] = arg % 6;
                break;
            case 10:
                target[new[] { "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" }[arg % 4]] = arg % 11 - 2;
                break;
            case 11:
                target["multipleOf"] = new[] { 0.5, 2, 3, 4 }[arg % 4];
                break;
            case 12:
                if (target["enum"] is JsonArray values && values.Count > 1 && arg % 2 == 0)
                {
                    values.RemoveAt(arg % values.Count);
                }
                else
                {
                    target["enum"] = new JsonArray([.. ((target["enum"] as JsonArray)?.Select(v => v?.DeepClone()) ?? [JsonValue.Create("low")]), JsonValue.Create(new[] { "high", "x", "aa" }[arg % 3])]);
                }

                break;
            case 13:
                target["additionalProperties"] = (arg % 3) switch { 0 => false, 1 => true, _ => Leaf(arg) };
                break;
            case 14:
                var properties = target["properties"] as JsonObject ?? [];
                target["properties"] = properties;
                properties[name] = new JsonObject { ["type"] = "string", ["default"] = "d" };
                target["required"] = new JsonArray([.. ((target["required"] as JsonArray)?.Select(n => n!.GetValue<string>()) ?? []).Append(name).Distinct().Select(n => (JsonNode)n)]);
                break;
            case 15:
                target["items"] = Leaf(arg);
                break;
            case 16:
                target[new[] { "minItems", "maxItems" }[arg % 2]] = arg % 4;
                if (arg % 3 == 0)
                {
                    target["uniqueItems"] = true;
                }

                break;
            case 17:
                target["dependencies"] = new JsonObject { [name] = arg % 2 == 0 ? new JsonArray("id") : new JsonObject { ["required"] = new JsonArray("id") } };
                break;
            case 18:
                target["not"] = Leaf(arg);
                break;
            case 19:
                target["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = "a" } } };
                target["then"] = new JsonObject { ["required"] = new JsonArray(name) };
                break;
            case 20:
                target["anyOf"] = new JsonArray(Leaf(arg), Leaf(arg + 3));
                break;
            case 21:
                if (target.Count > 0)
                {
                    target.Remove(target.ElementAt(arg % target.Count).Key);
                }

                break;
            case 22:
                if (target["properties"] is JsonObject props && props.Count > 0)
                {
                    props[props.ElementAt(arg % props.Count).Key] = Leaf(arg);
                }

                break;
            case 23:
                if (target["properties"] is JsonObject existing && existing.Count > 0)
                {
                    existing.Remove(existing.ElementAt(arg % existing.Count).Key);
                }

                break;
            default:
                target["description"] = "edited " + arg;
                break;
        }

        return copy;
    }

    private static JsonNode Leaf(int arg) => (arg % 8) switch
    {
        0 => new JsonObject { ["type"] = "string" },
        1 => new JsonObject { ["type"] = "string", ["maxLength"] = 2 },
        2 => new JsonObject { ["type"] = "integer" },
        3 => new JsonObject { ["type"] = "number", ["maximum"] = 5 },
        4 => new JsonObject { ["const"] = "a" },
        5 => new JsonObject { ["type"] = "boolean" },
        6 => new JsonObject(),
        _ => new JsonObject { ["type"] = new JsonArray("string", "null") },
    };

    private static string PropertyNameOf(JsonObject target, int arg) =>
        target["properties"] is JsonObject properties && properties.Count > 0 && arg % 3 != 0
            ? properties.ElementAt(arg % properties.Count).Key
            : Names[arg % Names.Length];

    // The schema objects of a document: the root and every subschema, not the property maps that hold them.
    private static void CollectSchemas(JsonNode? node, List<JsonObject> schemas)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        schemas.Add(schema);
        foreach (var (keyword, value) in schema)
        {
            switch (keyword)
            {
                case "properties" or "patternProperties" or "definitions" or "$defs" or "dependencies" when value is JsonObject map:
                    foreach (var (_, child) in map)
                    {
                        CollectSchemas(child, schemas);
                    }

                    break;
                case "allOf" or "anyOf" or "oneOf" or "items" when value is JsonArray list:
                    foreach (var child in list)
                    {
                        CollectSchemas(child, schemas);
                    }

                    break;
                case "items" or "additionalProperties" or "additionalItems" or "not" or "if" or "then" or "else" or "contains" or "propertyNames":
                    CollectSchemas(value, schemas);
                    break;
            }
        }
    }
}
