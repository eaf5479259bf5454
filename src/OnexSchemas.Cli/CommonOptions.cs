using System.CommandLine;

namespace OnexSchemas.Cli;

/// <summary>Options shared by every command that reads the tree, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo?> Root() => new("--root")
    {
        Description = "The schema root (default: 'schemas/' at the top of the current git repository).",
        HelpName = "DIR",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string> Policy()
    {
        var option = new Option<string>("--policy")
        {
            Description = "The registry's JSON compatibility policy: strict (the registry default) or lenient.",
            DefaultValueFactory = _ => "strict",
        };
        option.AcceptOnlyFromAmong("strict", "lenient");
        return option;
    }

    public static Compatibility.CompatibilityPolicy ParsePolicy(string text) =>
        text == "lenient" ? Compatibility.CompatibilityPolicy.Lenient : Compatibility.CompatibilityPolicy.Strict;
}
