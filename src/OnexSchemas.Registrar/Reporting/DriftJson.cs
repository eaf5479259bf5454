using System.Text.Json;

namespace OnexSchemas.Registrar.Reporting;

/// <summary>Drift for machines: <c>{"registry", "drift": [{"subject", "kind", "detail"}]}</c>.</summary>
public static class DriftJson
{
    /// <summary>Writes the drift as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, string registry, IReadOnlyList<Drift> drift)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(drift);
        json.WriteStartObject();
        json.WriteString("registry", registry);
        json.WriteStartArray("drift");
        foreach (var item in drift)
        {
            json.WriteStartObject();
            json.WriteString("subject", item.Subject);
            json.WriteString("kind", item.Kind.ToJsonName());
            json.WriteString("detail", item.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
