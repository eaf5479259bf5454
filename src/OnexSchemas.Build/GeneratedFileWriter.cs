using System.Text;
using Microsoft.Build.Utilities;
using OnexSchemas.Build.CodeGeneration;

namespace OnexSchemas.Build;

/// <summary>Writes generated files, touching only those whose content changed, and removes files no longer generated.</summary>
internal static class GeneratedFileWriter
{
    public const string Extension = ".g.cs";

    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<GeneratedFile> files, TaskLoggingHelper? log)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(directory, file.FileName));
            wanted.Add(path);
            written.Add(path);
            var bytes = Encoding.UTF8.GetBytes(file.Content);
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            File.WriteAllBytes(path, bytes);
            log?.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, $"OnexSchemas: wrote {path}");
        }

        foreach (var stale in Directory.EnumerateFiles(directory, "*" + Extension).Select(Path.GetFullPath).Where(path => !wanted.Contains(path)))
        {
            File.Delete(stale);
            log?.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, $"OnexSchemas: deleted stale {stale}");
        }

        return written;
    }
}
