using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OnexSchemas.Registry.Tests;

/// <summary>
/// Confluent's Python client (Debian's python3-confluent-kafka, which <c>.ci/run</c> installs) against the local
/// registry: register, levels, compatibility, latest, lookup, by id, versions, a refusal and a delete.
/// </summary>
public sealed class RegistryPythonClientTests
{
    private const string Subject = "omninode.demo.event.pinged.v1-value";

    // Debian's interpreter, where the package is; a python3 earlier on PATH (pyenv, a venv) would not see it.
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task The_python_client_works_against_the_local_registry()
    {
        await using var running = await RunningRegistry.StartAsync("onex-registry-python-");
        var script = Path.Combine(AppContext.BaseDirectory, "Python", "python_client.py");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(running.Registry.Address.ToString().TrimEnd('/'));
        start.ArgumentList.Add(Subject);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Python} {script} failed ({process.ExitCode}); is python3-confluent-kafka installed?\n{await error}");

        var seen = JsonNode.Parse(await output)!;
        Assert.Equal("BACKWARD", seen["level"]!.GetValue<string>());
        Assert.True(seen["compatible"]!.GetValue<bool>());
        Assert.False(seen["breaking_compatible"]!.GetValue<bool>());
        Assert.NotEqual(seen["id"]!.GetValue<int>(), seen["id2"]!.GetValue<int>());
        Assert.Equal(2, seen["latest"]!["version"]!.GetValue<int>());
        Assert.Equal("JSON", seen["latest"]!["type"]!.GetValue<string>());
        Assert.Equal(1, seen["lookup_version"]!.GetValue<int>());
        Assert.Equal("""{"type":"object","properties":{"a":{"type":"string"}}}""", seen["by_id"]!.GetValue<string>());
        Assert.Equal("[1,2]", seen["versions"]!.ToJsonString());
        Assert.Equal(409, seen["refused"]!["status"]!.GetValue<int>());
        Assert.Equal(2, seen["deleted"]!.GetValue<int>());
        Assert.Equal($"[\"{Subject}\"]", seen["subjects"]!.ToJsonString());
    }
}
