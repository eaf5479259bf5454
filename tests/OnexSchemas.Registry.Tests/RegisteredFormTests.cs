using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OnexSchemas.Compatibility;
using OnexSchemas.Linting;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// What gets registered: one self-contained schema per topic, the envelope with its payload bound, without tool
/// metadata, canonical; judged by an independent validator (JsonSchema.Net) against the tree's own examples.
/// </summary>
public sealed class RegisteredFormTests : IDisposable
{
    private const string Topic = "events/audit/agent_execution.v1.json";
    private readonly TreeCopy _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Every_topic_of_the_repository_gets_one_subject_named_by_the_topic_name_strategy()
    {
        var tree = _tree.Load();

        var (schemas, problems) = RegisteredForms.Build(tree);

        Assert.Empty(problems);
        Assert.Equal(tree.Topics.Count, schemas.Count);
        Assert.Equal(46, schemas.Count);
        Assert.All(schemas, schema =>
        {
            Assert.Equal(schema.Topic.Value + "-value", schema.Subject);
            Assert.Equal(RegistrySchemaType.Json, schema.SchemaType);
            Assert.Equal(tree.Config.SettingsFor(schema.Topic).Compatibility, schema.Level);
        });
        Assert.Equal(schemas.Select(schema => schema.Subject).Order(StringComparer.Ordinal), schemas.Select(schema => schema.Subject));
    }

