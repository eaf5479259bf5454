using System.Text;

namespace OnexSchemas.Loading;

/// <summary>A schema tree held in memory: files read from a git revision, or built by tests and benchmarks.</summary>
public sealed class InMemorySchemaSource : ISchemaSource
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly string _displayPrefix;

    /// <summary>Creates an empty tree whose files are shown as <c>{displayPrefix}{path}</c>.</summary>
    public InMemorySchemaSource(string displayRoot, string displayPrefix = "")
    {
        DisplayRoot = displayRoot;
        _displayPrefix = displayPrefix;
    }

    /// <inheritdoc />
    public string DisplayRoot { get; }

    /// <summary>Adds or replaces a file.</summary>
    public InMemorySchemaSource Add(string relativePath, byte[] content)
    {
        _files[relativePath] = content;
        return this;
    }

    /// <summary>Adds or replaces a file given as UTF-8 text.</summary>
    public InMemorySchemaSource Add(string relativePath, string content) => Add(relativePath, Encoding.UTF8.GetBytes(content));

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles() => _files.Keys.ToList();

    /// <inheritdoc />
    public bool FileExists(string relativePath) => _files.ContainsKey(relativePath);

    /// <inheritdoc />
    public long GetLength(string relativePath) => _files[relativePath].LongLength;

    /// <inheritdoc />
    public byte[] ReadAllBytes(string relativePath) => _files[relativePath];

    /// <inheritdoc />
    public string GetDisplayPath(string relativePath) => _displayPrefix + relativePath;
}
