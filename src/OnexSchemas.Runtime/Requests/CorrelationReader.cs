using System.Text.Json;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>
/// Reads only the top-level <c>correlation_id</c> of an envelope, so the reply consumer can match a response to its
/// request before it knows (and fully reads) the response's type.
/// </summary>
internal static class CorrelationReader
{
    public static bool TryRead(byte[]? value, out Guid correlationId)
    {
        correlationId = Guid.Empty;
        if (value is null || value.Length == 0)
        {
            return false;
        }

        var json = value[0] == RegistryFraming.MagicByte && value.Length > RegistryFraming.HeaderLength
            ? value.AsSpan(RegistryFraming.HeaderLength)
            : value.AsSpan();
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCorrelation = reader.ValueTextEquals("correlation_id"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if (isCorrelation)
                {
                    return reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out correlationId);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
