using System.Text;
using System.Text.Json;

namespace OnexSchemas.Compatibility;

/// <summary>Schemas as registries quote them in messages: compact JSON, member order kept.</summary>
internal static class RegistryText
{
    public static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
