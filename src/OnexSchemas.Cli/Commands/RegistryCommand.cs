using System.CommandLine;
using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Registrar;
using OnexSchemas.Registrar.Reporting;
using OnexSchemas.Registry.Server;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>registry serve|diff|pull</c>: the local registry, and what a registry holds against the tree.</summary>
internal static class RegistryCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("registry", "The schema registry: run the local one, compare one with the tree, download a schema.")
        {
            Serve(output, error),
            Diff(output, error),
            Pull(output, error),
        };

    private static Command Serve(TextWriter output, TextWriter error)
    {
        var portOption = new Option<int>("--port")
        {
            Description = $"The loopback port to listen on (default {LocalRegistryOptions.DefaultPort}; 0 picks a free one).",
            DefaultValueFactory = _ => LocalRegistryOptions.DefaultPort,
        };
        portOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });
        var dataOption = new Option<DirectoryInfo>("--data")
        {
            Description = "The directory of the registry's SQLite store; it survives restarts (default: .onex-registry in the current directory).",
            HelpName = "DIR",
            DefaultValueFactory = _ => new DirectoryInfo(".onex-registry"),
        };
        var profileOption = CommonOptions.RegistryProfile();
        profileOption.Description = "Whose registry the local one behaves as (verdicts, error codes): redpanda or confluent (default: the tree config's \"registry\", else redpanda).";
        var rootOption = CommonOptions.Root();
        rootOption.Description = "The schema root whose tree config names the registry profile (default: 'schemas/' of the current git repository, when there is one).";
        var command = new Command("serve", "Run the local schema registry (Confluent's REST API as Redpanda serves it) on 127.0.0.1 until Ctrl+C.")
        {
            portOption, dataOption, profileOption, rootOption,
        };
        command.SetAction(parseResult =>
        {
            var profile = RegistryProfileChoice.Resolve(parseResult.GetValue(profileOption), parseResult.GetValue(rootOption), error);
            if (profile is null)
            {
                return ExitCodes.UsageOrIo;
            }

            var data = parseResult.GetValue(dataOption)!;
            var options = new LocalRegistryOptions { DataDirectory = data.FullName, Port = parseResult.GetValue(portOption), Profile = profile.Value };
            var registry = LocalRegistry.StartAsync(options).GetAwaiter().GetResult();
            try
            {
                output.WriteLine($"Local schema registry listening on {registry.Address} (profile {profile.Value.ToConfigName()}, data {data.FullName}); Ctrl+C stops it.");
                output.Flush();
                StopSignal.Wait();
            }
            finally
            {
                registry.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            output.WriteLine("Local schema registry stopped.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Diff(TextWriter output, TextWriter error)
    {
        var connection = new RegistryConnectionChoice();
        var rootOption = CommonOptions.Root();
        var subjectOption = RegisterCommand.SubjectPrefixes();
        var formatOption = CommonOptions.Format("text", "json");
        var command = new Command("diff", "Compare the registry with the tree: subjects missing, extra, differing, levels that differ; exit 1 on drift.")
        {
            rootOption, subjectOption, formatOption,
        };
        connection.AddTo(command);
        command.SetAction(parseResult => RegistryCall.RunOnTree(parseResult, rootOption, subjectOption, connection, error, (schemas, prefixes, registry) =>
        {
            var drift = RegistryDiff.CompareAsync(registry, schemas, subject => RegisteredTreeLoader.InScope(subject, prefixes)).GetAwaiter().GetResult();
            if (parseResult.GetValue(formatOption) == "json")
            {
                JsonOutput.WriteDocument(output, json => DriftJson.Write(json, registry.DisplayUrl, drift));
            }
            else
            {
                DriftText.Write(output, registry.DisplayUrl, drift, schemas.Count);
            }

            return drift.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
        }));
        return command;
    }

    private static Command Pull(TextWriter output, TextWriter error)
    {
        var connection = new RegistryConnectionChoice();
        var subjectOption = new Option<string>("--subject") { Description = "The subject, for example 'omninode.search.event.indexed.v1-value'.", Required = true, HelpName = "SUBJECT" };
        var versionOption = new Option<string>("--version")
        {
            Description = "The version number, or 'latest' (the default).",
            HelpName = "V",
            DefaultValueFactory = _ => "latest",
        };
        var outOption = new Option<FileInfo?>("--out") { Description = "Write the schema to FILE instead of standard output.", HelpName = "FILE" };
        var formatOption = CommonOptions.Format("text", "json");
        formatOption.Description = "Output format: text (the schema, indented) or json ({subject, version, id, schemaType, schema}).";
        var command = new Command("pull", "Download one version of a subject's schema from the registry.") { subjectOption, versionOption, outOption, formatOption };
        connection.AddTo(command);
        command.SetAction(parseResult =>
        {
            var subject = parseResult.GetValue(subjectOption)!;
            var versionText = parseResult.GetValue(versionOption)!;
            int? version = versionText is "latest" or "-1" ? null
                : int.TryParse(versionText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 ? number
                : throw new UsageException($"--version '{versionText}' is not a version: pass a number from 1, or 'latest'");
            var options = connection.Resolve(parseResult);
            return RegistryCall.Run(error, () =>
            {
                using var registry = new RegistryConnection(options);
                var found = registry.GetAsync(subject, version).GetAwaiter().GetResult();
                if (found is null)
                {
                    error.WriteLine($"onex-schemas: registry {registry.DisplayUrl} has no {(version is null ? "version" : $"version {version}")} of subject '{subject}'");
                    return ExitCodes.Findings;
                }

                var text = parseResult.GetValue(formatOption) == "json" ? Describe(found) : Indented(found.Schema);
                if (parseResult.GetValue(outOption) is { } file)
                {
                    File.WriteAllText(file.FullName, text);
                    error.WriteLine($"{subject} version {found.Version} (id {found.Id}) written to {file.FullName}");
                }
                else
                {
                    output.Write(text);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static string Indented(string schema)
    {
        try
        {
            using var document = JsonDocument.Parse(schema);
            using var writer = new StringWriter();
            JsonOutput.WriteDocument(writer, json => document.RootElement.WriteTo(json));
            return writer.ToString();
        }
        catch (JsonException)
        {
            return schema + "\n"; // another schema type's text, printed as the registry holds it
        }
    }

    private static string Describe(RegistryVersion found)
    {
        using var writer = new StringWriter();
        JsonOutput.WriteDocument(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("subject", found.Subject);
            json.WriteNumber("version", found.Version);
            json.WriteNumber("id", found.Id);
            json.WriteString("schemaType", found.SchemaType);
            json.WriteString("schema", found.Schema);
            json.WriteEndObject();
        });
        return writer.ToString();
    }
}
