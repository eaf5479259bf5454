using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OnexSchemas.Git;

/// <summary>
/// The few git operations the baseline needs, run through the real <c>git</c> executable so that any checkout CI
/// makes (shallow, detached, with remotes) behaves as it does for a person.
/// </summary>
public sealed class GitRepository
{
    private GitRepository(string topLevel)
    {
        TopLevel = topLevel;
    }

    /// <summary>The top of the work tree.</summary>
    public string TopLevel { get; }

    /// <summary>The repository that contains <paramref name="directory"/>.</summary>
    public static GitRepository Discover(string directory)
    {
        var top = Run(directory, ["rev-parse", "--show-toplevel"]).Trim();
        return new GitRepository(Path.GetFullPath(top));
    }

    /// <summary>
    /// The top of the work tree containing <paramref name="directory"/>; null outside a work tree or when git cannot
    /// be started, for callers that have a fallback (the default schema root).
    /// </summary>
    public static string? TryFindTopLevel(string directory)
    {
        try
        {
            return Discover(directory).TopLevel;
        }
        catch (GitException)
        {
            return null;
        }
    }

    /// <summary>The path of <paramref name="directory"/> inside the work tree, with '/' separators and no trailing one.</summary>
    public static string PrefixOf(string directory) => Run(directory, ["rev-parse", "--show-prefix"]).Trim().TrimEnd('/');

    /// <summary>The commit a ref names; a <see cref="GitException"/> when it names none.</summary>
    public string ResolveCommit(string reference)
    {
        if (reference.StartsWith('-'))
        {
            throw new GitException($"'{reference}' is not a git ref");
        }

        try
        {
            return Run(TopLevel, ["rev-parse", "--verify", "--quiet", reference + "^{commit}"]).Trim();
        }
        catch (GitException)
        {
            throw new GitException($"'{reference}' names no commit in {TopLevel}; fetch it first, e.g. 'git fetch origin main:refs/remotes/origin/main' (a single-branch or shallow clone has no other branches)");
        }
    }

