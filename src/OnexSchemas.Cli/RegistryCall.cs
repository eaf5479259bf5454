using System.CommandLine;
using OnexSchemas.Registrar;
using OnexSchemas.Registry;

namespace OnexSchemas.Cli;

/// <summary>Runs a command's registry work and turns a failed request into its message and exit code 4.</summary>
internal static class RegistryCall
{
    /// <summary>
    /// The shape of every command that holds the tree against a registry: the tree's registered forms (only a tree
    /// that validates), within the <c>--subject</c> prefixes, then the registry work.
    /// </summary>
    public static int RunOnTree(ParseResult parseResult, Option<DirectoryInfo?> root, Option<string[]> subjects, RegistryConnectionChoice connection, TextWriter error,
        Func<IReadOnlyList<RegisteredForm>, IReadOnlyList<string>, RegistryConnection, int> work)
    {
        var prefixes = parseResult.GetValue(subjects) ?? [];
        if (RegisteredTreeLoader.Load(parseResult.GetValue(root), prefixes, error) is not { Forms: var schemas })
        {
            return ExitCodes.Findings;
        }

        var options = connection.Resolve(parseResult);
        return Run(error, () =>
        {
            using var registry = new RegistryConnection(options);
            return work(schemas, prefixes, registry);
        });
    }

    public static int Run(TextWriter error, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (RegistryRequestException exception)
        {
            error.WriteLine($"onex-schemas: {exception.Message}");
            if (exception.Kind == RegistryFailureKind.Unavailable)
            {
                error.WriteLine($"Is the registry running? For the local one: onex-schemas registry serve (it listens on {RegistryEnvironment.LocalDefaultUrl}).");
            }

            return ExitCodes.Registry;
        }
    }
}
