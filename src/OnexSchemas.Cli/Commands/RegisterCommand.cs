using System.CommandLine;
using OnexSchemas.Registrar;
using OnexSchemas.Registrar.Reporting;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>register</c>: the plan for the tree against a registry, then (unless <c>--dry-run</c>) its application.</summary>
internal static class RegisterCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var connection = new RegistryConnectionChoice();
        var rootOption = CommonOptions.Root();
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Print the plan and write nothing." };
        var subjectOption = SubjectPrefixes();
        var formatOption = CommonOptions.Format("text", "json");
        var concurrencyOption = Concurrency();
        var command = new Command("register",
            "Register the tree's schemas with a schema registry: plan each subject (create, new version, unchanged, blocked), set its level, register; exit 1 when a subject is blocked.")
        {
            rootOption, dryRunOption, subjectOption, formatOption, concurrencyOption,
        };
        connection.AddTo(command);
        command.SetAction(parseResult => RegistryCall.RunOnTree(parseResult, rootOption, subjectOption, connection, error, (schemas, _, registry) =>
        {
            var dryRun = parseResult.GetValue(dryRunOption);
            var registrar = new SchemaRegistrar(registry, new RegistrarOptions { Concurrency = parseResult.GetValue(concurrencyOption) });
            var plan = registrar.PlanAsync(schemas).GetAwaiter().GetResult();
            if (!dryRun)
            {
                plan = registrar.ApplyAsync(plan).GetAwaiter().GetResult();
            }

            if (parseResult.GetValue(formatOption) == "json")
            {
                JsonOutput.WriteDocument(output, json => RegistrationPlanJson.Write(json, plan, dryRun));
            }
            else
            {
                RegistrationPlanText.Write(output, plan, dryRun);
            }

            return plan.HasBlocked ? ExitCodes.Findings : ExitCodes.Success;
        }));
        return command;
    }

    internal static Option<string[]> SubjectPrefixes() => new("--subject")
    {
        Description = "Only the subjects that start with PREFIX (repeatable), for example 'omninode.search.'.",
        HelpName = "PREFIX",
        AllowMultipleArgumentsPerToken = true,
    };

    internal static Option<int> Concurrency()
    {
        var option = new Option<int>("--concurrency")
        {
            Description = "How many subjects are sent at once (default 4).",
            DefaultValueFactory = _ => 4,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError("--concurrency must be between 1 and 64");
            }
        });
        return option;
    }
}
