using System.Text.Json;

namespace OnexSchemas.Compatibility.Reporting;

/// <summary>
/// The JSON shape of a compatibility verdict, shared by <c>compat --format json</c>, <c>check --format json</c>
/// and anything else that reports one, so the members cannot drift apart.
/// </summary>
public static class CompatibilityResultJson
{
    /// <summary>
    /// Writes the verdict's members into the object <paramref name="json"/> is writing: <c>compatible</c>,
    /// <c>profile</c>, <c>level</c>, <c>policy</c>, <c>changes</c> (type, path, compatible), <c>required_bump</c>,
    /// <c>messages</c>, <c>refusal</c> (status and message, or null).
    /// </summary>
    /// <param name="json">A writer positioned inside an object.</param>
    /// <param name="result">The verdict.</param>
    public static void WriteMembers(Utf8JsonWriter json, CompatibilityResult result)
    {
        json.WriteBoolean("compatible", result.IsCompatible);
        json.WriteString("profile", result.Profile.ToConfigName());
        json.WriteString("level", result.Level.ToRegistryName());
        json.WriteString("policy", result.Policy.ToRegistryName());
        json.WriteStartArray("changes");
        foreach (var judged in result.Changes)
        {
            json.WriteStartObject();
            json.WriteString("type", judged.Change.TypeName);
            json.WriteString("path", judged.Change.Path);
            json.WriteBoolean("compatible", judged.IsCompatible);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("required_bump", result.RequiredBump.ToWord());
        json.WriteStartArray("messages");
        foreach (var message in result.Messages)
        {
            json.WriteStringValue(message);
        }

        json.WriteEndArray();
        if (result.Refusal is { } refusal)
        {
            json.WriteStartObject("refusal");
            json.WriteNumber("status", refusal.Status);
            json.WriteString("message", refusal.Message);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("refusal");
        }
    }
}
