using System.CommandLine;
using System.Globalization;
using OnexSchemas.Reporting;
using OnexSchemas.Runtime;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>dlq inspect</c> and <c>dlq reprocess</c>: what a dead-letter topic holds, and putting it back on its topic.</summary>
internal static class DlqCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("dlq", "Inspect and reprocess dead-letter topics ({topic}.dlq).") { Inspect(output, error), Reprocess(output, error) };

    private static Option<string> DeadLetterTopic() =>
        new("--dlq-topic") { Description = "The dead-letter topic, for example omninode.codegen.request.validate.v1.dlq.", Required = true, HelpName = "TOPIC.dlq" };

    private static Command Inspect(TextWriter output, TextWriter error)
    {
        var topicOption = DeadLetterTopic();
        var formatOption = CommonOptions.Format("text", "json");
        var bootstrapOption = CommonOptions.BootstrapServers();
        var command = new Command("inspect", "Count what a dead-letter topic holds, by error type and by original topic. Reads it whole; commits nothing for anyone.")
        {
            topicOption, formatOption, bootstrapOption,
        };
        command.SetAction(parseResult => BusCall.Run(error, () =>
        {
            using var stop = new SignalCancellation();
            var summary = new DeadLetterInspector(BusCall.Options(parseResult.GetValue(bootstrapOption))).Inspect(parseResult.GetValue(topicOption)!, stop.Token);
            if (parseResult.GetValue(formatOption) == "json")
            {
                JsonOutput.WriteDocument(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("topic", summary.Topic);
                    json.WriteNumber("total", summary.Total);
                    WriteCounts(json, "by_error_type", summary.ByErrorType);
                    WriteCounts(json, "by_original_topic", summary.ByOriginalTopic);
                    json.WriteString("oldest", summary.Oldest?.ToString("O", CultureInfo.InvariantCulture));
                    json.WriteString("newest", summary.Newest?.ToString("O", CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            output.WriteLine($"{summary.Topic}: {summary.Total} message(s)");
            if (summary.Total > 0)
            {
                WriteTable(output, "ERROR_TYPE", summary.ByErrorType);
                WriteTable(output, "ORIGINAL_TOPIC", summary.ByOriginalTopic);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oldest {summary.Oldest:yyyy-MM-ddTHH:mm:ss.fffZ}, newest {summary.Newest:yyyy-MM-ddTHH:mm:ss.fffZ}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Reprocess(TextWriter output, TextWriter error)
    {
        var topicOption = DeadLetterTopic();
        var limitOption = CommonOptions.Limit("Reprocess at most N messages (default: all, up to the end the topic has when the run starts).");
        var dryRunOption = new Option<bool>("--dry-run") { Description = "List what would be put back; send and commit nothing." };
        var groupOption = new Option<string>("--group")
        {
            Description = $"The consumer group whose dead-letter offsets record what was reprocessed (default {DeadLetterReprocessor.DefaultGroup}).",
            DefaultValueFactory = _ => DeadLetterReprocessor.DefaultGroup,
            HelpName = "G",
        };
        var bootstrapOption = CommonOptions.BootstrapServers();
        var command = new Command("reprocess", "Put dead-lettered messages back on their original topic: the original key and value bytes and headers, the dlq.* headers kept, dlq.reprocess_count raised. Each dead-letter offset is committed only after the broker acknowledged the republished message.")
        {
            topicOption, limitOption, dryRunOption, groupOption, bootstrapOption,
        };
        command.SetAction(parseResult =>
        {
            var dryRun = parseResult.GetValue(dryRunOption);
            var count = 0;
            var exit = BusCall.Run(error, () =>
            {
                using var stop = new SignalCancellation();
                new DeadLetterReprocessor(BusCall.Options(parseResult.GetValue(bootstrapOption)))
                    .ReprocessAsync(parseResult.GetValue(topicOption)!, parseResult.GetValue(limitOption), dryRun, message =>
                    {
                        count++;
                        var to = message.Republished is var (partition, offset)
                            ? string.Create(CultureInfo.InvariantCulture, $"{message.OriginalTopic}[{partition}]@{offset}")
                            : message.OriginalTopic + " (dry run: not sent)";
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{message.DeadLetter.Topic}[{message.DeadLetter.Partition}]@{message.DeadLetter.Offset} -> {to}  error_type={message.ErrorType ?? "(none)"}  reprocess_count={message.ReprocessCount}"));
                        output.Flush();
                    }, stop.Token, parseResult.GetValue(groupOption)!)
                    .GetAwaiter().GetResult();
                return ExitCodes.Success;
            });
            output.WriteLine(dryRun
                ? $"{count} message(s) would be put back (dry run: nothing sent, nothing committed)."
                : $"{count} message(s) put back on their topic and committed.");
            return exit;
        });
        return command;
    }

    private static void WriteCounts(System.Text.Json.Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in counts)
        {
            json.WriteNumber(key, value);
        }

        json.WriteEndObject();
    }

    private static void WriteTable(TextWriter output, string heading, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        var width = Math.Max(heading.Length, counts.Max(pair => pair.Key.Length));
        output.WriteLine($"  {heading.PadRight(width)}  COUNT");
        foreach (var (key, value) in counts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key.PadRight(width)}  {value,5}"));
        }
    }
}
