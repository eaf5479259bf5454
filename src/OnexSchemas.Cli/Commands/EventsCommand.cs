using System.CommandLine;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Omninode.Events;
using OnexSchemas.Diagnostics;
using OnexSchemas.Instances;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Registrar;
using OnexSchemas.Reporting;
using OnexSchemas.Runtime;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>events publish</c> and <c>events consume</c>: hand-written events onto the bus, and the bus's messages onto the terminal.</summary>
internal static class EventsCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("events", "Publish an event by hand, or read a topic.") { Publish(output, error), Consume(output, error) };

    private static Command Publish(TextWriter output, TextWriter error)
    {
        var rootOption = CommonOptions.Root();
        var topicOption = new Option<string>("--topic") { Description = "The topic, for example omninode.codegen.request.validate.v1.", Required = true, HelpName = "TOPIC" };
        var payloadOption = new Option<string>("--payload") { Description = "The payload as JSON, or @FILE to read it from a file. It is validated against the topic's schema; nothing is sent when it is invalid.", Required = true, HelpName = "JSON|@FILE" };
        var correlationOption = new Option<string?>("--correlation-id") { Description = "The envelope's correlation_id (a UUID; default: the new event's own id, a new flow).", HelpName = "ID" };
        var keyOption = new Option<string?>("--key") { Description = "The message key (default: the correlation id, as the runtime's default).", HelpName = "K" };
        var wireFormatOption = new Option<string>("--wire-format")
        {
            Description = "How the envelope travels: json (plain JSON, the runtime's default) or registry (the schema-registry framing, with the id of the topic's {topic}-value subject; needs a registry).",
            DefaultValueFactory = _ => "json",
        };
        wireFormatOption.AcceptOnlyFromAmong("json", "registry");
        var bootstrapOption = CommonOptions.BootstrapServers();
        var registry = new RegistryConnectionChoice();
        var command = new Command("publish", "Publish one event: the payload in a new envelope (ids, timestamp, version and trace filled in), validated against the topic's schema, with the runtime's headers.")
        {
            rootOption, topicOption, payloadOption, correlationOption, keyOption, wireFormatOption, bootstrapOption,
        };
        registry.AddTo(command);
        command.SetAction(parseResult =>
        {
            var tree = SchemaTreeLoader.Load(SchemaRootLocator.Locate(parseResult.GetValue(rootOption)));
            SchemaRootLocator.RequireSchemas(tree);
            if (!TopicLookup.TryFind(tree, parseResult.GetValue(topicOption)!, out var topic, out var problem))
            {
                throw new UsageException(problem);
            }

            if (topic.Version is not { } version)
            {
                error.WriteLine($"onex-schemas: {topic.Document.RelativePath} has no valid x-onex.version (see 'onex-schemas validate'); nothing was published");
                return ExitCodes.Findings;
            }

            Guid? correlationId = parseResult.GetValue(correlationOption) is { } correlationText
                ? Guid.TryParse(correlationText, out var parsed) ? parsed : throw new UsageException($"--correlation-id '{correlationText}' is not a UUID")
                : null;
            var paths = PathDisplay.CurrentDirectory;
            if (ReadPayload(parseResult.GetValue(payloadOption)!, error, paths) is not { } payload)
            {
                error.WriteLine("onex-schemas: nothing was published");
                return ExitCodes.Findings;
            }

            var envelope = UntypedEnvelope.Create(payload.Root, topic.Name.Value, version.ToString(), new EventContext { CorrelationId = correlationId }, CliSource());
            using (var written = JsonDocument.Parse(UntypedEnvelope.Serialize(envelope)))
            {
                var problems = TopicMessageValidator.For(tree).ValidateEnvelope(topic, written.RootElement);
                if (problems.Count > 0)
                {
                    foreach (var invalid in problems)
                    {
                        error.WriteLine(Describe(invalid, payload, paths));
                    }

                    error.WriteLine($"onex-schemas: the event does not match {topic.Document.RelativePath} ({problems.Count} problem(s)); nothing was published");
                    return ExitCodes.Findings;
                }
            }

            var framed = parseResult.GetValue(wireFormatOption) == "registry";
            return BusCall.Run(error, () =>
            {
                using var connection = framed ? new RegistryConnection(registry.Resolve(parseResult)) : null;
                using var sender = new EnvelopeSender(BusCall.Options(parseResult.GetValue(bootstrapOption)), connection?.Client);
                var published = sender.SendAsync(topic.Name.Value, envelope, parseResult.GetValue(keyOption), framed ? EventWireFormat.SchemaRegistry : EventWireFormat.Json, CancellationToken.None).GetAwaiter().GetResult();
                output.WriteLine($"published {published.Topic}[{published.Partition}]@{published.Offset} event_id={published.EventId:D} correlation_id={published.CorrelationId:D}");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Consume(TextWriter output, TextWriter error)
    {
        var topicOption = new Option<string>("--topic") { Description = "The topic to read.", Required = true, HelpName = "TOPIC" };
        var groupOption = new Option<string>("--group") { Description = "The consumer group; what is printed is committed for it, so the next run goes on after it.", Required = true, HelpName = "G" };
        var fromOption = new Option<string>("--from") { Description = "Where a group with no committed offset starts: earliest or latest (default earliest).", DefaultValueFactory = _ => "earliest" };
        fromOption.AcceptOnlyFromAmong("earliest", "latest");
        var limitOption = CommonOptions.Limit("Stop after N messages (default: read until Ctrl+C).");
        var formatOption = CommonOptions.Format("text", "json");
        formatOption.Description = "Output format: text (one block per message) or json (one JSON object per line, for jq).";
        var bootstrapOption = CommonOptions.BootstrapServers();
        var command = new Command("consume", "Print a topic's messages as a consumer group member: where each is, its key, headers, schema id and envelope, plain JSON or framed.")
        {
            topicOption, groupOption, fromOption, limitOption, formatOption, bootstrapOption,
        };
        command.SetAction(parseResult =>
        {
            var limit = parseResult.GetValue(limitOption);
            var json = parseResult.GetValue(formatOption) == "json";
            return BusCall.Run(error, () =>
            {
                using var stop = new SignalCancellation();
                using var reader = TopicReader.Open(
                    BusCall.Options(parseResult.GetValue(bootstrapOption)),
                    parseResult.GetValue(topicOption)!,
                    parseResult.GetValue(groupOption)!,
                    parseResult.GetValue(fromOption) == "latest" ? AutoOffsetReset.Latest : AutoOffsetReset.Earliest);
                var count = 0;
                while ((limit is null || count < limit) && reader.Next(stop.Token) is { } message)
                {
                    if (json)
                    {
                        BusMessageText.WriteJson(output, message);
                    }
                    else
                    {
                        BusMessageText.WriteText(output, message);
                    }

                    output.Flush();
                    reader.Commit(message);
                    count++;
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static JsonFile? ReadPayload(string text, TextWriter error, PathDisplay paths)
    {
        var (bytes, display) = text.StartsWith('@')
            ? ReadFile(text[1..])
            : (Encoding.UTF8.GetBytes(text), "--payload");
        var diagnostics = new List<Diagnostic>();
        var file = JsonFileReader.Parse("payload", display, bytes, LoadOptions.Default, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(TextFormatter.Format(diagnostic, paths));
        }

        return file;
    }

    private static (byte[] Bytes, string Display) ReadFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new UsageException($"--payload @{path}: no such file");
        }

        return (File.ReadAllBytes(full), full);
    }

    // A problem inside the payload is told at its line in the payload's text; one in the envelope the tool filled is the tree's.
    private static string Describe(MessageProblem problem, JsonFile payload, PathDisplay paths)
    {
        const string Payload = "/payload";
        if (problem.Pointer == Payload || problem.Pointer.StartsWith(Payload + "/", StringComparison.Ordinal))
        {
            var inner = problem.Pointer[Payload.Length..];
            var location = payload.Locate(inner);
            var place = location.HasLine ? $"{paths.Show(location.FilePath)}({location.Line},{Math.Max(1, location.Column)})" : paths.Show(location.FilePath);
            return $"{place}: error: #{inner}: {problem.Message}";
        }

        return $"onex-schemas: error: the envelope at #{problem.Pointer}: {problem.Message}";
    }

    private static OnexEnvelopeSource CliSource() => new()
    {
        Service = "onex-schemas",
        InstanceId = Environment.MachineName.ToLowerInvariant() + "-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Hostname = Environment.MachineName,
    };
}
