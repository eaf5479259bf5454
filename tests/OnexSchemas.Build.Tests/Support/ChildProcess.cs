using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OnexSchemas.Build.Tests.Support;

/// <summary>What a finished child process did: its command line, exit code and merged stdout/stderr.</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>Everything an assertion message needs to diagnose the failure without rerunning.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"$ {CommandLine}\n  (in {WorkingDirectory}; exit code {ExitCode}{(TimedOut ? ", TIMED OUT and killed" : string.Empty)}; {Duration.TotalSeconds:F1} s)\n{Output}");
}

/// <summary>
/// Runs real child processes (the dotnet CLI, the built consumer) with a timeout, capturing their output.
/// The children never take /tmp/onex-build.lock: the test run that starts them already holds it.
/// </summary>
internal static class ChildProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet host running this test (set by the SDK for the processes it starts), else the one on PATH.</summary>
    public static string DotnetHost { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        Run(DotnetHost, arguments, workingDirectory, DefaultTimeout);

    /// <summary>Restores the project in <paramref name="directory"/> into the packages folder <paramref name="packages"/>, through its nuget.config.</summary>
    public static ProcessResult DotnetRestore(string directory, string packages) =>
        Dotnet(directory, "restore", "--packages", packages, "-nodeReuse:false", "-nologo", "-tl:off", "-v:q");

    /// <summary>Builds the project in <paramref name="directory"/> without restoring, at <paramref name="verbosity"/>.</summary>
    public static ProcessResult DotnetBuild(string directory, string verbosity = "q") =>
        Dotnet(directory, "build", "--no-restore", "-nodeReuse:false", "-nologo", "-tl:off", $"-v:{verbosity}");

    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        ConfigureEnvironment(startInfo.Environment);

        var output = new StringBuilder();
        var gate = new object();
        var stdoutClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderrClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data, stdoutClosed);
        process.ErrorDataReceived += (_, e) => Append(e.Data, stderrClosed);

        var commandLine = string.Join(' ', new[] { fileName }.Concat(arguments).Select(Quote));
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        // A grandchild that inherited the pipes (an MSBuild node, say) could hold them open: wait for the end of output, bounded.
        Task.WaitAll([stdoutClosed.Task, stderrClosed.Task], TimeSpan.FromSeconds(30));
        stopwatch.Stop();

        string text;
        lock (gate)
        {
            text = output.ToString();
        }

        return new ProcessResult(commandLine, workingDirectory, exited ? process.ExitCode : -1, text, stopwatch.Elapsed, !exited);

        void Append(string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }

            lock (gate)
            {
                output.AppendLine(line);
            }
        }
    }

    private static void ConfigureEnvironment(IDictionary<string, string?> environment)
    {
        // `dotnet test` leaves MSBuild's own variables (MSBuildExtensionsPath, MSBuildSDKsPath, ...) in the test host's
        // environment; a child build must resolve its SDK the way a developer's shell would.
        foreach (var name in environment.Keys.Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        // The assertions read MSBuild's messages ("Skipping target ..."), so they must not be localized.
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(char.IsWhiteSpace) && !argument.Contains('"', StringComparison.Ordinal)
            ? argument
            : "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
