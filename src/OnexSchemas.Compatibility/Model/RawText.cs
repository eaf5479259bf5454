using System.Runtime.InteropServices;
using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// Questions about a schema answered from its raw UTF-8 text with one vectorised search, before any walk: a yes may
/// be wrong (the name inside a string or an example), so it only ever sends the caller to the full walk.
/// </summary>
internal static class RawText
{
    /// <summary>How many times <paramref name="quotedName"/> (for example <c>"$id"</c> with its quotes) occurs in the text of <paramref name="element"/>.</summary>
    public static int Occurrences(JsonElement element, ReadOnlySpan<byte> quotedName)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        var count = 0;
        for (var at = raw.IndexOf(quotedName); at >= 0; at = raw.IndexOf(quotedName))
        {
            count++;
            raw = raw[(at + quotedName.Length)..];
        }

        return count;
    }
}
