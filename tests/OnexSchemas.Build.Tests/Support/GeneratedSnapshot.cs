namespace OnexSchemas.Build.Tests.Support;

/// <summary>One generated file as found on disk: when it was last written and what it holds.</summary>
internal sealed record GeneratedFileState(DateTime LastWriteTimeUtc, string Content);

/// <summary>The generated directory's *.g.cs files at one moment, to tell which files a build wrote, added or deleted.</summary>
internal sealed class GeneratedSnapshot
{
    private GeneratedSnapshot(IReadOnlyDictionary<string, GeneratedFileState> files) => Files = files;

    public IReadOnlyDictionary<string, GeneratedFileState> Files { get; }

    public IReadOnlyCollection<string> Names => Files.Keys.Order(StringComparer.Ordinal).ToList();

    public static GeneratedSnapshot Take(string directory)
    {
        var files = new SortedDictionary<string, GeneratedFileState>(StringComparer.Ordinal);
        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*.g.cs"))
            {
                files[Path.GetFileName(path)] = new GeneratedFileState(File.GetLastWriteTimeUtc(path), File.ReadAllText(path));
            }
        }

        return new GeneratedSnapshot(files);
    }

    /// <summary>Files present in both snapshots that were written in between (a new timestamp or new content).</summary>
    public IReadOnlyList<string> WrittenSince(GeneratedSnapshot before) =>
        Files.Where(pair => before.Files.TryGetValue(pair.Key, out var old) && (old.LastWriteTimeUtc != pair.Value.LastWriteTimeUtc || old.Content != pair.Value.Content))
            .Select(pair => pair.Key)
            .ToList();

    public IReadOnlyList<string> AddedSince(GeneratedSnapshot before) => Files.Keys.Where(name => !before.Files.ContainsKey(name)).ToList();

    public IReadOnlyList<string> RemovedSince(GeneratedSnapshot before) => before.Files.Keys.Where(name => !Files.ContainsKey(name)).ToList();

    /// <summary>A one-line-per-file account of the differences, for assertion messages.</summary>
    public string Describe(GeneratedSnapshot before) =>
        $"written: [{string.Join(", ", WrittenSince(before))}]\nadded: [{string.Join(", ", AddedSince(before))}]\nremoved: [{string.Join(", ", RemovedSince(before))}]";
}
