using System.CommandLine;
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
        output.WriteLine($"topic:        {topic.Name}");
        output.WriteLine($"version:      {metadata?.VersionText ?? "?"}");
        output.WriteLine($"file:         {topic.Document.RelativePath}");
        output.WriteLine($"pattern:      {topic.Name.Pattern.Segment()}");
        if (topic.Name.ResponseTopic is { } response)
        {
            output.WriteLine($"response:     {response}");
        }

        output.WriteLine($"dead letter:  {topic.Name.DeadLetterTopic}");
        output.WriteLine($"partitions:   {topic.Settings.Partitions}");
        output.WriteLine($"replication:  {topic.Settings.ReplicationFactor}");
        output.WriteLine($"retention:    {topic.Settings.RetentionText}");
        output.WriteLine($"compatibility: {topic.Settings.Compatibility.ToRegistryName()}");
        output.WriteLine($"owner:        {metadata?.Owner ?? "?"}");
        output.WriteLine($"producers:    {string.Join(", ", metadata?.Producers ?? [])}");
        output.WriteLine($"consumers:    {string.Join(", ", metadata?.Consumers ?? [])}");
        if (metadata?.Deprecated == true)
        {
            output.WriteLine($"deprecated:   yes{(metadata.Sunset is { } sunset ? $", sunset {sunset:yyyy-MM-dd}" : string.Empty)}");
        }

        output.WriteLine();
        output.WriteLine(JsonSerializer.Serialize(topic.Document.Root, OnexSchemas.Reporting.JsonOutput.SerializerOptions));
    }
}
