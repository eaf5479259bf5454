namespace OnexSchemas.Git;

/// <summary>A file in a git tree.</summary>
/// <param name="Path">Path relative to the listed directory, with '/' separators.</param>
/// <param name="ObjectId">The blob id.</param>
/// <param name="Size">The blob size in bytes.</param>
public sealed record GitTreeEntry(string Path, string ObjectId, long Size);
