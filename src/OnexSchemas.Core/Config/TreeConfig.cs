using OnexSchemas.Compatibility;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Config;

/// <summary>The tree config, <c>onex-schemas.json</c> at the schema root.</summary>
public sealed record TreeConfig
{
    /// <summary>The file name of the tree config.</summary>
    public const string FileName = SchemaTreeLayout.ConfigFileName;

    /// <summary>The only draft the tree accepts.</summary>
    public const string Draft07 = "draft-07";

    /// <summary>The <c>$schema</c> URI of draft-07.</summary>
    public const string Draft07Uri = "http://json-schema.org/draft-07/schema#";

    /// <summary>The config used when the tree has none.</summary>
    public static TreeConfig Default { get; } = new();

    /// <summary>The JSON Schema draft of the tree.</summary>
    public string Draft { get; init; } = Draft07;

    /// <summary>The URI every <c>$id</c> starts with; the rest is the file's path under the root.</summary>
    public string BaseUri { get; init; } = "https://schemas.omninode.dev/";

    /// <summary>The first segment of every topic name.</summary>
    public string Namespace { get; init; } = TopicName.DefaultNamespace;

    /// <summary>Whose schema registry the registry verdict predicts (<c>"registry"</c>: <c>redpanda</c> or <c>confluent</c>).</summary>
    public RegistryProfile Registry { get; init; } = RegistryProfiles.Default;

    /// <summary>Settings for topics that no domain or topic entry overrides.</summary>
    public TopicSettings Defaults { get; init; } = TopicSettings.Default;

    /// <summary>Per-domain overrides of <see cref="Defaults"/>.</summary>
    public IReadOnlyDictionary<string, TopicSettingsOverride> Domains { get; init; } = new Dictionary<string, TopicSettingsOverride>();

    /// <summary>Per-topic overrides, applied after the domain's.</summary>
    public IReadOnlyDictionary<string, TopicSettingsOverride> Topics { get; init; } = new Dictionary<string, TopicSettingsOverride>();

    /// <summary>The settings in force for a topic.</summary>
    public TopicSettings SettingsFor(TopicName topic)
    {
        var settings = Defaults;
        if (Domains.TryGetValue(topic.Domain, out var domain))
        {
            settings = domain.ApplyTo(settings);
        }

        if (Topics.TryGetValue(topic.Value, out var own))
        {
            settings = own.ApplyTo(settings);
        }

        return settings;
    }
}
