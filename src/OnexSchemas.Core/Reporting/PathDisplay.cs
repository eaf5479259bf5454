namespace OnexSchemas.Reporting;

/// <summary>Shows file paths relative to a base directory (the current one, by default) when they are under it.</summary>
public sealed class PathDisplay
{
    private readonly string _baseDirectory;

    /// <summary>Shows paths relative to <paramref name="baseDirectory"/>.</summary>
    public PathDisplay(string baseDirectory)
    {
        _baseDirectory = Path.GetFullPath(baseDirectory);
    }

    /// <summary>Relative to the current directory.</summary>
    public static PathDisplay CurrentDirectory => new(Environment.CurrentDirectory);

    /// <summary>The path to show for a diagnostic's file: relative with '/' when under the base, else as given.</summary>
    public string Show(string filePath)
    {
        if (!Path.IsPathFullyQualified(filePath))
        {
            return filePath;
        }

        var relative = Path.GetRelativePath(_baseDirectory, filePath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative)
            ? filePath
            : relative.Replace('\\', '/');
    }
}
