using System.Collections.Generic;
using System.Text;

namespace OnexSchemas.Build.Generator.Parsing;

/// <summary>
/// Path handling without System.IO (analyzers must not touch the file system): '\' becomes '/', repeated
/// separators and '.' segments go, '..' removes the segment before it. Works the same on Windows and Unix paths.
/// </summary>
internal static class PathNormalizer
{
    /// <summary>Normalises a path; a leading '/', '//' (UNC) or drive letter is kept.</summary>
    public static string Normalize(string path)
    {
        var text = path.Replace('\\', '/');
        var prefix = text.StartsWith("//", System.StringComparison.Ordinal) ? "//" : text.StartsWith("/", System.StringComparison.Ordinal) ? "/" : string.Empty;
        var segments = new List<string>();
        foreach (var segment in text.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0 && segments[segments.Count - 1] != ".." && !(segments.Count == 1 && IsDrive(segments, 0)))
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                if (prefix.Length > 0 || (segments.Count == 1 && IsDrive(segments, 0)))
                {
                    continue; // Nothing is above a root.
                }
            }

            segments.Add(segment);
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(prefix);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            builder.Append(segments[i]);
        }

        return builder.ToString();
    }

    /// <summary>True for '/x', '//server/x' and 'C:/x' (or 'C:x').</summary>
    public static bool IsRooted(string normalizedPath) =>
        normalizedPath.StartsWith("/", System.StringComparison.Ordinal)
        || (normalizedPath.Length >= 2 && normalizedPath[1] == ':' && IsAsciiLetter(normalizedPath[0]));

    /// <summary>Joins a directory and a relative path, then normalises.</summary>
    public static string Combine(string directory, string relative) => Normalize(directory + "/" + relative);

    private static bool IsDrive(List<string> segments, int index) =>
        index == 0 && segments[0].Length == 2 && segments[0][1] == ':' && IsAsciiLetter(segments[0][0]);

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
