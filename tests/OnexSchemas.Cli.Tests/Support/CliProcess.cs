using System.Diagnostics;
using System.Text;
using OnexSchemas.Cli;

namespace OnexSchemas.Tests.Support;

/// <summary>
/// Starts <c>onex-schemas</c> as a process of its own (for commands that serve until stopped, and for killing one
/// mid-run), with the same build the tests run in-process.
/// </summary>
public static class CliProcess
{
    /// <summary>
    /// Starts the command line; its standard output is redirected for the caller to read, its standard error is
    /// appended to <paramref name="error"/>.
    /// </summary>
    public static Process Start(StringBuilder error, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,

            // Not the process's current directory: in-process CLI runs of other tests move it into temporary
            // directories they then delete, and a child started there cannot start.
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(OnexCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, data) =>
        {
            lock (error)
            {
                error.AppendLine(data.Data);
            }
        };
        process.BeginErrorReadLine();
        return process;
    }
}
