using System.CommandLine;
using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Compatibility.Reporting;
using OnexSchemas.Diagnostics;
using OnexSchemas.Linting;
using OnexSchemas.Loading;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>compat OLD NEW</c>: the registry's verdict and the readers' verdict on one schema change, without a registry.</summary>
internal static class CompatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var oldArgument = new Argument<FileInfo>("OLD") { Description = "The registered (original) schema." };
        var newArgument = new Argument<FileInfo>("NEW") { Description = "The proposed (update) schema." };
        var levelOption = CommonOptions.Level();
        var policyOption = CommonOptions.Policy();
        var profileOption = CommonOptions.RegistryProfile();
        var rootOption = CommonOptions.Root();
        rootOption.Description = "The schema root whose tree config names the registry (default: 'schemas/' at the top of the current git repository, when there is one).";
        var formatOption = CommonOptions.Format("text", "json");
        var command = new Command("compat", "Judge one schema change (OLD -> NEW) as the schema registry would, and as readers that validate would.")
        {
            oldArgument, newArgument, levelOption, policyOption, profileOption, rootOption, formatOption,
        };
        command.SetAction(parseResult =>
        {
            var original = Read(parseResult.GetValue(oldArgument)!, error);
            var update = Read(parseResult.GetValue(newArgument)!, error);
            if (original is null || update is null)
            {
                return ExitCodes.UsageOrIo;
            }

            var level = CommonOptions.ParseLevel(parseResult.GetValue(levelOption)!);
            var policy = CommonOptions.ParsePolicy(parseResult.GetValue(policyOption)!);
            var profile = RegistryProfileChoice.Resolve(parseResult.GetValue(profileOption), parseResult.GetValue(rootOption), error);
            if (profile is null)
            {
                return ExitCodes.UsageOrIo;
            }

            CommonOptions.RequirePolicySupported(profile.Value, policy);
            var report = new CompatibilityChecker(profile: profile.Value).Report([original.Root], update.Root, level, policy);
            if (parseResult.GetValue(formatOption) == "json")
            {
                JsonOutput.WriteDocument(output, json =>
                {
                    json.WriteStartObject();
                    CompatibilityReportJson.WriteMembers(json, report);
                    json.WriteEndObject();
                });
            }
            else
            {
                CompatibilityResultText.Write(output, report);
            }

            return report.IsCompatible ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

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

        if (parsed is null)
        {
            return null;
        }

        // As the registry does (42201), an invalid schema, or one whose $ref leads nowhere, gets no verdict.
        var refused = MetaSchemaCheck.Check(parsed).Concat(SchemaReferences.FindUnresolved(parsed.Root).Select(unresolved => Diagnostic.Create(
                RuleCatalog.UnresolvedReference, parsed.Locate(unresolved.Pointer),
                $"$ref '{unresolved.Reference}' does not resolve: compat reads the two files alone, so a reference must name this document (a pointer, its $id, a subschema's $id or an anchor)",
                unresolved.Pointer)))
            .ToList();
        foreach (var diagnostic in refused)
        {
            error.WriteLine(TextFormatter.Format(diagnostic, PathDisplay.CurrentDirectory));
        }

        return refused.Count == 0 ? parsed : null;
    }
}
