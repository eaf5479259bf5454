using OnexSchemas.Catalog;
using OnexSchemas.Catalog.Model;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Catalog.Tests;

/// <summary>The field table: every member of a payload, nested members under their parent, each type said in words.</summary>
public sealed class FieldTableTests
{
    private const string Topic = "omninode.demo.event.shape.v1";
    private const string Path = "events/demo/event/shape.v1.json";

    private static IReadOnlyList<CatalogField> Fields(string properties, string required = "[]", string definitions = "{}")
    {
        using var tree = TreeBuilder.Valid().Write(Path, $$"""
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "$id": "https://schemas.omninode.dev/{{Path}}",
              "title": "Shape", "description": "Shapes.",
              "x-onex": { "topic": "{{Topic}}", "version": "1.0.0", "owner": "team-core", "producers": ["a"], "consumers": ["b"] },
              "type": "object", "additionalProperties": false,
              "required": {{required}},
              "properties": {{properties}},
              "definitions": {{definitions}}
            }
            """);
        var catalog = EventCatalogBuilder.Build(tree.Load());
        return catalog.Find(Topic)!.Fields;
    }

    private static string TypeOf(IReadOnlyList<CatalogField> fields, string path) => fields.Single(field => field.Path == path).Type;

    [Theory]
    [InlineData("""{"type": "string", "format": "uuid"}""", "string (uuid)")]
    [InlineData("""{"type": "string", "minLength": 1, "maxLength": 63, "pattern": "^[a-z]+$"}""", "string, 1–63 chars, pattern ^[a-z]+$")]
    [InlineData("""{"type": "string", "enum": ["effect", "compute"]}""", "one of \"effect\", \"compute\"")]
    [InlineData("""{"const": 3}""", "constant 3")]
    [InlineData("""{"type": "integer", "minimum": 0, "maximum": 100}""", "integer, 0–100")]
    [InlineData("""{"type": "number", "exclusiveMinimum": 0}""", "number, > 0")]
    [InlineData("""{"type": "number", "minimum": 0, "exclusiveMaximum": 1}""", "number, ≥ 0 and < 1")]
    [InlineData("""{"type": "integer", "maximum": 10, "multipleOf": 2}""", "integer, ≤ 10, multiple of 2")]
    [InlineData("""{"type": ["string", "null"]}""", "string or null")]
    [InlineData("""{"type": "array", "items": {"type": "string"}, "maxItems": 50, "uniqueItems": true}""", "array of string, ≤ 50 items, unique")]
    [InlineData("""{"type": "array", "items": {"type": "string", "enum": ["a"]}, "minItems": 1}""", "array of one of \"a\", ≥ 1 items")]
    [InlineData("""{"type": "object", "additionalProperties": {"type": "number"}}""", "map of number")]
    [InlineData("""{"type": "boolean"}""", "boolean")]
    [InlineData("""{}""", "any")]
    public void Each_type_is_said_in_words(string schema, string expected)
    {
        Assert.Equal(expected, TypeOf(Fields($$"""{"value": {{schema}}}"""), "value"));
    }

    [Fact]
    public void Nested_objects_and_array_items_are_listed_under_their_parent_in_schema_order()
    {
        var fields = Fields(
            """
            {
              "zeta": {"type": "string", "description": "First in the file."},
              "task": {"type": "object", "description": "The task.", "required": ["name"], "properties": {"name": {"type": "string", "description": "Its name."}, "size": {"type": "integer"}}},
              "issues": {"type": "array", "items": {"$ref": "#/definitions/issue"}, "description": "The issues."}
            }
            """,
            required: """["task"]""",
            definitions: """{"issue": {"type": "object", "description": "One issue.", "required": ["line"], "properties": {"line": {"type": "integer", "minimum": 1, "description": "Where."}}}}""");

        Assert.Equal(["zeta", "task", "task.name", "task.size", "issues", "issues[].line"], fields.Select(field => field.Path));
        Assert.Equal([false, true, true, false, false, true], fields.Select(field => field.Required));
        Assert.Equal("array of object", TypeOf(fields, "issues"));
        Assert.Equal("integer, ≥ 1", TypeOf(fields, "issues[].line"));
        Assert.Equal("Its name.", fields.Single(field => field.Path == "task.name").Description);
        Assert.Equal("Where.", fields.Single(field => field.Path == "issues[].line").Description);
    }

    [Fact]
    public void A_reference_to_another_file_is_followed_and_the_property_keeps_its_own_description()
    {
        using var tree = TreeBuilder.Valid();
        var request = EventCatalogBuilder.Build(tree.Load()).Find(ValidTree.RequestTopic)!;

        Assert.Equal(["target", "target.id", "count", "note"], request.Fields.Select(field => field.Path));
        Assert.Equal("The node to ping.", request.Fields[0].Description);
        Assert.Equal("object", request.Fields[0].Type);
        Assert.Equal("string, ≥ 1 chars", request.Fields[1].Type);
        Assert.Equal("string, ≤ 200 chars", request.Fields[3].Type);
        Assert.True(request.Fields[0].Required);
    }

    [Fact]
    public void A_member_that_refers_back_to_the_root_is_listed_once()
    {
        var fields = Fields("""{"name": {"type": "string"}, "parent": {"$ref": "#"}}""");

        Assert.Equal(["name", "parent"], fields.Select(field => field.Path));
    }

    [Fact]
    public void A_recursive_schema_is_expanded_once()
    {
        var fields = Fields(
            """{"root": {"$ref": "#/definitions/node"}}""",
            definitions: """{"node": {"type": "object", "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}}}}""");

        Assert.Equal(["root", "root.name", "root.children"], fields.Select(field => field.Path));
    }
}
