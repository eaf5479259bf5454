using OnexSchemas.Reporting;

namespace OnexSchemas.Registry;

/// <summary>Why a topic's registered form cannot be built, at a file and a place in it.</summary>
/// <param name="Path">The schema file, relative to the schema root.</param>
/// <param name="Pointer">The JSON pointer of the member at fault; empty for the whole file.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record RegisteredFormProblem(string Path, string Pointer, string Message)
{
    /// <summary>The problem as one line of a command's error output: <c>{file}: error: cannot build the registered form at {pointer}: {message}</c>.</summary>
    /// <param name="root">The schema root the path is relative to.</param>
    /// <param name="paths">How file paths are shown.</param>
    public string Format(string root, PathDisplay paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var at = Pointer.Length == 0 ? string.Empty : $" at {Pointer}";
        return $"{paths.Show(System.IO.Path.Combine(root, Path))}: error: cannot build the registered form{at}: {Message}";
    }
}
