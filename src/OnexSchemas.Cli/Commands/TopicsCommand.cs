using System.CommandLine;
using System.Globalization;
using OnexSchemas.Loading;
using OnexSchemas.Reporting;
using OnexSchemas.Config;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>topics plan</c>: the topics and dead-letter topics the tree needs, with their settings.</summary>
internal static class TopicsCommand
{
    public static Command Create(TextWriter output) => new("topics", "The topics the tree needs on the broker.") { Plan(output) };

    private static Command Plan(TextWriter output)
    {
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("text", "json", "rpk");
        formatOption.Description = "Output format: text, json, or rpk ('rpk topic create' commands for Redpanda).";
        var command = new Command("plan", "Print every topic and its dead-letter topic ({topic}.dlq) with partitions, replication and retention from the tree config.")
        {
            rootOption, formatOption,
        };
        command.SetAction(parseResult =>
        {
            var tree = SchemaTreeLoader.Load(SchemaRootLocator.Locate(parseResult.GetValue(rootOption)));
            SchemaRootLocator.RequireSchemas(tree);
            var plan = TopicPlan.For(tree);
            switch (parseResult.GetValue(formatOption))
            {
                case "json":
                    JsonOutput.WriteDocument(output, json =>
                    {
                        json.WriteStartArray();
                        foreach (var topic in plan)
                        {
                            json.WriteStartObject();
                            json.WriteString("topic", topic.Name);
                            json.WriteNumber("partitions", topic.Partitions);
                            json.WriteNumber("replication_factor", topic.ReplicationFactor);
                            json.WriteNumber("retention_ms", topic.RetentionMs);
                            if (topic.DeadLetterOf is { } of)
                            {
                                json.WriteString("dead_letter_of", of);
                            }
                            else
                            {
                                json.WriteNull("dead_letter_of");
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    });
                    break;
                case "rpk":
                    foreach (var topic in plan)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"rpk topic create {topic.Name} --partitions {topic.Partitions} --replicas {topic.ReplicationFactor} --topic-config retention.ms={topic.RetentionMs}"));
                    }

                    break;
                default:
                    var width = plan.Max(topic => topic.Name.Length);
                    output.WriteLine($"{"TOPIC".PadRight(width)}  PARTITIONS  REPLICAS  RETENTION_MS");
                    foreach (var topic in plan)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{topic.Name.PadRight(width)}  {topic.Partitions,10}  {topic.ReplicationFactor,8}  {topic.RetentionMs,12}"));
                    }

                    output.WriteLine($"{plan.Count} topic(s): {plan.Count(topic => !topic.IsDeadLetter)} topics, {plan.Count(topic => topic.IsDeadLetter)} dead-letter topics.");
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
