using OnexSchemas.Loading;

namespace OnexSchemas.Tests.Support;

/// <summary>Wraps a source and records which files had their bytes read, so a test can prove a file was refused unread.</summary>
public sealed class RecordingSchemaSource(ISchemaSource inner) : ISchemaSource
{
    private readonly List<string> _reads = [];

    /// <summary>Every root-relative path whose bytes were read, in order.</summary>
    public IReadOnlyList<string> Reads => _reads;

    /// <inheritdoc />
    public string DisplayRoot => inner.DisplayRoot;

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles() => inner.ListFiles();

    /// <inheritdoc />
    public bool FileExists(string relativePath) => inner.FileExists(relativePath);

    /// <inheritdoc />
    public long GetLength(string relativePath) => inner.GetLength(relativePath);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string relativePath)
    {
        _reads.Add(relativePath);
        return inner.ReadAllBytes(relativePath);
    }

    /// <inheritdoc />
    public string GetDisplayPath(string relativePath) => inner.GetDisplayPath(relativePath);
}
