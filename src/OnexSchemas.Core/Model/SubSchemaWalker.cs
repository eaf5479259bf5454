using System.Text.Json;
using OnexSchemas.Json;

namespace OnexSchemas.Model;

/// <summary>Lists every schema object of a draft-07 document by following the keywords whose values are schemas.</summary>
public static class SubSchemaWalker
{
    /// <summary>Walks from the root; boolean schemas and non-schema values are skipped.</summary>
    public static IReadOnlyList<SubSchema> Walk(JsonElement root)
    {
        var result = new List<SubSchema>();
        Visit(new SubSchema(string.Empty, root, SubSchemaRole.Root, null), result);
        return result;
    }

    private static void Visit(SubSchema schema, List<SubSchema> result)
    {
        if (schema.Element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        result.Add(schema);
        foreach (var keyword in schema.Element.EnumerateObject())
        {
            var pointer = JsonPointerText.Append(schema.Pointer, keyword.Name);
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "properties":
                    VisitMembers(pointer, value, SubSchemaRole.Property, result);
                    break;
                case "patternProperties":
                    VisitMembers(pointer, value, SubSchemaRole.PatternProperty, result);
                    break;
                case "definitions":
                case "$defs":
                    VisitMembers(pointer, value, SubSchemaRole.Definition, result);
                    break;
                case "dependencies":
                    // Only schema-valued dependencies are schemas; array-valued ones list property names.
                    VisitMembers(pointer, value, SubSchemaRole.Other, result);
                    break;
                case "additionalProperties":
                    Visit(new SubSchema(pointer, value, SubSchemaRole.AdditionalProperties, null), result);
                    break;
                case "items":
                case "additionalItems":
                case "contains":
                    VisitOneOrMany(pointer, value, SubSchemaRole.Items, result);
                    break;
                case "allOf":
                case "anyOf":
                case "oneOf":
                case "not":
                    VisitOneOrMany(pointer, value, SubSchemaRole.Combinator, result);
                    break;
                case "if":
                case "then":
                case "else":
                    Visit(new SubSchema(pointer, value, SubSchemaRole.Conditional, null), result);
                    break;
                case "propertyNames":
                    Visit(new SubSchema(pointer, value, SubSchemaRole.Other, null), result);
                    break;
            }
        }
    }

    private static void VisitMembers(string pointer, JsonElement container, SubSchemaRole role, List<SubSchema> result)
    {
        if (container.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in container.EnumerateObject())
        {
            Visit(new SubSchema(JsonPointerText.Append(pointer, member.Name), member.Value, role, member.Name), result);
        }
    }

    private static void VisitOneOrMany(string pointer, JsonElement value, SubSchemaRole role, List<SubSchema> result)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Visit(new SubSchema(JsonPointerText.Append(pointer, index++), item, role, null), result);
            }
        }
        else
        {
            Visit(new SubSchema(pointer, value, role, null), result);
        }
    }
}
