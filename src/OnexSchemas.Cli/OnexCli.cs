using System.CommandLine;
using OnexSchemas.Cli.Commands;

namespace OnexSchemas.Cli;

/// <summary>The <c>onex-schemas</c> command line. <see cref="Run"/> is what the executable calls and what tests call in-process.</summary>
public static class OnexCli
{
    /// <summary>Runs one command line and returns its exit code; output goes to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("onex-schemas: the event schema tree as the single source of truth for the event bus.")
        {
            ValidateCommand.Create(output, error),
            ListCommand.Create(output, error),
            ShowCommand.Create(output, error),
            RulesCommand.Create(output),
            CheckCommand.Create(output, error),
            CompatCommand.Create(output, error),
            RegisterCommand.Create(output, error),
            RegistryCommand.Create(output, error),
            TopicsCommand.Create(output),
            CatalogCommand.Create(output, error),
            DevCommand.Create(output, error),
            EventsCommand.Create(output, error),
            DlqCommand.Create(output, error),
        };

        // No response files: "@file" is how --payload names a file, and an argument is never read as more arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"onex-schemas: {parseError.Message}");
            }

            error.WriteLine("Run 'onex-schemas --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException exception)
        {
            error.WriteLine($"onex-schemas: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"onex-schemas: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception exception) when (Environment.GetEnvironmentVariable("ONEX_SCHEMAS_DEBUG") is null)
        {
            error.WriteLine($"onex-schemas: internal error: {exception.GetType().Name}: {exception.Message}");
            error.WriteLine("This is a bug in onex-schemas; set ONEX_SCHEMAS_DEBUG=1 for the stack trace and report it.");
            return ExitCodes.InternalError;
        }
    }
}
