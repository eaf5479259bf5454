namespace OnexSchemas.Git;

/// <summary>What one commit left at one path: the blob it wrote there, or nothing when it deleted the file.</summary>
/// <param name="Commit">The commit's full id.</param>
/// <param name="Date">Its committer date.</param>
/// <param name="Path">The path in the repository, with <c>/</c> separators.</param>
/// <param name="Blob">The blob id the commit left at the path; null for a deletion.</param>
public sealed record GitFileRevision(string Commit, DateTimeOffset Date, string Path, string? Blob);
