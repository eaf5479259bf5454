using OnexSchemas.Reporting;
using System.CommandLine;
using System.Text.Json;
using OnexSchemas.Loading;
using OnexSchemas.Model;

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
            var name = parseResult.GetValue(topicArgument)!;
            var topic = tree.FindTopic(name) ?? throw new UsageException(UnknownTopic(tree, name));
            if (parseResult.GetValue(formatOption) == "json")
            {
                using var stream = new MemoryStream();
                using (var json = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
                {
                    TopicJson.Write(json, topic, includeSchema: true);
                }

                output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
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
        output.WriteLine($"pattern:      {TopicName.PatternSegment(topic.Name.Pattern)}");
        if (topic.Name.ResponseTopic is { } response)
        {
            output.WriteLine($"response:     {response}");
        }

        output.WriteLine($"dead letter:  {topic.Name.DeadLetterTopic}");
        output.WriteLine($"partitions:   {topic.Settings.Partitions}");
        output.WriteLine($"replication:  {topic.Settings.ReplicationFactor}");
        output.WriteLine($"retention:    {topic.Settings.RetentionText}");
        output.WriteLine($"compatibility: {topic.Settings.Compatibility}");
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

    private static string UnknownTopic(SchemaTree tree, string name)
    {
        var close = tree.Topics
            .Select(topic => topic.Name.Value)
            .Where(candidate => candidate.Contains(name, StringComparison.OrdinalIgnoreCase)
                || name.Split('.').Count(part => candidate.Split('.').Contains(part)) >= 3)
            .Take(5)
            .ToList();
        return close.Count == 0
            ? $"unknown topic '{name}'; run 'onex-schemas list' to see the topics"
            : $"unknown topic '{name}'; did you mean: {string.Join(", ", close)}?";
    }
}
