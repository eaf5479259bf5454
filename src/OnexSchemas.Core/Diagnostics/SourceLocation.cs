namespace OnexSchemas.Diagnostics;

/// <summary>A place in a schema file. Line and column are 1-based; 0 means "the whole file".</summary>
/// <param name="FilePath">Absolute path of the file, or for files read from git, <c>REF:path</c>.</param>
/// <param name="Line">1-based line, or 0 when the finding concerns the whole file.</param>
/// <param name="Column">1-based column counted in characters, or 0 when unknown.</param>
public readonly record struct SourceLocation(string FilePath, int Line = 0, int Column = 0)
{
    /// <summary>True when the location names a line.</summary>
    public bool HasLine => Line > 0;
}
