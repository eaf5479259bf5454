using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>Resolves a JSON-pointer fragment (the part after <c>#</c>) inside a document.</summary>
internal static class JsonPointer
{
    /// <summary>A member name as one pointer token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c>.</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>
    /// Follows <paramref name="fragment"/> from <paramref name="root"/>. The fragment is percent-decoded first
    /// (it is a URI fragment), then each token is unescaped (<c>~1</c> is <c>/</c>, <c>~0</c> is <c>~</c>).
    /// </summary>
    /// <param name="root">The document.</param>
    /// <param name="fragment">The fragment without the leading <c>#</c>; empty means the whole document.</param>
    /// <returns>The element, or <see langword="null"/> when the pointer leads nowhere (or is an anchor name).</returns>
    public static JsonElement? Resolve(JsonElement root, string fragment)
    {
        Uri? ignored = null;
        return Resolve(root, fragment, ref ignored);
    }

    /// <summary>
    /// Follows <paramref name="fragment"/> as <see cref="Resolve(JsonElement, string)"/> does, and moves
    /// <paramref name="baseUri"/> through every <c>$id</c> on the way (not the target's own: whoever loads the
    /// target enters it).
    /// </summary>
    /// <param name="root">The resource the pointer starts at.</param>
    /// <param name="fragment">The fragment without the leading <c>#</c>, still percent-encoded.</param>
    /// <param name="baseUri">The base URI outside <paramref name="root"/> on entry, outside the target on return; null to not track.</param>
    /// <returns>The element, or <see langword="null"/> when the pointer leads nowhere.</returns>
    public static JsonElement? Resolve(JsonElement root, string fragment, ref Uri? baseUri)
    {
        if (fragment.Length == 0)
        {
            return root;
        }

        var decoded = fragment.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(fragment) : fragment;
        if (decoded[0] != '/')
        {
            return null;
        }

        var current = root;
        var start = 1;
        while (true)
        {
            var end = decoded.IndexOf('/', start);
            var raw = end < 0 ? decoded[start..] : decoded[start..end];
            var token = raw.Contains('~', StringComparison.Ordinal)
                ? raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)
                : raw;
            if (baseUri is not null)
            {
                baseUri = SchemaIdIndex.Rebase(baseUri, current);
            }

            if (!Step(current, token, out current))
            {
                return null;
            }

            if (end < 0)
            {
                return current;
            }

            start = end + 1;
        }
    }

    private static bool Step(JsonElement current, string token, out JsonElement next)
    {
        next = default;
        switch (current.ValueKind)
        {
            case JsonValueKind.Object:
                return current.TryGetProperty(token, out next);
            case JsonValueKind.Array:
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < current.GetArrayLength())
                {
                    next = current[index];
                    return true;
                }

                return false;
            default:
                return false;
        }
    }
}
