using OnexSchemas.Compatibility;
using OnexSchemas.Config;
using OnexSchemas.Diagnostics;
using OnexSchemas.Loading;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli;

/// <summary>Which registry's verdict a command predicts: <c>--registry-profile</c>, else the tree config's <c>"registry"</c>, else the default.</summary>
internal static class RegistryProfileChoice
{
    /// <summary>The profile, or <see langword="null"/> after reporting a tree config that is wrong.</summary>
    /// <param name="option">The value of <c>--registry-profile</c>, if given.</param>
    /// <param name="root">The value of <c>--root</c>, if given.</param>
    /// <param name="error">Where the config's diagnostics go; <see langword="null"/> when the command lints the tree and reports them itself.</param>
    public static RegistryProfile? Resolve(string? option, DirectoryInfo? root, TextWriter? error)
    {
        if (CommonOptions.ParseRegistryProfile(option) is { } chosen)
        {
            return chosen;
        }

        string directory;
        try
        {
            directory = SchemaRootLocator.Locate(root);
        }
        catch (UsageException) when (root is null)
        {
            return RegistryProfiles.Default; // two loose files outside any tree
        }

        // A config that is wrong is reported, not skipped: judging by the wrong registry would be a silent mistake.
        var diagnostics = new List<Diagnostic>();
        var config = TreeConfigReader.Read(new FileSystemSchemaSource(directory), LoadOptions.Default, diagnostics, out _);
        if (error is null)
        {
            return config.Registry;
        }

        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(TextFormatter.Format(diagnostic, PathDisplay.CurrentDirectory));
        }

        return diagnostics.Any(diagnostic => diagnostic.IsError) ? null : config.Registry;
    }
}
