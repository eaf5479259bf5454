using System.Diagnostics;

namespace OnexSchemas.Tests.Support;

/// <summary>Runs the real <c>git</c> for tests and benchmarks that build throwaway repositories.</summary>
public static class GitProcess
{
    /// <summary>Runs git in <paramref name="directory"/> and returns its standard output; throws with git's own words when it fails.</summary>
    public static string Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(); // drained beside stdout, so neither pipe can fill and block git
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.Result}");
    }
}
