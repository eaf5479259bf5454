using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Registry;

/// <summary>
/// The canonical text of a JSON value: members sorted by ordinal name at every level, array order kept, numbers and
/// strings as written, no white space. Two documents that mean the same JSON get the same bytes, so a formatting-only
/// edit never becomes a registry version (registries compare schema text).
/// </summary>
public static class CanonicalJson
{
    /// <summary>The canonical text of <paramref name="value"/>.</summary>
    public static string Write(JsonNode? value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, value);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The canonical text of <paramref name="value"/>.</summary>
    public static string Write(JsonElement value) => Write(JsonNode.Parse(value.GetRawText()));

    /// <summary>
    /// <paramref name="value"/> without white space, members in their written order: the form registries store a
    /// schema in when the client does not ask to normalize it.
    /// </summary>
    public static string Compact(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            value.WriteTo(json);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Write(Utf8JsonWriter json, JsonNode? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case JsonObject obj:
                json.WriteStartObject();
                foreach (var (name, member) in obj.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    json.WritePropertyName(name);
                    Write(json, member);
                }

                json.WriteEndObject();
                break;
            case JsonArray array:
                json.WriteStartArray();
                foreach (var item in array)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                value.WriteTo(json);
                break;
        }
    }
}
