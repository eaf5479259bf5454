using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Loading;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Tests;

/// <summary>Behaviours of the generator that the repository's tree does not exercise.</summary>
public sealed class GeneratorBehaviourTests
{
    [Fact]
    public void A_deprecated_topic_generates_an_obsolete_record_naming_its_sunset()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "events", "system", "event", "alert.v1.json")))!.AsObject();
        schema["x-onex"]!["deprecated"] = true;
        schema["x-onex"]!["sunset"] = "2027-06-01";
        var source = new InMemorySchemaSource("memory").Add("events/system/event/alert.v1.json", schema.ToJsonString());

        var files = new EventCodeGenerator(RepositoryPaths.Templates).Generate(SchemaTreeLoader.Load(source));

        var record = files.Single(file => file.FileName == "SystemEvents.AlertEventV1.g.cs").Content;
        Assert.Contains("[global::System.Obsolete(\"omninode.system.event.alert.v1 is deprecated and will be removed after 2027-06-01; move to its next major.\")]", record);
        Assert.DoesNotContain("Obsolete", files.Single(file => file.FileName == "SystemEvents.AlertEventV1Severity.g.cs").Content);
    }

    [Fact]
    public void Nested_types_of_different_schemas_never_collide()
    {
        var files = new EventCodeGenerator(RepositoryPaths.Templates).Generate(SchemaTreeLoader.Load(RepositoryPaths.Schemas));

        // Both performance_baseline schemas have nested metrics; each is prefixed by its own record's name.
        var typeNames = files.Select(file => file.FileName).ToList();
        Assert.Equal(typeNames.Count, typeNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(files.Where(file => file.FileName.Contains('.', StringComparison.Ordinal) && !file.FileName.StartsWith("Onex", StringComparison.Ordinal) && !file.FileName.StartsWith("DlqRecord", StringComparison.Ordinal)),
            file => Assert.Matches(@"^[A-Z][A-Za-z]*\.[A-Z][A-Za-z]*V\d+", file.FileName));
    }

    [Fact]
    public void Generation_never_fetches_a_remote_reference()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var schema = $$"""
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "type": "object",
                  "additionalProperties": false,
                  "properties": { "remote": { "$ref": "http://127.0.0.1:{{port}}/x.json" } }
                }
                """;
            var generator = new RecordGenerator(RepositoryPaths.Templates, "0.0.0");

            var failure = Record.Exception(() => generator.Generate(schema, "/nowhere/x.v1.json", "Omninode.Events", "Omninode.Events.Test", "XEventV1", false, null));

            Assert.NotNull(failure);
            Assert.Contains("never fetched", failure.ToString(), StringComparison.Ordinal);
            Assert.False(listener.Pending(), "the generator connected to the loopback listener");
        }
        finally
        {
            listener.Stop();
        }
    }
}
