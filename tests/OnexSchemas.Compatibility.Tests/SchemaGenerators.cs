using System.Text.Json.Nodes;
using CsCheck;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>Random draft-07 schemas, and related pairs made by mutating one of them.</summary>
public static class SchemaGenerators
{
    private static readonly string[] PropertyNames = ["id", "name", "amount", "tags", "meta", "status", "at"];
    private static readonly string[] Words = ["low", "high", "new", "paid", "x", "y"];
    private static readonly string[] Patterns = ["^[a-z]+$", "^[0-9]{3}$", "^x-"];
    private static readonly string[] Definitions = ["d0", "d1", "d2"];

    // Declared before the generators that use it: static fields initialise in textual order.
    private static readonly Gen<JsonNode> Leaf = Gen.OneOf(
        StringSchema,
        NumberSchema,
        Gen.Const<JsonNode>(() => new JsonObject { ["type"] = "boolean" }),
        Gen.Const<JsonNode>(() => new JsonObject { ["type"] = "null" }),
        Gen.Int[1, 4].Select(n => (JsonNode)new JsonObject { ["enum"] = new JsonArray(Words.Take(n).Select(w => (JsonNode)w).ToArray()) }),
        Gen.Int[0, Words.Length - 1].Select(i => (JsonNode)new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(Words[i], Words[(i + 1) % Words.Length]) }),
        Gen.Int[0, Words.Length - 1].Select(i => (JsonNode)new JsonObject { ["const"] = Words[i] }),
        Gen.Const<JsonNode>(() => JsonValue.Create(true)),
        Gen.Const<JsonNode>(() => new JsonObject()),
        Gen.Int[0, Definitions.Length].Select(i => (JsonNode)new JsonObject { ["$ref"] = i == Definitions.Length ? "#" : "#/definitions/" + Definitions[i] }),
        Gen.Const<JsonNode>(() => new JsonObject { ["type"] = new JsonArray("string", "null") }));

    /// <summary>A whole document: a root schema plus definitions that may refer to each other and to the root.</summary>
    public static readonly Gen<JsonNode> Document =
        Gen.Select(Schema(3), Schema(2).Array[3], (root, defs) =>
        {
            var document = root is JsonObject o ? o : new JsonObject { ["allOf"] = new JsonArray(root) };
            var definitions = new JsonObject();
            for (var i = 0; i < Definitions.Length; i++)
            {
                definitions[Definitions[i]] = defs[i];
            }

            document["definitions"] = definitions;
            return (JsonNode)document;
        });

    /// <summary>An (old, new) pair: usually a mutation of one document, sometimes two unrelated documents.</summary>
    public static readonly Gen<(JsonNode Old, JsonNode New)> Pair =
        Gen.Frequency(
            (4, Gen.Select(Document, Gen.Int[0, 1000], Gen.Int[0, 11], Gen.Int[0, 1000], (d, at, op, arg) => (d, Mutate(d, at, op, arg)))),
            (1, Gen.Select(Document, Document, (a, b) => (a, b))));

    private static Gen<JsonNode> Schema(int depth) => depth <= 0 ? Leaf : Gen.Frequency(
        (4, Leaf),
        (4, ObjectSchema(depth)),
        (2, ArraySchema(depth)),
        (2, Combined(depth)),
        (1, Schema(depth - 1).Select(s => (JsonNode)new JsonObject { ["not"] = s })));

    private static Gen<JsonNode> StringSchema => Gen.Select(Gen.Int[-1, 5], Gen.Int[-1, 20], Gen.Int[-1, Patterns.Length - 1], (min, max, pattern) =>
    {
        var s = new JsonObject { ["type"] = "string" };
        if (min >= 0) s["minLength"] = min;
        if (max >= 0) s["maxLength"] = max;
        if (pattern >= 0) s["pattern"] = Patterns[pattern];
        return (JsonNode)s;
    });

    private static Gen<JsonNode> NumberSchema => Gen.Select(Gen.Bool, Gen.Int[-1, 10], Gen.Int[-1, 100], Gen.Int[-1, 3], Gen.Bool, (integer, min, max, multiple, exclusive) =>
    {
        var s = new JsonObject { ["type"] = integer ? "integer" : "number" };
        if (min >= 0) s[exclusive ? "exclusiveMinimum" : "minimum"] = min;
        if (max >= 0) s[exclusive ? "exclusiveMaximum" : "maximum"] = max;
        if (multiple > 0) s["multipleOf"] = multiple * 2;
        return (JsonNode)s;
    });

    private static Gen<JsonNode> ObjectSchema(int depth) => Gen.Select(
        Schema(depth - 1).Array[0, 4], Gen.Int[0, 15], Gen.Int[0, 3], Schema(depth - 1), Gen.Bool,
        (props, requiredMask, additional, additionalSchema, withPatterns) =>
        {
            var o = new JsonObject { ["type"] = "object" };
            var properties = new JsonObject();
            var required = new JsonArray();
            for (var i = 0; i < props.Length; i++)
            {
                properties[PropertyNames[i]] = props[i];
                if ((requiredMask & (1 << i)) != 0)
                {
                    required.Add(PropertyNames[i]);
                }
            }

            o["properties"] = properties;
            if (required.Count > 0) o["required"] = required;
            switch (additional)
            {
                case 1: o["additionalProperties"] = true; break;
                case 2: o["additionalProperties"] = false; break;
                case 3: o["additionalProperties"] = additionalSchema; break;
            }

            if (withPatterns && additional == 2)
            {
                o["patternProperties"] = new JsonObject { ["^x-"] = new JsonObject { ["type"] = "string" } };
            }

            return (JsonNode)o;
        });

    private static Gen<JsonNode> ArraySchema(int depth) => Gen.Frequency(
        (3, Gen.Select(Schema(depth - 1), Gen.Int[-1, 3], Gen.Bool, (items, min, unique) =>
        {
            var a = new JsonObject { ["type"] = "array", ["items"] = items };
            if (min >= 0) a["minItems"] = min;
            if (unique) a["uniqueItems"] = true;
            return (JsonNode)a;
        })),
        (1, Gen.Select(Schema(depth - 1).Array[1, 3], Gen.Int[0, 2], (tuple, additional) =>
        {
            var a = new JsonObject { ["type"] = "array", ["items"] = new JsonArray(tuple) };
            if (additional == 1) a["additionalItems"] = false;
            if (additional == 2) a["additionalItems"] = new JsonObject { ["type"] = "string" };
            return (JsonNode)a;
        })));

    private static Gen<JsonNode> Combined(int depth) => Gen.Select(Gen.Int[0, 2], Schema(depth - 1).Array[1, 3], (which, branches) =>
        (JsonNode)new JsonObject { [which switch { 0 => "allOf", 1 => "anyOf", _ => "oneOf" }] = new JsonArray(branches) });

    /// <summary>Applies one small edit to the <paramref name="at"/>-th object of the document.</summary>
    public static JsonNode Mutate(JsonNode document, int at, int op, int arg)
    {
        var copy = document.DeepClone();
        var objects = new List<JsonObject>();
        Collect(copy, objects);
        var target = objects[at % objects.Count];
        var name = PropertyNames[arg % PropertyNames.Length];
        switch (op)
        {
            case 0:
                Properties(target)[name] = new JsonObject { ["type"] = "string" };
                break;
            case 1:
                if (target["properties"] is JsonObject ps && ps.Count > 0) ps.Remove(ps.ElementAt(arg % ps.Count).Key);
                break;
            case 2:
                target["additionalProperties"] = target["additionalProperties"] is JsonValue v && !v.GetValue<bool>();
                break;
            case 3:
                target["type"] = new[] { "string", "number", "integer", "object", "array" }[arg % 5];
                break;
            case 4:
                target["maxLength"] = arg % 10;
                break;
            case 5:
                target["required"] = new JsonArray(name);
                break;
            case 6:
                target["enum"] = new JsonArray(Words.Take(1 + (arg % Words.Length)).Select(w => (JsonNode)w).ToArray());
                break;
            case 7:
                target.Remove("additionalProperties");
                break;
            case 8:
                target["minimum"] = arg % 7;
                break;
            case 9:
                target["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "null" });
                break;
            case 10:
                target["title"] = "t" + (arg % 3);
                break;
            default:
                target["$ref"] = "#/definitions/" + Definitions[arg % Definitions.Length];
                break;
        }

        return copy;
    }

    private static JsonObject Properties(JsonObject target)
    {
        if (target["properties"] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        target["properties"] = created;
        return created;
    }

    /// <summary>Every object of <paramref name="node"/>, itself first.</summary>
    internal static void Collect(JsonNode? node, List<JsonObject> objects)
    {
        switch (node)
        {
            case JsonObject o:
                objects.Add(o);
                foreach (var (_, child) in o)
                {
                    Collect(child, objects);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, objects);
                }

                break;
        }
    }
}
