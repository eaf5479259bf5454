using System.Text.Json;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>Parses test JSON; the documents are kept alive for the test run.</summary>
internal static class Json
{
    public static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement;
}
