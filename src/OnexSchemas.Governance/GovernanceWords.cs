namespace OnexSchemas.Governance;

/// <summary>The words reports print for governance values, the same in JSON, Markdown and text.</summary>
public static class GovernanceWords
{
    /// <summary><c>added</c>, <c>removed</c> or <c>modified</c>.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <returns>The lower-case word.</returns>
    public static string ToWord(this FileChangeKind kind) => kind switch
    {
        FileChangeKind.Added => "added",
        FileChangeKind.Removed => "removed",
        FileChangeKind.Modified => "modified",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary><c>added</c>, <c>removed</c>, <c>annotations</c>, <c>compatible</c> or <c>breaking</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The lower-case word.</returns>
    public static string ToWord(this FileVerdict verdict) => verdict switch
    {
        FileVerdict.Added => "added",
        FileVerdict.Removed => "removed",
        FileVerdict.Annotations => "annotations",
        FileVerdict.Compatible => "compatible",
        FileVerdict.Breaking => "breaking",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
