namespace OnexSchemas.Loading;

/// <summary>
/// Where a schema tree's files come from: the working tree, or a git revision. Paths are relative to the schema
/// root and use '/', so nothing outside the root can be named, let alone read.
/// </summary>
public interface ISchemaSource
{
    /// <summary>A human name for the root, used in messages: a directory, or <c>REF:dir</c> for git.</summary>
    string DisplayRoot { get; }

    /// <summary>Every file under the root, as root-relative paths with '/' separators, in ordinal order.</summary>
    IReadOnlyList<string> ListFiles();

    /// <summary>True when the root-relative path names a file.</summary>
    bool FileExists(string relativePath);

    /// <summary>The size in bytes of a file, read before its content so huge files are refused unread.</summary>
    long GetLength(string relativePath);

    /// <summary>The bytes of a file.</summary>
    byte[] ReadAllBytes(string relativePath);

    /// <summary>The path findings should name for a file: an absolute path, or <c>REF:path</c> for git.</summary>
    string GetDisplayPath(string relativePath);
}