    /// <summary>The files under a directory at a commit, with their blob ids and sizes; paths relative to that directory.</summary>
    public IReadOnlyList<GitTreeEntry> ListFiles(string commit, string directoryInRepository)
    {
        var prefix = directoryInRepository.Length == 0 ? string.Empty : directoryInRepository.TrimEnd('/') + "/";
        var output = Run(TopLevel, ["ls-tree", "-r", "-z", "--long", "--full-tree", commit, "--", prefix.Length == 0 ? "." : prefix]);
        var entries = new List<GitTreeEntry>();
        foreach (var record in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
            var tab = record.IndexOf('\t');
            var fields = record[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var path = record[(tab + 1)..];
            if (fields[1] != "blob" || !path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            entries.Add(new GitTreeEntry(path[prefix.Length..], fields[2], long.Parse(fields[3], CultureInfo.InvariantCulture)));
        }

        return entries;
    }

    /// <summary>Reads many blobs with one <c>git cat-file --batch</c> process.</summary>
    public IReadOnlyDictionary<string, byte[]> ReadBlobs(IReadOnlyCollection<string> objectIds)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (objectIds.Count == 0)
        {
            return result;
        }

        using var process = Start(TopLevel, ["cat-file", "--batch"]);
        var errors = process.StandardError.ReadToEndAsync(); // drained, so a chatty git can never block on a full pipe
        var writer = Task.Run(() =>
        {
            foreach (var id in objectIds)
            {
                process.StandardInput.Write(id + "\n");
            }

            process.StandardInput.Close();
        });

        var stdout = process.StandardOutput.BaseStream;
        foreach (var id in objectIds)
        {
            var header = ReadLine(stdout).Split(' ');
            if (header.Length < 3 || header[1] == "missing")
            {
                throw new GitException($"git cat-file could not read object {id}");
            }

            var size = int.Parse(header[2], CultureInfo.InvariantCulture);
            var content = new byte[size];
            stdout.ReadExactly(content);
            stdout.ReadByte(); // the newline after each object
            result[id] = content;
        }

        writer.GetAwaiter().GetResult();
        process.WaitForExit();
        errors.GetAwaiter().GetResult();
        return result;
    }

    /// <summary>
    /// Every change to the files under <paramref name="directoryInRepository"/> in the history of
    /// <paramref name="commit"/>, oldest first, from one <c>git log</c>: a history of many files costs one process, not
    /// one per file.
    /// </summary>
    public IReadOnlyList<GitFileRevision> FileRevisions(string commit, string directoryInRepository)
    {
        // The first-parent line is the history the branch saw: a merge counts as one change against its first parent,
        // and side branches' commits never interleave with it. Pathspecs are literal: a root may be named "[x]".
        var log = Run(TopLevel, [
            "-c", "core.quotePath=false", "--literal-pathspecs", "log", "--first-parent", "--diff-merges=first-parent", "--reverse",
            "--no-renames", "--raw", "--no-abbrev", "--no-color", "--no-show-signature", "--format=%x1e%H %cI", commit, "--",
            directoryInRepository.Length == 0 ? "." : directoryInRepository]);
        var revisions = new List<GitFileRevision>();
        foreach (var entry in log.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = entry.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var header = lines.Length == 0 ? [] : lines[0].Split(' ');
            if (header.Length < 2 || !DateTimeOffset.TryParse(header[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue; // not a commit header: text a configuration put before the first one
            }

            foreach (var line in lines.Skip(1))
            {
                // ":<old mode> <new mode> <old blob> <new blob> <status>\t<path>"
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var fields = tab < 0 ? [] : line[..tab].Split(' ');
                if (fields.Length < 5 || fields[1] == "160000")
                {
                    continue; // not a raw line, or a submodule: no blob to read
                }

                revisions.Add(new GitFileRevision(header[0], date, line[(tab + 1)..], fields[3].All(c => c == '0') ? null : fields[3]));
            }
        }

        return revisions;
    }

    /// <summary>Whether the clone is shallow, so that its history stops short of the first commit.</summary>
    public bool IsShallow => Run(TopLevel, ["rev-parse", "--is-shallow-repository"]).Trim() == "true";

    /// <summary>The distinct contents a file had in the history of a commit, oldest first (for transitive checks).</summary>
    public IReadOnlyList<byte[]> FileHistory(string commit, string pathInRepository)
    {
        // One git log with --raw lists the blob each commit left at the path: no process per commit.
        var log = Run(TopLevel, ["log", "--reverse", "--no-renames", "--raw", "--no-abbrev", "--format=", commit, "--", pathInRepository]);
        var ids = new List<string>();
        foreach (var line in log.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // ":<old mode> <new mode> <old blob> <new blob> <status>\t<path>"
            var fields = line.Split('\t')[0].Split(' ');
            if (fields.Length < 5 || fields[3].All(c => c == '0') || ids.Contains(fields[3]))
            {
                continue; // a deletion, or content seen before
            }

            ids.Add(fields[3]);
        }

        var blobs = ReadBlobs(ids);
        return ids.Select(id => blobs[id]).ToList();
    }

    /// <summary>Runs git and returns its standard output; a <see cref="GitException"/> with git's own words when it fails.</summary>
    public static string Run(string workingDirectory, IReadOnlyList<string> arguments)
    {
        using var process = Start(workingDirectory, arguments);
        process.StandardInput.Close();
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var error = errorTask.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0)
        {
            throw new GitException(error.Length > 0 ? error : $"git {string.Join(' ', arguments)} exited with {process.ExitCode}");
        }

        return output;
    }

    private static Process Start(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // Paths with non-ASCII characters are printed verbatim, not quoted with octal escapes. Given as an argument,
        // not through GIT_CONFIG_*, so that configuration CI passes that way (safe.directory) is kept.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            return Process.Start(start) ?? throw new GitException("git could not be started");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new GitException($"git could not be started: {exception.Message}");
        }
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        int next;
        while ((next = stream.ReadByte()) is not (-1 or '\n'))
        {
            bytes.Add((byte)next);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
