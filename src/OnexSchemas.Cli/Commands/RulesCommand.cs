using System.CommandLine;
using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>rules</c>: the rule catalog, as a table, JSON, or the Markdown table of <c>docs/rules.md</c>.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output)
    {
        var formatOption = CommonOptions.Format("text", "json", "markdown");
        var command = new Command("rules", "List every lint rule with its id, severity and purpose.") { formatOption };
        command.SetAction(parseResult =>
        {
            switch (parseResult.GetValue(formatOption))
            {
                case "json":
                    output.WriteLine(JsonSerializer.Serialize(
                        AllRules.Select(rule => new { id = rule.Id, name = rule.Name, severity = TextFormatter.SeverityWord(rule.DefaultSeverity), purpose = rule.Purpose }),
                        JsonOutput.SerializerOptions));
                    break;
                case "markdown":
                    output.Write(Markdown());
                    break;
                default:
                    foreach (var rule in AllRules)
                    {
                        output.WriteLine($"{rule.Id}  {TextFormatter.SeverityWord(rule.DefaultSeverity),-7}  {rule.Name,-24}  {rule.Purpose}");
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Lint rules, then the governance rules of <c>check</c>.</summary>
    public static IReadOnlyList<RuleDescriptor> AllRules { get; } = [.. RuleCatalog.All, .. Governance.GovernanceRules.All];

    /// <summary>The rule table as it appears in <c>docs/rules.md</c>.</summary>
    public static string Markdown()
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("| ID | Name | Severity | Purpose |\n|---|---|---|---|\n");
        foreach (var rule in AllRules)
        {
            builder.Append($"| {rule.Id} | `{rule.Name}` | {TextFormatter.SeverityWord(rule.DefaultSeverity)} | {rule.Purpose.Replace("|", "\\|")} |\n");
        }

        return builder.ToString();
    }
}
