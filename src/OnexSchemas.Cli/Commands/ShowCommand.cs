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

    private static string UnknownTopic(SchemaTree tree, string name)
    {
        // The topic's file may exist but not load: its own findings say why, which "unknown topic" would not.
        if (TopicName.TryParse(name, tree.Config.Namespace, out var topic, out _)
            && tree.Source.FileExists(SchemaPath.ForTopic(topic!)))
        {
            var findings = tree.LoadDiagnostics
                .Where(diagnostic => diagnostic.Location.FilePath == tree.Source.GetDisplayPath(SchemaPath.ForTopic(topic!)))
                .Select(diagnostic => diagnostic.Message);
            return $"topic '{name}' has a schema file, '{SchemaPath.ForTopic(topic!)}', that could not be loaded: {string.Join("; ", findings)}";
        }

        var close = tree.Topics
            .Select(candidate => (Name: candidate.Name.Value, Distance: EditDistance(candidate.Name.Value, name)))
            .Where(candidate => candidate.Distance <= Math.Max(3, name.Length / 5))
            .OrderBy(candidate => candidate.Distance)
            .Take(3)
            .Select(candidate => candidate.Name)
            .ToList();
        return close.Count == 0
            ? $"unknown topic '{name}'; run 'onex-schemas list' to see the topics"
            : $"unknown topic '{name}'; did you mean: {string.Join(", ", close)}?";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
