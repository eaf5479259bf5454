using System.CommandLine;
using OnexSchemas.Linting;
using OnexSchemas.Loading;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>validate</c> (alias <c>lint</c>): loads the tree, runs every rule, prints the findings.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("text", "json", "sarif", "github");
        var command = new Command("validate", "Validate and lint the schema tree; exit 1 when it has errors.") { rootOption, formatOption };
        command.Aliases.Add("lint");
        command.SetAction(parseResult =>
        {
            var root = SchemaRootLocator.Locate(parseResult.GetValue(rootOption));
            var tree = SchemaTreeLoader.Load(root);
            SchemaRootLocator.RequireSchemas(tree);
            var result = SchemaLinter.Lint(tree);
            var format = ParseFormat(parseResult.GetValue(formatOption)!);
            DiagnosticFormatters.For(format, PathDisplay.CurrentDirectory).Write(output, result.Diagnostics, tree.JsonFileCount);
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    internal static OutputFormat ParseFormat(string format) => format switch
    {
        "json" => OutputFormat.Json,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.GitHub,
        _ => OutputFormat.Text,
    };
}
