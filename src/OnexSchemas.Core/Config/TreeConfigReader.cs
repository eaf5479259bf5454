using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Loading;
using OnexSchemas.Naming;
using OnexSchemas.Text;

namespace OnexSchemas.Config;

/// <summary>Reads <c>onex-schemas.json</c>, reporting every mistake at its key rather than stopping at the first.</summary>
public static class TreeConfigReader
{
    private static readonly string[] RootKeys = ["$schema", "description", "draft", "baseUri", "namespace", "registry", "defaults", "domains", "topics"];
    private static readonly string[] SettingKeys = ["partitions", "replicationFactor", "retentionMs", "compatibility", "deprecationWindowDays"];

    /// <summary>Reads the config of a tree; a tree without one gets <see cref="TreeConfig.Default"/>.</summary>
    public static TreeConfig Read(ISchemaSource source, LoadOptions options, ICollection<Diagnostic> diagnostics, out JsonFile? file)
    {
        file = null;
        if (!source.FileExists(SchemaTreeLayout.ConfigFileName))
        {
            return TreeConfig.Default;
        }

        var parseDiagnostics = new List<Diagnostic>();
        file = JsonFileReader.Read(source, SchemaTreeLayout.ConfigFileName, options, parseDiagnostics);
        foreach (var diagnostic in parseDiagnostics)
        {
            // A broken config is a config problem, whatever the parser called it.
            diagnostics.Add(diagnostic with { Rule = RuleCatalog.TreeConfig, Severity = RuleCatalog.TreeConfig.DefaultSeverity });
        }

        return file is null ? TreeConfig.Default : Interpret(file, diagnostics);
    }

