namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>URI handling as Redpanda's registry does it for <c>$id</c> and <c>$ref</c>.</summary>
internal static class RedpandaUri
{
    private static readonly Uri RelativeRoot = new("http://relative.invalid/");

    /// <summary><paramref name="reference"/> resolved against <paramref name="baseUri"/>; relative stays relative without a base.</summary>
    public static string Resolve(string reference, string? baseUri)
    {
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && !IsBareFileLike(reference))
        {
            return absolute.OriginalString;
        }

        if (baseUri is null)
        {
            return reference;
        }

        if (Uri.TryCreate(baseUri, UriKind.Absolute, out var based) && !IsBareFileLike(baseUri))
        {
            return Uri.TryCreate(based, reference, out var resolved) ? resolved.ToString() : reference;
        }

        // A relative base ("schema.json") still takes relative references: resolve under a stand-in root and strip it.
        var standIn = new Uri(RelativeRoot, baseUri);
        if (!Uri.TryCreate(standIn, reference, out var merged))
        {
            return reference;
        }

        var text = merged.ToString();
        return text.StartsWith(RelativeRoot.OriginalString, StringComparison.Ordinal) ? text[RelativeRoot.OriginalString.Length..] : text;
    }

    /// <summary>
    /// The key a resource is indexed by: scheme, host and path only (port, user, query and fragment dropped), so
    /// <c>http</c> and <c>https</c> differ but ports do not. A relative reference keeps only its path, so a bare
    /// fragment (<c>#/definitions/a</c>) keys the document without an <c>$id</c>: the empty string.
    /// </summary>
    public static string IdKey(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        var withoutFragment = hash < 0 ? uri : uri[..hash];
        if (Uri.TryCreate(withoutFragment, UriKind.Absolute, out var absolute) && !IsBareFileLike(withoutFragment))
        {
            return absolute.Host.Length > 0
                ? absolute.Scheme + "://" + absolute.Host + absolute.AbsolutePath
                : absolute.Scheme + ":" + absolute.AbsolutePath;
        }

        var query = withoutFragment.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? withoutFragment : withoutFragment[..query];
    }

    /// <summary>The fragment of a reference (after <c>#</c>), still percent-encoded; empty when there is none.</summary>
    public static string Fragment(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? string.Empty : uri[(hash + 1)..];
    }

    // On Unix .NET reads "/x.json" as an absolute file URI; in a $ref it is a path relative to the base.
    private static bool IsBareFileLike(string text) => text.StartsWith('/');
}
