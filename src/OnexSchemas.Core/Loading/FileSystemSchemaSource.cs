namespace OnexSchemas.Loading;

/// <summary>Schema files in a directory on disk.</summary>
public sealed class FileSystemSchemaSource : ISchemaSource
{
    private readonly string _root;

    /// <summary>Reads the tree under <paramref name="root"/>.</summary>
    public FileSystemSchemaSource(string root)
    {
        _root = Path.GetFullPath(root);
    }

    /// <inheritdoc />
    public string DisplayRoot => _root;

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles()
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // Links could point outside the root; the tree is read without following them.
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = false,
        };
        var files = Directory.EnumerateFiles(_root, "*", options)
            .Select(path => Path.GetRelativePath(_root, path).Replace('\\', '/'))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <inheritdoc />
    public bool FileExists(string relativePath) =>
        TryGetFullPath(relativePath, out var full) && File.Exists(full);

    /// <inheritdoc />
    public long GetLength(string relativePath) => new FileInfo(FullPath(relativePath)).Length;

    /// <inheritdoc />
    public byte[] ReadAllBytes(string relativePath) => File.ReadAllBytes(FullPath(relativePath));

    /// <inheritdoc />
    public string GetDisplayPath(string relativePath) => Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private string FullPath(string relativePath) =>
        TryGetFullPath(relativePath, out var full)
            ? full
            : throw new ArgumentException($"'{relativePath}' is outside the schema root.", nameof(relativePath));

    private bool TryGetFullPath(string relativePath, out string fullPath)
    {
        // A path no file can have (a NUL, say) is simply not under the root; Path.GetFullPath would throw on it.
        if (relativePath.Any(char.IsControl))
        {
            fullPath = string.Empty;
            return false;
        }

        fullPath = Path.GetFullPath(Path.Combine(_root, relativePath));
        var rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(rootWithSeparator, StringComparison.Ordinal);
    }
}
