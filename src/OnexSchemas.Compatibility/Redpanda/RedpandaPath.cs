namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>
/// Redpanda builds its change paths with <c>std::filesystem::path</c>: <c>#/</c> joined with <c>properties</c>
/// is <c>#/properties</c>, and a component that starts with <c>/</c> replaces the path, as a filesystem does.
/// Predicting its messages exactly means joining the same way.
/// </summary>
internal static class RedpandaPath
{
    /// <summary>The root path, <c>#/</c>.</summary>
    public const string Root = "#/";

    /// <summary><paramref name="path"/> joined with <paramref name="component"/>.</summary>
    public static string Join(string path, string component)
    {
        if (component.StartsWith('/'))
        {
            return component;
        }

        if (path.Length == 0)
        {
            return component;
        }

        return path.EndsWith('/') ? path + component : path + "/" + component;
    }

    /// <summary><paramref name="path"/> joined with two components.</summary>
    public static string Join(string path, string first, string second) => Join(Join(path, first), second);
}