    [Fact]
    public void Each_registered_form_is_a_draft_07_schema_that_accepts_the_topics_examples_in_an_envelope_and_only_on_its_topic()
    {
        var tree = _tree.Load();
        var envelopeExample = JsonNode.Parse(tree.FindDocument("common/envelope.v1.json")!.Root.GetProperty("examples")[0].GetRawText())!.AsObject();
        var (schemas, _) = RegisteredForms.Build(tree);
        var checkedExamples = 0;

        foreach (var registered in schemas)
        {
            using var form = JsonDocument.Parse(registered.Schema);
            Assert.Empty(MetaSchemaCheck.Failures(MetaSchemas.Draft7, form.RootElement));
            var schema = JsonSchema.FromText(registered.Schema);
            foreach (var example in tree.FindDocument(registered.SourcePath)!.Root.GetProperty("examples").EnumerateArray())
            {
                var message = envelopeExample.DeepClone().AsObject();
                message["event_type"] = registered.Topic.Value;
                message["payload"] = JsonNode.Parse(example.GetRawText());
                var result = schema.Evaluate(JsonSerializer.SerializeToElement(message), new EvaluationOptions { OutputFormat = OutputFormat.List });
                Assert.True(result.IsValid, $"{registered.Subject}: {JsonSerializer.Serialize(result)}");

                message["event_type"] = "omninode.other.event.something_else.v1";
                Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(message)).IsValid, registered.Subject + " accepted another topic's event_type");
                checkedExamples++;
            }
        }

        Assert.True(checkedExamples >= 46, $"{checkedExamples} examples checked");
    }

    [Fact]
    public void Tool_metadata_is_gone_from_every_schema_object_but_a_property_called_examples_stays()
    {
        _tree.Edit(Topic, schema =>
        {
            schema["properties"]!["examples"] = new JsonObject { ["type"] = "array", ["description"] = "A payload member called examples.", ["x-note"] = "tooling" };
            schema["definitions"] ??= new JsonObject();
            schema["definitions"]!["tagged"] = new JsonObject { ["type"] = "string", ["examples"] = new JsonArray("a"), ["x-onex-hint"] = true };
        });

        var (schemas, problems) = RegisteredForms.Build(_tree.Load());

        Assert.Empty(problems);
        var form = JsonNode.Parse(schemas.Single(schema => schema.SourcePath == Topic).Schema)!.AsObject();
        Assert.Empty(ToolMembers(form));
        Assert.NotNull(form["properties"]!["payload"]!["properties"]!["examples"]);
        Assert.Equal("string", form["definitions"]!["tagged"]!["type"]!.GetValue<string>());
        Assert.Null(form["x-onex"]);
        Assert.Null(form["$id"]);
    }

    [Fact]
    public void A_formatting_or_tooling_only_edit_registers_the_same_text_and_a_change_of_meaning_does_not()
    {
        var before = FormOf(_tree.Load());

        // The same JSON, indented differently and with its members in another order.
        var reordered = JsonNode.Parse(_tree.Read(Topic))!.AsObject();
        var shuffled = new JsonObject();
        foreach (var (name, value) in reordered.Reverse().ToList())
        {
            reordered.Remove(name);
            shuffled[name] = value;
        }

        _tree.Write(Topic, shuffled.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 4 }));
        Assert.Equal(before, FormOf(_tree.Load()));

        _tree.Edit(Topic, schema =>
        {
            schema["x-onex"]!["version"] = "1.0.1";
            schema["x-onex"]!["owner"] = "someone-else";
            schema["examples"]!.AsArray().Add(schema["examples"]![0]!.DeepClone());
        });
        Assert.Equal(before, FormOf(_tree.Load()));

        _tree.Edit(Topic, schema => schema["description"] = "A changed description.");
        Assert.NotEqual(before, FormOf(_tree.Load()));
    }

    [Fact]
    public void The_text_is_canonical_sorted_members_and_no_white_space()
    {
        var form = FormOf(_tree.Load());

        Assert.DoesNotContain("\n", form, StringComparison.Ordinal);
        Assert.Equal(form, CanonicalJson.Write(JsonNode.Parse(form)));
        var root = JsonNode.Parse(form)!.AsObject().Select(member => member.Key).ToList();
        Assert.Equal(root.Order(StringComparer.Ordinal), root);
    }

    [Fact]
    public void References_inside_the_payload_follow_it_down_and_definitions_keep_theirs()
    {
        _tree.Edit(Topic, schema =>
        {
            schema["properties"]!["again"] = new JsonObject { ["$ref"] = "#/properties/agent_id", ["description"] = "The same as agent_id." };
            schema["properties"]!["nested"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["self"] = new JsonObject { ["$ref"] = "#" } } };
        });

        var (schemas, problems) = RegisteredForms.Build(_tree.Load());

        Assert.Empty(problems);
        var payload = JsonNode.Parse(schemas.Single(schema => schema.SourcePath == Topic).Schema)!["properties"]!["payload"]!;
        Assert.Equal("#/properties/payload/properties/agent_id", payload["properties"]!["again"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/properties/payload", payload["properties"]!["nested"]!["properties"]!["self"]!["$ref"]!.GetValue<string>());
        Assert.All(References(payload), reference => Assert.True(
            reference.StartsWith("#/definitions/", StringComparison.Ordinal) || reference.StartsWith("#/properties/payload", StringComparison.Ordinal), reference));
    }

    [Fact]
    public void A_reference_to_another_document_or_a_clashing_definition_is_a_problem_at_its_place()
    {
        _tree.Edit(Topic, schema =>
        {
            schema["properties"]!["shared"] = new JsonObject { ["$ref"] = "../../common/dlq_record.v1.json" };
        });
        _tree.Edit("common/envelope.v1.json", schema => schema["definitions"] = new JsonObject { ["check"] = new JsonObject { ["type"] = "string" } });
        // events/service/event/health.v1.json and events/infra/event/service_health.v1.json define "check" already.

        var (schemas, problems) = RegisteredForms.Build(_tree.Load());

        var external = Assert.Single(problems, problem => problem.Path == Topic);
        Assert.Equal("/properties/shared/$ref", external.Pointer);
        Assert.Contains("names another document", external.Message, StringComparison.Ordinal);
        Assert.Contains(problems, problem => problem.Path == "events/service/event/health.v1.json" && problem.Pointer == "/definitions/check"
            && problem.Message.Contains("also a definition of the envelope", StringComparison.Ordinal));
        Assert.DoesNotContain(schemas, schema => schema.SourcePath == Topic);
        Assert.Equal(46 - problems.Select(problem => problem.Path).Distinct().Count(), schemas.Count);
    }

    [Fact]
    public void A_tree_without_the_envelope_registers_nothing_and_says_why()
    {
        File.Delete(Path.Combine(_tree.Root, "common", "envelope.v1.json"));

        var (schemas, problems) = RegisteredForms.Build(_tree.Load());

        Assert.Empty(schemas);
        var problem = Assert.Single(problems);
        Assert.Equal("common/envelope.v1.json", problem.Path);
    }

    [Fact]
    public void The_schema_type_is_named_as_the_registry_names_it()
    {
        Assert.Equal("JSON", RegistrySchemaType.Json.ToRegistryName());
        Assert.True(RegistrySchemaTypes.TryParse("JSON", out var type));
        Assert.Equal(RegistrySchemaType.Json, type);
        Assert.False(RegistrySchemaTypes.TryParse("AVRO", out _));
        Assert.Equal(CompatibilityLevel.Backward, new TreeCopy().Load().Config.Defaults.Compatibility);
    }

    private static string FormOf(Model.SchemaTree tree) => RegisteredForms.Build(tree).Schemas.Single(schema => schema.SourcePath == Topic).Schema;

    private static IEnumerable<string> ToolMembers(JsonNode? node, bool schemaPosition = true)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                if (schemaPosition && (name == "examples" || name.StartsWith("x-", StringComparison.Ordinal)))
                {
                    yield return name;
                }

                // The members of a properties or definitions map are names, not keywords.
                var mapOfSchemas = name is "properties" or "definitions" or "patternProperties";
                foreach (var inner in mapOfSchemas && value is JsonObject map
                    ? map.SelectMany(entry => ToolMembers(entry.Value))
                    : name is "enum" or "const" or "default" ? [] : ToolMembers(value))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var inner in array.SelectMany(item => ToolMembers(item)))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(member => member.Key == "$ref" && member.Value is JsonValue value ? [value.GetValue<string>()] : References(member.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
