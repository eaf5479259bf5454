using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Reporting;
using OnexSchemas.Naming;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>show TOPIC</c>: one topic's settings, owners and schema.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var topicArgument = new Argument<string>("TOPIC") { Description = "The topic, e.g. omninode.codegen.request.validate.v1." };
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("text", "json");
        var command = new Command("show", "Show one topic: its settings, owners, dead-letter topic and schema.") { topicArgument, rootOption, formatOption };
        command.SetAction(parseResult =>
        {
            var tree = SchemaTreeLoader.Load(SchemaRootLocator.Locate(parseResult.GetValue(rootOption)));
            SchemaRootLocator.RequireSchemas(tree);
            var name = parseResult.GetValue(topicArgument)!;
            if (!TopicLookup.TryFind(tree, name, out var topic, out var problem))
            {
                throw new UsageException(problem);
            }

            if (parseResult.GetValue(formatOption) == "json")
            {
                JsonOutput.WriteDocument(output, json =>
                {
                    TopicJson.Write(json, topic, includeSchema: true);
                });
            }
            else
            {
                WriteText(output, topic);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, TopicSchema topic)
    {
        var metadata = topic.Document.Metadata;
        List<(string Label, string Value)> fields =
        [
            ("topic", topic.Name.ToString()),
            ("version", metadata?.VersionText ?? "?"),
            ("file", topic.Document.RelativePath),
            ("pattern", topic.Name.Pattern.Segment()),
        ];
        if (topic.Name.ResponseTopic is { } response)
        {
            fields.Add(("response", response.ToString()));
        }

        fields.Add(("dead letter", topic.Name.DeadLetterTopic));
        fields.Add(("partitions", topic.Settings.Partitions.ToString(CultureInfo.InvariantCulture)));
        fields.Add(("replication", topic.Settings.ReplicationFactor.ToString(CultureInfo.InvariantCulture)));
        fields.Add(("retention", topic.Settings.RetentionText));
        fields.Add(("compatibility", topic.Settings.Compatibility.ToRegistryName()));
        fields.Add(("owner", metadata?.Owner ?? "?"));
        fields.Add(("producers", string.Join(", ", metadata?.Producers ?? [])));
        fields.Add(("consumers", string.Join(", ", metadata?.Consumers ?? [])));
        if (metadata?.Deprecated == true)
        {
            fields.Add(("deprecated", "yes" + (metadata.Sunset is { } sunset ? $", sunset {sunset:yyyy-MM-dd}" : string.Empty)));
        }

        // Values start in one column, however long the longest label is.
        var width = fields.Max(field => field.Label.Length) + 2;
        foreach (var (label, value) in fields)
        {
            output.WriteLine((label + ":").PadRight(width) + value);
        }

        output.WriteLine();
        output.WriteLine(JsonSerializer.Serialize(topic.Document.Root, OnexSchemas.Reporting.JsonOutput.SerializerOptions));
    }
}
