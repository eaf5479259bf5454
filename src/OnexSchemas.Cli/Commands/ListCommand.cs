using System.CommandLine;
using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Naming;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>list</c>: the topic catalog as a table or as JSON.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("text", "json");
        var command = new Command("list", "List the topics of the tree with their version, pattern, partitions, retention and owner.") { rootOption, formatOption };
        command.SetAction(parseResult =>
        {
            var tree = SchemaTreeLoader.Load(SchemaRootLocator.Locate(parseResult.GetValue(rootOption)));
            SchemaRootLocator.RequireSchemas(tree);
            if (parseResult.GetValue(formatOption) == "json")
            {
                WriteJson(output, tree);
            }
            else
            {
                WriteTable(output, tree);
            }

            // Files that could not be read are not listed; say so, since a silent gap in a catalog misleads.
            foreach (var diagnostic in tree.LoadDiagnostics)
            {
                error.WriteLine(TextFormatter.Format(diagnostic, PathDisplay.CurrentDirectory));
            }

            return tree.LoadDiagnostics.Any(diagnostic => diagnostic.IsError) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, SchemaTree tree)
    {
        string[] header = ["TOPIC", "VERSION", "PATTERN", "PARTITIONS", "RETENTION", "OWNER"];
        var rows = tree.Topics.Select(topic => new[]
        {
            topic.Name.Value,
            topic.Document.Metadata?.VersionText ?? "?",
            topic.Name.Pattern.Segment(),
            topic.Settings.Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            topic.Settings.RetentionText,
            topic.Owner ?? "?",
        }).ToList();
        var widths = header.Select((title, column) => rows.Select(row => row[column].Length).Append(title.Length).Max()).ToArray();
        void Write(string[] cells) => output.WriteLine(string.Join("  ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        Write(header);
        rows.ForEach(Write);
        output.WriteLine($"{rows.Count} topic(s).");
    }

    private static void WriteJson(TextWriter output, SchemaTree tree)
    {
        JsonOutput.WriteDocument(output, json =>
        {
            json.WriteStartArray();
            foreach (var topic in tree.Topics)
            {
                TopicJson.Write(json, topic);
            }

            json.WriteEndArray();
        });
    }
}
