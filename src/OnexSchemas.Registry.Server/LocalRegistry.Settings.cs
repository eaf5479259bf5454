using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OnexSchemas.Compatibility;

namespace OnexSchemas.Registry.Server;

/// <summary>Compatibility levels (<c>/config</c>) and modes (<c>/mode</c>), globally and per subject.</summary>
public sealed partial class LocalRegistry
{
    private static readonly string DefaultLevel = CompatibilityLevel.Backward.ToRegistryName();
    private static readonly string DefaultMode = RegistryMode.ReadWrite.ToRegistryName();

    private void MapSettings()
    {
        _app.MapGet("/config", (HttpContext context) => GetSetting(context, null, Level));
        _app.MapGet("/config/{subject}", (HttpContext context, string subject) => GetSetting(context, Unescape(subject), Level));
        _app.MapPut("/config", (HttpContext context) => PutSetting(context, null, Level));
        _app.MapPut("/config/{subject}", (HttpContext context, string subject) => PutSetting(context, Unescape(subject), Level));
        _app.MapDelete("/config", (HttpContext context) => DeleteSetting(context, null, Level));
        _app.MapDelete("/config/{subject}", (HttpContext context, string subject) => DeleteSetting(context, Unescape(subject), Level));
        _app.MapGet("/mode", (HttpContext context) => GetSetting(context, null, Mode));
        _app.MapGet("/mode/{subject}", (HttpContext context, string subject) => GetSetting(context, Unescape(subject), Mode));
        _app.MapPut("/mode", (HttpContext context) => PutSetting(context, null, Mode));
        _app.MapPut("/mode/{subject}", (HttpContext context, string subject) => PutSetting(context, Unescape(subject), Mode));
        _app.MapDelete("/mode/{subject}", (HttpContext context, string subject) => DeleteSetting(context, Unescape(subject), Mode));
    }

    // What differs between /config and /mode: the names, the values, and the errors.
    private sealed record Setting(
        string ReadName,
        string WriteName,
        string Default,
        Func<string?, string?> Get,
        Action<string?, string?> Set,
        Func<string?, string?> Parse,
        Func<string?, RegistryError> Invalid,
        Func<string, RegistryError> NotConfigured);

    private Setting Level => new("compatibilityLevel", "compatibility", DefaultLevel, _store.Level, _store.SetLevel,
        text => CompatibilityLevels.TryParseRegistryName(text, out var level) ? level.ToRegistryName() : null, RegistryError.InvalidLevel, RegistryError.NoSubjectLevel);

    private Setting Mode => new("mode", "mode", DefaultMode, _store.Mode, _store.SetMode,
        text => RegistryModes.TryParse(text, out var mode) ? mode.ToRegistryName() : null, RegistryError.InvalidMode, RegistryError.NoSubjectMode);

    private Task GetSetting(HttpContext context, string? subject, Setting setting)
    {
        var value = subject is null
            ? setting.Get(null) ?? setting.Default
            : setting.Get(subject) ?? (Flag(context, "defaultToGlobal") ? setting.Get(null) ?? setting.Default : throw setting.NotConfigured(subject));
        return WriteSetting(context, setting.ReadName, value);
    }

    private async Task PutSetting(HttpContext context, string? subject, Setting setting)
    {
        string? text = null;
        try
        {
            using var request = JsonDocument.Parse(await Body(context));
            text = request.RootElement.ValueKind == JsonValueKind.Object && request.RootElement.TryGetProperty(setting.WriteName, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
        }

        var parsed = setting.Parse(text) ?? throw setting.Invalid(text);
        setting.Set(subject, parsed);
        Written();
        await WriteSetting(context, setting.WriteName, parsed);
    }

    // Both answer with what was set before; the global level falls back to the default. With nothing set for the
    // subject, Redpanda answers 40401 ("for upstream compatibility", its source says), Confluent 40408 or 40409.
    private Task DeleteSetting(HttpContext context, string? subject, Setting setting)
    {
        var previous = setting.Get(subject) ?? (subject is null ? setting.Default
            : throw (_options.Profile == RegistryProfile.Redpanda ? RegistryError.SubjectNotFound(subject) : setting.NotConfigured(subject)));
        setting.Set(subject, null);
        Written();
        return WriteSetting(context, setting.ReadName, previous);
    }

    private static Task WriteSetting(HttpContext context, string name, string value) => Write(context, 200, json =>
    {
        json.WriteStartObject();
        json.WriteString(name, value);
        json.WriteEndObject();
    });

    private CompatibilityLevel LevelOf(string subject) =>
        CompatibilityLevels.TryParseRegistryName(_store.Level(subject) ?? _store.Level(null), out var level) ? level : CompatibilityLevel.Backward;

    private RegistryMode ModeOf(string subject) =>
        RegistryModes.TryParse(_store.Mode(subject) ?? _store.Mode(null), out var mode) ? mode : RegistryMode.ReadWrite;

    private void RequireWritable(string subject)
    {
        if (ModeOf(subject) == RegistryMode.ReadOnly)
        {
            throw RegistryError.ReadOnly(subject);
        }
    }
}
