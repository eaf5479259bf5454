using OnexSchemas.Loading;

namespace OnexSchemas.Git;

/// <summary>The schema tree as it was at a git commit. Blobs are read in one batch; oversized ones are never read.</summary>
public sealed class GitSchemaSource : ISchemaSource
{
    private readonly Dictionary<string, GitTreeEntry> _entries;
    private readonly IReadOnlyDictionary<string, byte[]> _blobs;
    private readonly string _displayPrefix;

    /// <summary>Reads the tree at <paramref name="directoryInRepository"/> of <paramref name="commit"/>.</summary>
    public GitSchemaSource(GitRepository repository, string reference, string commit, string directoryInRepository, LoadOptions options)
    {
        Repository = repository;
        Commit = commit;
        DirectoryInRepository = directoryInRepository.Replace('\\', '/').Trim('/');
        _displayPrefix = $"{reference}:{(DirectoryInRepository.Length == 0 ? string.Empty : DirectoryInRepository + "/")}";
        DisplayRoot = _displayPrefix;
        _entries = repository.ListFiles(commit, DirectoryInRepository).ToDictionary(entry => entry.Path, StringComparer.Ordinal);
        _blobs = repository.ReadBlobs(_entries.Values
            .Where(entry => entry.Size <= options.MaxFileBytes && entry.Path.EndsWith(".json", StringComparison.Ordinal))
            .Select(entry => entry.ObjectId)
            .Distinct()
            .ToList());
    }

    /// <summary>The repository read from.</summary>
    public GitRepository Repository { get; }

    /// <summary>The commit read.</summary>
    public string Commit { get; }

    /// <summary>The schema root's path inside the repository.</summary>
    public string DirectoryInRepository { get; }

    /// <inheritdoc />
    public string DisplayRoot { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles() => _entries.Keys.Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public bool FileExists(string relativePath) => _entries.ContainsKey(relativePath);

    /// <inheritdoc />
    public long GetLength(string relativePath) => _entries[relativePath].Size;

    /// <inheritdoc />
    public byte[] ReadAllBytes(string relativePath)
    {
        var entry = _entries[relativePath];
        return _blobs.TryGetValue(entry.ObjectId, out var content)
            ? content
            : Repository.ReadBlobs([entry.ObjectId])[entry.ObjectId];
    }

    /// <inheritdoc />
    public string GetDisplayPath(string relativePath) => _displayPrefix + relativePath;

    /// <summary>
    /// Every distinct content <paramref name="relativePath"/> had in the history of <see cref="Commit"/>, oldest first
    /// (the commit's own last); empty when the file is not in this tree.
    /// </summary>
    public IReadOnlyList<byte[]> History(string relativePath) =>
        FileExists(relativePath) ? Repository.FileHistory(Commit, PathInRepository(relativePath)) : [];

    /// <summary>The path of a root-relative file inside the repository.</summary>
    public string PathInRepository(string relativePath) =>
        DirectoryInRepository.Length == 0 ? relativePath : DirectoryInRepository + "/" + relativePath;
}
