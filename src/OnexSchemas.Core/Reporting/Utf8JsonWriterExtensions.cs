using System.Text.Json;

namespace OnexSchemas.Reporting;

/// <summary>Small conveniences the JSON reports share.</summary>
public static class Utf8JsonWriterExtensions
{
    /// <summary>Writes a string member, or <c>null</c> when there is no value.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
