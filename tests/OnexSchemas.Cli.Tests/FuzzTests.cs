using System.Diagnostics;
using OnexSchemas.Naming;
using OnexSchemas.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Cli.Tests;

/// <summary>
/// Random and mutated schema files through <c>validate</c>, <c>compat</c> and <c>check --against</c>, from fixed
/// seeds: every file gets findings or a verdict, never an internal error (exit 3) and never an exception's text.
/// <c>ONEX_FUZZ_SCHEMAS</c> raises the number of files (the issue's run: 10,000).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper log)
{
    // A hang, not a speed goal: a file that takes this long is a loop the tool must not have.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static readonly string[] Domains = ["codegen", "bridge", "fuzz", "system"];

    private static readonly EventPattern[] Patterns = [EventPattern.Request, EventPattern.Response, EventPattern.Event];

    private static int SchemaCount =>
        int.TryParse(Environment.GetEnvironmentVariable("ONEX_FUZZ_SCHEMAS"), out var count) && count > 0 ? count : 2000;

    private static IReadOnlyList<string> Seeds { get; } = Directory
        .EnumerateFiles(Path.Combine(RepositoryPaths.Schemas, "events"), "*.json", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToList();

    [Fact]
    public void Validate_answers_every_fuzzed_tree_with_findings_never_an_internal_error()
    {
        const int filesPerTree = 250;
        var trees = Math.Max(1, SchemaCount / filesPerTree);
        var findings = 0;
        for (var seed = 0; seed < trees; seed++)
        {
            using var tree = FuzzedTree(seed, filesPerTree);
            var result = Guarded($"tree {seed}", () => CliRunner.Run(tree.Root, "validate", "--root", tree.Root, "--format", seed % 4 == 0 ? "sarif" : "text"));

            Assert.True(result.ExitCode is 0 or 1, $"seed {seed}: {result}");
            AssertNoInternalError(result);
            findings += result.Output.Split('\n').Count(line => line.Contains("error ONEX", StringComparison.Ordinal));
        }

        log.WriteLine($"validate: {trees * filesPerTree} fuzzed schema files in {trees} trees of {filesPerTree}, {findings} error lines (text format)");
    }

    [Fact]
    public void Compat_judges_every_fuzzed_pair_or_refuses_it_never_an_internal_error()
    {
        var pairs = Math.Max(50, SchemaCount / 8);
        var fuzzer = new SchemaFuzzer(7);
        var directory = Directory.CreateTempSubdirectory("onex-fuzz-compat-");
        try
        {
            var exits = new int[4];
            for (var i = 0; i < pairs; i++)
            {
                var original = i % 3 == 0 ? fuzzer.RandomSchema() : Seeds[i % Seeds.Count];
                var update = i % 2 == 0 ? fuzzer.MutateStructure(original.Length > 0 && original.TrimStart().StartsWith('{') ? original : Seeds[0]) : fuzzer.NextFile(Seeds);
                var oldPath = Path.Combine(directory.FullName, "old.json");
                var newPath = Path.Combine(directory.FullName, "new.json");
                File.WriteAllText(oldPath, original);
                File.WriteAllText(newPath, update);

                var result = Guarded($"pair {i}", () => CliRunner.Run(directory.FullName, "compat", oldPath, newPath, "--format", i % 2 == 0 ? "json" : "text"));

                Assert.True(result.ExitCode is 0 or 1 or 2, $"pair {i}:\n--- old\n{original}\n--- new\n{update}\n{result}");
                AssertNoInternalError(result);
                exits[result.ExitCode]++;
            }

            log.WriteLine($"compat: {pairs} fuzzed pairs: {exits[0]} compatible, {exits[1]} incompatible, {exits[2]} refused as invalid");
            Assert.True(exits[0] + exits[1] > 0, "no pair reached the checker: the fuzz tests nothing past the meta-schema");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_against_a_commit_judges_fuzzed_edits_never_an_internal_error()
    {
        using var repository = TreeBuilder.Empty();
        CopyRepositoryTree(repository.Root);
        Git(repository.Workspace, "init", "--quiet", "--initial-branch=main");
        Git(repository.Workspace, "-c", "user.email=t@onex.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", "add", "-A");
        Git(repository.Workspace, "-c", "user.email=t@onex.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "baseline");

        var files = Directory.EnumerateFiles(Path.Combine(repository.Root, "events"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var fuzzer = new SchemaFuzzer(11);
        var rounds = Math.Max(3, SchemaCount / 400);
        for (var round = 0; round < rounds; round++)
        {
            Git(repository.Workspace, "checkout", "--quiet", "--", ".");
            foreach (var file in files.Where((_, index) => (index + round) % 5 == 0))
            {
                File.WriteAllText(file, fuzzer.NextFile([File.ReadAllText(file)]));
            }

            var result = Guarded($"round {round}", () => CliRunner.Run(repository.Workspace, "check", "--against", "HEAD", "--root", repository.Root));

            Assert.True(result.ExitCode is 0 or 1, $"round {round}: {result}");
            AssertNoInternalError(result);
        }

        log.WriteLine($"check --against: {rounds} rounds, {files.Count / 5} fuzzed files each");
    }

    private TreeBuilder FuzzedTree(int seed, int files)
    {
        var tree = TreeBuilder.Empty();
        CopyRepositoryTree(tree.Root, withEvents: false);
        var fuzzer = new SchemaFuzzer(seed);
        var random = new Random(seed);
        for (var i = 0; i < files; i++)
        {
            var pattern = Patterns[random.Next(Patterns.Length)].Segment();
            var path = random.Next(20) == 0
                ? $"events/misplaced_{i}.json"
                : $"events/{Domains[random.Next(Domains.Length)]}/{pattern}/op_{i}.v{1 + random.Next(2)}.json";
            tree.Write(path, fuzzer.NextFile(Seeds));
        }

        return tree;
    }

    private static void CopyRepositoryTree(string root, bool withEvents = true)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Schemas, "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Schemas, file);
            if (!withEvents && relative.StartsWith("events", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    // Findings quote the files, and the repository's examples hold Python's "except Exception:", so the check is
    // for what only a crash prints: the internal-error line and a stack frame.
    private static void AssertNoInternalError(CliResult result)
    {
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        foreach (var text in new[] { result.Output, result.Error })
        {
            Assert.DoesNotMatch(@"(?m)^\s+at (OnexSchemas|System|Json)\.", text);
        }
    }

    private static CliResult Guarded(string what, Func<CliResult> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(HangGuard), $"{what} did not finish within {HangGuard}: a hang");
        return task.Result;
    }

    private static void Git(string directory, params string[] args) => GitProcess.Run(directory, args);
}
