namespace OnexSchemas.Messaging;

/// <summary>
/// Confluent's schema-registry wire format, which Redpanda uses too: a zero magic byte, the schema id as a 4-byte
/// big-endian integer, then the serialized value.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class RegistryFraming
{
    /// <summary>The first byte of a framed value.</summary>
    public const byte MagicByte = 0;

    /// <summary>The length of the frame before the value: the magic byte and the schema id.</summary>
    public const int HeaderLength = 5;

    /// <summary>Writes the frame for <paramref name="schemaId"/> into the first <see cref="HeaderLength"/> bytes of <paramref name="destination"/>.</summary>
    public static void WriteHeader(byte[] destination, int schemaId)
    {
        destination[0] = MagicByte;
        destination[1] = (byte)(schemaId >> 24);
        destination[2] = (byte)(schemaId >> 16);
        destination[3] = (byte)(schemaId >> 8);
        destination[4] = (byte)schemaId;
    }

    /// <summary>Reads the schema id of a framed value; false when the value is too short or does not start with the magic byte.</summary>
    public static bool TryReadHeader(byte[] value, out int schemaId)
    {
        if (value is null || value.Length < HeaderLength || value[0] != MagicByte)
        {
            schemaId = 0;
            return false;
        }

        schemaId = (value[1] << 24) | (value[2] << 16) | (value[3] << 8) | value[4];
        return true;
    }
}
