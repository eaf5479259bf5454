using OnexSchemas.Cli;

namespace OnexSchemas.Tests.Support;

/// <summary>What one in-process run of the command line produced.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Asserts that nothing looks like a crash: no stack trace, no exception name.</summary>
    public void AssertNoCrash()
    {
        foreach (var (name, text) in new[] { ("output", Output), ("error", Error) })
        {
            Assert.False(text.Contains("   at ", StringComparison.Ordinal), $"{name} holds a stack trace:\n{text}");
            Assert.False(text.Contains("Exception", StringComparison.Ordinal), $"{name} names an exception:\n{text}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- output\n{Output}--- error\n{Error}";
}

/// <summary>
/// Runs <see cref="OnexCli.Run"/> in-process from a chosen working directory (findings show paths relative to it).
/// The working directory is process-wide, so runs are serialized.
/// </summary>
public static class CliRunner
{
    private static readonly Lock Gate = new();

    /// <summary>Runs one command line from <paramref name="workingDirectory"/>.</summary>
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        lock (Gate)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = workingDirectory;
            try
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                var exitCode = OnexCli.Run(args, output, error);
                return new CliResult(exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }
}
