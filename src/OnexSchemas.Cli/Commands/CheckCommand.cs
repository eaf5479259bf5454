using System.CommandLine;
using System.Globalization;
using OnexSchemas.Git;
using OnexSchemas.Governance;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>check --against REF</c>: validate the working tree, then judge every schema change since REF with the SemVer rules.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var againstOption = new Option<string>("--against")
        {
            Description = "The git ref to compare with, e.g. origin/main.",
            Required = true,
            HelpName = "REF",
        };
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("text", "json", "sarif", "github", "markdown");
        var policyOption = CommonOptions.Policy();
        var profileOption = CommonOptions.RegistryProfile();
        var todayOption = new Option<string?>("--today")
        {
            Description = "The date sunsets are judged on, yyyy-MM-dd (default: today, UTC).",
            HelpName = "DATE",
        };
        var command = new Command("check", "Compare the schema tree with a git ref: compatibility verdicts and SemVer rules.")
        {
            againstOption, rootOption, formatOption, policyOption, profileOption, todayOption,
        };
        command.SetAction(parseResult =>
        {
            var against = parseResult.GetValue(againstOption)!;
            var root = SchemaRootLocator.Locate(parseResult.GetValue(rootOption));
            var policy = CommonOptions.ParsePolicy(parseResult.GetValue(policyOption)!);
            // check lints the tree config itself (ONEX024), so a broken one fails the check rather than this lookup.
            var profile = RegistryProfileChoice.Resolve(parseResult.GetValue(profileOption), new DirectoryInfo(root), error: null)!.Value;
            CommonOptions.RequirePolicySupported(profile, policy);
            var options = new GovernanceOptions
            {
                Policy = policy,
                Profile = profile,
                Today = ParseToday(parseResult.GetValue(todayOption)),
            };

            BaselineCheckResult result;
            try
            {
                result = BaselineCheck.Run(root, against, options);
            }
            catch (GitException exception)
            {
                throw new UsageException($"git: {exception.Message}");
            }

            if (result.Baseline.SchemaFileCount == 0)
            {
                // Nothing on either side is a mistyped --root; an empty working tree beside a full baseline is a deletion.
                SchemaRootLocator.RequireSchemas(result.Current);
                error.WriteLine($"onex-schemas: warning: '{against}' has no schema files under '{result.BaselineDirectory}'; every schema counts as added");
            }

            var paths = PathDisplay.CurrentDirectory;
            var format = parseResult.GetValue(formatOption)!;
            switch (format)
            {
                case "markdown":
                    GovernanceMarkdownReport.Write(output, result, paths);
                    break;
                case "json":
                    JsonOutput.WriteDocument(output, json => BaselineCheckJson.Write(json, result, paths));
                    break;
                default:
                    DiagnosticFormatters.For(ValidateCommand.ParseFormat(format), paths).Write(output, result.Diagnostics, result.Current.JsonFileCount);
                    // SARIF and workflow annotations are read by machines; the person reading the log still learns what was compared.
                    if (format == "text")
                    {
                        output.WriteLine(result.Summary + ".");
                    }
                    else
                    {
                        error.WriteLine("onex-schemas: " + result.Summary);
                    }

                    break;
            }

            return result.Passed ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    private static DateOnly ParseToday(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(DateTime.UtcNow);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--today '{text}' is not a date written yyyy-MM-dd");
    }
}
