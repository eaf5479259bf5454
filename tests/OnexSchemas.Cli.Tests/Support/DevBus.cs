using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OnexSchemas.Tests.Support;

/// <summary><c>onex-schemas dev</c> in its own process, read until it says it is up, and stopped as Ctrl+C would (SIGTERM).</summary>
public sealed class DevBus : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error;
    private bool _stopped;

    private DevBus(Process process, StringBuilder error, IReadOnlyList<string> lines)
    {
        _process = process;
        _error = error;
        Lines = lines;
        BootstrapServers = Value("bootstrap servers");
        RegistryUrl = Value("schema registry");
    }

    /// <summary>What it printed up to its "Ctrl+C stops it." line, that line included.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The embedded broker's bootstrap address it printed.</summary>
    public string BootstrapServers { get; }

    /// <summary>The local registry's URL it printed.</summary>
    public string RegistryUrl { get; }

    /// <summary>Starts <c>dev</c> on the repository's tree with a free registry port.</summary>
    public static async Task<DevBus> StartAsync()
    {
        var error = new StringBuilder();
        var process = CliProcess.Start(error, "dev", "--root", RepositoryPaths.Schemas, "--registry-port", "0");
        var lines = new List<string>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("Ctrl+C", StringComparison.Ordinal))
                {
                    return new DevBus(process, error, lines);
                }
            }
        }
        catch (TimeoutException)
        {
        }

        process.Kill();
        process.Dispose();
        throw new InvalidOperationException("dev did not start:\n" + string.Join("\n", lines) + "\n" + error);
    }

    /// <summary>Sends SIGTERM and waits for the exit; returns the exit code and what it printed after starting.</summary>
    public async Task<(int ExitCode, string Output)> StopAsync()
    {
        _stopped = true;
        using (var terminate = Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) },
            WorkingDirectory = RepositoryPaths.Root,
        })!)
        {
            await terminate.WaitForExitAsync();
        }

        var rest = await _process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, rest + _error);
    }

    /// <summary>Stops it, unless <see cref="StopAsync"/> did.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        _process.Dispose();
    }

    private string Value(string label) =>
        Lines.Single(line => line.TrimStart().StartsWith(label, StringComparison.Ordinal)).Trim()[label.Length..].Trim().Split(' ')[0];
}