    private static TreeConfig Interpret(JsonFile file, ICollection<Diagnostic> diagnostics)
    {
        var root = file.Root;
        if (root.ValueKind != JsonValueKind.Object)
        {
            Report(file, diagnostics, string.Empty, "the tree config must be a JSON object");
            return TreeConfig.Default;
        }

        var config = TreeConfig.Default;
        foreach (var property in root.EnumerateObject())
        {
            var pointer = JsonPointerText.Append(string.Empty, property.Name);
            switch (property.Name)
            {
                case "draft":
                    var draft = ReadString(file, diagnostics, pointer, property.Value);
                    if (draft is not null && draft != TreeConfig.Draft07)
                    {
                        Report(file, diagnostics, pointer, $"draft '{draft}' is not supported; the tree uses '{TreeConfig.Draft07}'");
                    }

                    break;
                case "baseUri":
                    var baseUri = ReadString(file, diagnostics, pointer, property.Value);
                    if (baseUri is not null)
                    {
                        if (Uri.TryCreate(baseUri, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && baseUri.EndsWith('/'))
                        {
                            config = config with { BaseUri = baseUri };
                        }
                        else
                        {
                            Report(file, diagnostics, pointer, $"baseUri '{baseUri}' must be an absolute http(s) URI ending in '/'");
                        }
                    }

                    break;
                case "namespace":
                    var ns = ReadString(file, diagnostics, pointer, property.Value);
                    if (ns is not null && TopicName.IsValidNamespace(ns))
                    {
                        config = config with { Namespace = ns };
                    }
                    else if (ns is not null)
                    {
                        Report(file, diagnostics, pointer, $"namespace '{ns}' must be lower snake_case ({SnakeCase.Grammar}): it is every topic's first segment and, in PascalCase, the generated C# namespace");
                    }

                    break;
                case "registry":
                    var registry = ReadString(file, diagnostics, pointer, property.Value);
                    if (registry is null)
                    {
                        break;
                    }

                    if (RegistryProfiles.TryParse(registry, out var profile))
                    {
                        config = config with { Registry = profile };
                    }
                    else
                    {
                        var hint = RegistryProfiles.TryParseLoosely(registry, out var meant) ? $"; did you mean '{meant.ToConfigName()}'?" : string.Empty;
                        Report(file, diagnostics, pointer, $"registry '{registry}' is not one of {RegistryProfiles.ListText}: it names whose schema registry the registry verdict predicts{hint}");
                    }

                    break;
                case "defaults":
                    config = config with { Defaults = ReadOverride(file, diagnostics, pointer, property.Value).ApplyTo(config.Defaults) };
                    break;
                case "domains":
                    config = config with { Domains = ReadOverrides(file, diagnostics, pointer, property.Value) };
                    break;
                case "topics":
                    config = config with { Topics = ReadOverrides(file, diagnostics, pointer, property.Value) };
                    break;
                case "$schema":
                case "description":
                    break;
                default:
                    Report(file, diagnostics, pointer, $"unknown key '{property.Name}'{DidYouMean(property.Name, RootKeys)}; the tree config has {string.Join(", ", RootKeys)}");
                    break;
            }
        }

        return config;
    }

    private static Dictionary<string, TopicSettingsOverride> ReadOverrides(JsonFile file, ICollection<Diagnostic> diagnostics, string pointer, JsonElement value)
    {
        var result = new Dictionary<string, TopicSettingsOverride>(StringComparer.Ordinal);
        if (value.ValueKind != JsonValueKind.Object)
        {
            Report(file, diagnostics, pointer, "must be an object whose keys name domains or topics");
            return result;
        }

        foreach (var entry in value.EnumerateObject())
        {
            result[entry.Name] = ReadOverride(file, diagnostics, JsonPointerText.Append(pointer, entry.Name), entry.Value);
        }

        return result;
    }

    private static TopicSettingsOverride ReadOverride(JsonFile file, ICollection<Diagnostic> diagnostics, string pointer, JsonElement value)
    {
        var empty = new TopicSettingsOverride(null, null, null, null, null);
        if (value.ValueKind != JsonValueKind.Object)
        {
            Report(file, diagnostics, pointer, "topic settings must be an object");
            return empty;
        }

        var result = empty;
        foreach (var setting in value.EnumerateObject())
        {
            var at = JsonPointerText.Append(pointer, setting.Name);
            switch (setting.Name)
            {
                case "partitions":
                    result = result with { Partitions = (int?)ReadInteger(file, diagnostics, at, setting.Value, 1, 10_000) };
                    break;
                case "replicationFactor":
                    result = result with { ReplicationFactor = (int?)ReadInteger(file, diagnostics, at, setting.Value, 1, 32) };
                    break;
                case "retentionMs":
                    result = result with { RetentionMs = ReadInteger(file, diagnostics, at, setting.Value, -1, long.MaxValue) };
                    break;
                case "deprecationWindowDays":
                    result = result with { DeprecationWindowDays = (int?)ReadInteger(file, diagnostics, at, setting.Value, 0, 3650) };
                    break;
                case "compatibility":
                    var levelText = ReadString(file, diagnostics, at, setting.Value);
                    if (levelText is null)
                    {
                        break;
                    }

                    if (CompatibilityLevels.TryParseRegistryName(levelText, out var level))
                    {
                        result = result with { Compatibility = level };
                    }
                    else
                    {
                        var hint = CompatibilityLevels.TryParse(levelText, out var meant) ? $"; did you mean '{meant.ToRegistryName()}'?" : string.Empty;
                        Report(file, diagnostics, at, $"compatibility '{levelText}' is not one of {CompatibilityLevels.ListText}{hint}");
                    }

                    break;
                default:
                    Report(file, diagnostics, at, $"unknown setting '{setting.Name}'{DidYouMean(setting.Name, SettingKeys)}; settings are {string.Join(", ", SettingKeys)}");
                    break;
            }
        }

        return result;
    }

    private static string? ReadString(JsonFile file, ICollection<Diagnostic> diagnostics, string pointer, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Report(file, diagnostics, pointer, $"must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
        return null;
    }

    private static long? ReadInteger(JsonFile file, ICollection<Diagnostic> diagnostics, string pointer, JsonElement value, long minimum, long maximum)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }

        Report(file, diagnostics, pointer, $"must be an integer from {minimum} to {maximum}");
        return null;
    }

    private static void Report(JsonFile file, ICollection<Diagnostic> diagnostics, string pointer, string message) =>
        diagnostics.Add(Diagnostic.Create(RuleCatalog.TreeConfig, file.Locate(pointer), message, pointer));

    private static string DidYouMean(string name, IEnumerable<string> known) =>
        NearestNames.Closest(name, known) is { } meant ? $" (did you mean '{meant}'?)" : string.Empty;
}
