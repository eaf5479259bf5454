namespace OnexSchemas.Loading;

/// <summary>Limits that keep a hostile or broken file from exhausting the machine.</summary>
public sealed record LoadOptions
{
    /// <summary>The default options.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Files larger than this are refused unread. Event schemas are kilobytes; 4 MiB leaves room.</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted; deeper input is refused rather than recursed into.</summary>
    public int MaxDepth { get; init; } = 128;
}
