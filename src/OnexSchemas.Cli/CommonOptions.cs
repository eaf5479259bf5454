using System.CommandLine;
using OnexSchemas.Compatibility;

namespace OnexSchemas.Cli;

/// <summary>Options shared by every command that reads the tree, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo?> Root() => new("--root")
    {
        Description = "The schema root (default: 'schemas/' at the top of the current git repository).",
        HelpName = "DIR",
    };

    public static Option<string?> BootstrapServers() => new("--bootstrap-servers")
    {
        Description = $"The Kafka brokers (default: ${OnexSchemas.Messaging.BusEnvironment.BootstrapServersVariable}, else {OnexSchemas.Messaging.BusEnvironment.DefaultBootstrapServers}).",
        HelpName = "HOST:PORT",
    };

    public static Option<int?> Limit(string description)
    {
        var option = new Option<int?>("--limit") { Description = description, HelpName = "N" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--limit must be at least 1");
            }
        });
        return option;
    }

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
        var names = CompatibilityPolicies.All.Select(policy => policy.ToRegistryName().ToLowerInvariant()).ToArray();
        var option = new Option<string>("--policy")
        {
            Description = $"The registry's JSON compatibility policy: {string.Join(" or ", names)} ({names[0]} is the registry's default).",
            DefaultValueFactory = _ => names[0],
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    // The option accepts only the names above, so a failed parse is a programming error, not a user's.
    public static CompatibilityPolicy ParsePolicy(string text) => CompatibilityPolicies.Parse(text);

    public static Option<string?> RegistryProfile()
    {
        var names = RegistryProfiles.All.Select(profile => profile.ToConfigName()).ToArray();
        var option = new Option<string?>("--registry-profile")
        {
            Description = $"Whose registry the registry verdict predicts: {string.Join(" or ", names)} (default: the tree config's \"registry\", else {RegistryProfiles.Default.ToConfigName()}).",
            HelpName = "PROFILE",
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    public static RegistryProfile? ParseRegistryProfile(string? text) =>
        text is null ? null : RegistryProfiles.TryParse(text, out var profile) ? profile : throw new UsageException($"--registry-profile '{text}' is not one of {RegistryProfiles.ListText}");

    // Redpanda has one policy; asking it for LENIENT would silently judge by rules it does not have.
    public static void RequirePolicySupported(RegistryProfile profile, CompatibilityPolicy policy)
    {
        if (profile == Compatibility.RegistryProfile.Redpanda && policy != CompatibilityPolicy.Strict)
        {
            throw new UsageException($"--policy {policy.ToRegistryName().ToLowerInvariant()} is Confluent's; Redpanda's registry has no lenient policy. Pass --registry-profile confluent to judge by Confluent's LENIENT set");
        }
    }

    public static Option<string> Level()
    {
        var names = CompatibilityLevels.All.Select(level => level.ToRegistryName()).ToArray();
        var option = new Option<string>("--level")
        {
            Description = $"Compatibility level: {CompatibilityLevels.ListText}.",
            DefaultValueFactory = _ => CompatibilityLevel.Backward.ToRegistryName(),
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    public static CompatibilityLevel ParseLevel(string text) => CompatibilityLevels.Parse(text);
}
