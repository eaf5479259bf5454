using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Model;
using OnexSchemas.Naming;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary>The JSON shape of one topic, shared by <c>list</c> and <c>show</c>.</summary>
internal static class TopicJson
{
    public static void Write(Utf8JsonWriter json, TopicSchema topic, bool includeSchema = false)
    {
        json.WriteStartObject();
        json.WriteString("topic", topic.Name.Value);
        json.WriteStringOrNull("version", topic.Document.Metadata?.VersionText);
        json.WriteString("file", topic.Document.RelativePath);
        json.WriteString("domain", topic.Name.Domain);
        json.WriteString("pattern", topic.Name.Pattern.Segment());
        json.WriteString("operation", topic.Name.Operation);
        json.WriteNumber("major", topic.Name.Major);
        json.WriteNumber("partitions", topic.Settings.Partitions);
        json.WriteNumber("replication_factor", topic.Settings.ReplicationFactor);
        json.WriteNumber("retention_ms", topic.Settings.RetentionMs);
        json.WriteString("compatibility", topic.Settings.Compatibility.ToRegistryName());
        json.WriteString("dead_letter_topic", topic.Name.DeadLetterTopic);
        json.WriteStringOrNull("owner", topic.Owner);
        WriteStrings(json, "producers", topic.Document.Metadata?.Producers ?? []);
        WriteStrings(json, "consumers", topic.Document.Metadata?.Consumers ?? []);
        json.WriteBoolean("deprecated", topic.Document.Metadata?.Deprecated ?? false);
        if (topic.Name.ResponseTopic is { } response)
        {
            json.WriteString("response_topic", response.Value);
        }

        if (includeSchema)
        {
            json.WritePropertyName("schema");
            topic.Document.Root.WriteTo(json);
        }

        json.WriteEndObject();
    }


    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
