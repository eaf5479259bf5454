using System.Text.Json;
using OnexSchemas.Naming;

namespace OnexSchemas.Model;

/// <summary>The tool metadata of a schema, its root <c>x-onex</c> object. Fields a file lacks or mistypes are null.</summary>
public sealed record OnexMetadata
{
    /// <summary>The root key that holds the metadata.</summary>
    public const string Key = "x-onex";

    /// <summary>The topic the schema is for.</summary>
    public string? Topic { get; init; }

    /// <summary>The version text as written.</summary>
    public string? VersionText { get; init; }

    /// <summary>The version, when <see cref="VersionText"/> is well-formed.</summary>
    public SemanticVersion? Version { get; init; }

    /// <summary>The service that owns the contract.</summary>
    public string? Owner { get; init; }

    /// <summary>Services that publish on the topic.</summary>
    public IReadOnlyList<string> Producers { get; init; } = [];

    /// <summary>Services that consume the topic.</summary>
    public IReadOnlyList<string> Consumers { get; init; } = [];

    /// <summary>True when the topic is deprecated (a successor major exists or is planned).</summary>
    public bool Deprecated { get; init; }

    /// <summary>The day after which a deprecated topic may be removed, when set.</summary>
    public DateOnly? Sunset { get; init; }

    /// <summary>Reads the metadata of a schema root; null when the root has no <c>x-onex</c> object.</summary>
    public static OnexMetadata? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty(Key, out var onex)
            || onex.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var versionText = StringOf(onex, "version");
        SemanticVersion.TryParse(versionText, out var version);
        var sunsetText = StringOf(onex, "sunset");
        return new OnexMetadata
        {
            Topic = StringOf(onex, "topic"),
            VersionText = versionText,
            Version = version,
            Owner = StringOf(onex, "owner"),
            Producers = StringsOf(onex, "producers"),
            Consumers = StringsOf(onex, "consumers"),
            Deprecated = onex.TryGetProperty("deprecated", out var deprecated) && deprecated.ValueKind == JsonValueKind.True,
            Sunset = DateOnly.TryParseExact(sunsetText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var sunset) ? sunset : null,
        };
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> StringsOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToArray()
            : [];
}
