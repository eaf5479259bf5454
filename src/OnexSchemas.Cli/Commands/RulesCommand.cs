using System.CommandLine;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>rules</c>: every diagnostic id of every component, as a table, JSON, or the Markdown of <c>docs/rules.md</c>.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var formatOption = CommonOptions.Format("text", "json", "markdown");
        var command = new Command("rules", "List every rule (lint, check, generator) with its id, severity and purpose.") { formatOption };
        command.SetAction(parseResult =>
        {
            switch (parseResult.GetValue(formatOption))
            {
                case "json":
                    output.WriteLine(RuleCatalogWriter.Json());
                    break;
                case "markdown":
                    output.Write(RuleCatalogWriter.Markdown());
                    break;
                default:
                    RuleCatalogWriter.WriteText(output);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
