using System.CommandLine;
using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Diagnostics;
using OnexSchemas.Loading;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>compat OLD NEW</c>: the registry's verdict on one schema change, without a registry.</summary>
internal static class CompatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var oldArgument = new Argument<FileInfo>("OLD") { Description = "The registered (original) schema." };
        var newArgument = new Argument<FileInfo>("NEW") { Description = "The proposed (update) schema." };
        var levelOption = new Option<string>("--level")
        {
            Description = "Compatibility level: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE.",
            DefaultValueFactory = _ => "BACKWARD",
        };
        levelOption.AcceptOnlyFromAmong(["NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE"]);
        var policyOption = CommonOptions.Policy();
        var formatOption = CommonOptions.Format("text", "json");
        var command = new Command("compat", "Judge one schema change (OLD -> NEW) as the schema registry would.")
        {
            oldArgument, newArgument, levelOption, policyOption, formatOption,
        };
        command.SetAction(parseResult =>
        {
            var original = Read(parseResult.GetValue(oldArgument)!, error);
            var update = Read(parseResult.GetValue(newArgument)!, error);
            if (original is null || update is null)
            {
                return ExitCodes.UsageOrIo;
            }

            var level = CompatibilityLevels.Parse(parseResult.GetValue(levelOption)!);
            var policy = CommonOptions.ParsePolicy(parseResult.GetValue(policyOption)!);
            var result = new CompatibilityChecker().Check([original.Root], update.Root, level, policy);
            if (parseResult.GetValue(formatOption) == "json")
            {
                using var stream = new MemoryStream();
                using (var json = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
                {
                    json.WriteStartObject();
                    WriteResult(json, result);
                    json.WriteEndObject();
                }

                output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                foreach (var judged in result.Changes)
                {
                    output.WriteLine($"{(judged.IsCompatible ? "compatible  " : "INCOMPATIBLE")}  {judged.Change}  ({CompatibilityRules.Reason(judged.Change.Type)})");
                }

                output.WriteLine($"{(result.IsCompatible ? "compatible" : "incompatible")} under {result.Level.ToRegistryName()} ({result.Policy.ToString().ToUpperInvariant()}); required bump: {BumpWord(result.RequiredBump)}");
            }

            return result.IsCompatible ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    /// <summary>The verdict's JSON members: compatible, level, policy, changes, required_bump, messages.</summary>
    public static void WriteResult(Utf8JsonWriter json, CompatibilityResult result)
    {
        json.WriteBoolean("compatible", result.IsCompatible);
        json.WriteString("level", result.Level.ToRegistryName());
        json.WriteString("policy", result.Policy.ToString().ToUpperInvariant());
        json.WriteStartArray("changes");
        foreach (var judged in result.Changes)
        {
            json.WriteStartObject();
            json.WriteString("type", judged.Change.TypeName);
            json.WriteString("path", judged.Change.Path);
            json.WriteBoolean("compatible", judged.IsCompatible);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("required_bump", BumpWord(result.RequiredBump));
        json.WriteStartArray("messages");
        foreach (var message in result.Messages)
        {
            json.WriteStringValue(message);
        }

        json.WriteEndArray();
    }

    private static string BumpWord(RequiredBump bump) => bump.ToString().ToLowerInvariant();

    private static JsonFile? Read(FileInfo file, TextWriter error)
    {
        if (Directory.Exists(file.FullName))
        {
            error.WriteLine($"onex-schemas: '{file.FullName}' is a directory, not a schema file");
            return null;
        }

        if (!file.Exists)
        {
            error.WriteLine($"onex-schemas: '{file.FullName}' does not exist");
            return null;
        }

        var diagnostics = new List<Diagnostic>();
        var source = new FileSystemSchemaSource(file.DirectoryName!);
        var parsed = JsonFileReader.Read(source, file.Name, LoadOptions.Default, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(TextFormatter.Format(diagnostic, PathDisplay.CurrentDirectory));
        }

        if (parsed is not null && parsed.Root.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            error.WriteLine($"onex-schemas: '{file.FullName}' is not a JSON Schema: a schema is an object or a boolean, not {parsed.Root.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        return parsed;
    }
}
