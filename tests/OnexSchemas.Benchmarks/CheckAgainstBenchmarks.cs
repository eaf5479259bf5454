using System.Diagnostics;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using OnexSchemas.Cli;

namespace OnexSchemas.Benchmarks;

/// <summary>
/// <c>onex-schemas check --against HEAD~1</c> on a git repository holding the whole schema tree, where the last commit
/// changed every topic (an optional property and a minor bump): git reads, both loads, lint, pairing and 46 judgements.
/// In process, so the number excludes the .NET start-up a CLI run adds; beside <c>validate</c> alone as the baseline.
/// </summary>
public class CheckAgainstBenchmarks
{
    private string _repository = null!;

    [GlobalSetup]
    public void Setup()
    {
        _repository = Path.Combine(Path.GetTempPath(), "onex-bench-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(RepositoryTree.SchemasDirectory(), Path.Combine(_repository, "schemas"));
        Git("init", "--quiet");
        Git("add", "-A");
        Git("-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "--quiet", "-m", "baseline");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_repository, "schemas", "events"), "*.json", SearchOption.AllDirectories))
        {
            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            schema["properties"]!.AsObject()["benchmark_note"] = new JsonObject { ["type"] = "string", ["description"] = "Added." };
            schema["x-onex"]!["version"] = "1.1.0";
            File.WriteAllText(file, schema.ToJsonString());
        }

        Git("add", "-A");
        Git("-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "--quiet", "-m", "minor everywhere");
        if (Run("check", "--against", "HEAD~1") != 0)
        {
            throw new InvalidOperationException("the benchmark's change should pass the check");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            Directory.Delete(_repository, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [Benchmark(Baseline = true, Description = "validate (whole tree)")]
    public int Validate() => Run("validate");

    [Benchmark(Description = "check --against HEAD~1 (whole tree, 46 changed topics)")]
    public int CheckAgainst() => Run("check", "--against", "HEAD~1");

    private int Run(params string[] args) =>
        OnexCli.Run([.. args, "--root", Path.Combine(_repository, "schemas"), "--format", "json"], TextWriter.Null, TextWriter.Null);

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
