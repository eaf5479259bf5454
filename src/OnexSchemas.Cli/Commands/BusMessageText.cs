using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OnexSchemas.Runtime;

namespace OnexSchemas.Cli.Commands;

/// <summary>How the reading commands print a message: a block for people, or one JSON object per line for scripts.</summary>
internal static class BusMessageText
{
    private static readonly JsonWriterOptions Line = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Block = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteText(TextWriter output, BusMessage message)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{message.Topic}[{message.Partition}]@{message.Offset}  {message.Timestamp:yyyy-MM-ddTHH:mm:ss.fffZ}  key={message.KeyText ?? "(none)"}{(message.SchemaId is { } id ? $"  schema_id={id}" : "  plain JSON")}"));
        foreach (var (name, value) in message.Headers)
        {
            output.WriteLine($"  {name}: {(value is null ? "(null)" : Encoding.UTF8.GetString(value))}");
        }

        output.WriteLine(Value(message, Block));
        output.WriteLine();
    }

    public static void WriteJson(TextWriter output, BusMessage message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Line))
        {
            json.WriteStartObject();
            json.WriteString("topic", message.Topic);
            json.WriteNumber("partition", message.Partition);
            json.WriteNumber("offset", message.Offset);
            json.WriteString("timestamp", message.Timestamp.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            if (message.KeyText is { } key)
            {
                json.WriteString("key", key);
            }
            else
            {
                json.WriteNull("key");
            }

            json.WriteStartObject("headers");
            foreach (var (name, value) in message.Headers)
            {
                json.WriteString(name, value is null ? null : Encoding.UTF8.GetString(value));
            }

            json.WriteEndObject();
            if (message.SchemaId is { } id)
            {
                json.WriteNumber("schema_id", id);
            }
            else
            {
                json.WriteNull("schema_id");
            }

            json.WritePropertyName("value");
            if (Parse(message) is { } document)
            {
                using (document)
                {
                    document.RootElement.WriteTo(json);
                }
            }
            else
            {
                // Not JSON (a poison message, say): shown as it is, so nothing is hidden by the tool.
                json.WriteStringValue(Convert.ToBase64String(message.Value));
                json.WriteString("value_encoding", "base64");
            }

            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Value(BusMessage message, JsonWriterOptions options)
    {
        if (Parse(message) is not { } document)
        {
            return "  (not JSON; base64) " + Convert.ToBase64String(message.Value);
        }

        using (document)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                document.RootElement.WriteTo(json);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }

    private static JsonDocument? Parse(BusMessage message)
    {
        try
        {
            return JsonDocument.Parse(message.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
