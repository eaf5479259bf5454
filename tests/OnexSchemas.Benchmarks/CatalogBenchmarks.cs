using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OnexSchemas.Catalog;
using OnexSchemas.Catalog.Markdown;
using OnexSchemas.Catalog.Site;
using OnexSchemas.Loading;

namespace OnexSchemas.Benchmarks;

/// <summary>
/// The catalog site (issue 11's goals: under 2 s for the repository's tree, under 10 s for 1,000 schemas), with its
/// git history, beside loading the tree alone (the floor every command pays) and the Markdown catalog. The synthetic
/// tree is written to disk in a git repository with two commits, the second bumping a tenth of the schemas with a new
/// optional field, so a tenth of the topics have a compatibility step to judge.
/// </summary>
// Each operation takes from a tenth of a second to seconds and writes files: measured as a whole, a few times.
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CatalogBenchmarks
{
    private string _root = null!;
    private string _output = null!;
    private string? _workspace;

    [Params("repository", "synthetic-1000")]
    public string Tree { get; set; } = "repository";

    [GlobalSetup]
    public void Setup()
    {
        _output = Path.Combine(Path.GetTempPath(), "onex-catalog-bench-" + Guid.NewGuid().ToString("N"));
        if (Tree == "repository")
        {
            _root = RepositoryTree.SchemasDirectory();
            return;
        }

        _workspace = Path.Combine(Path.GetTempPath(), "onex-catalog-tree-" + Guid.NewGuid().ToString("N"));
        _root = Path.Combine(_workspace, "schemas");
        var source = SyntheticTree.Create(1000);
        foreach (var file in source.ListFiles())
        {
            Write(file, source.ReadAllBytes(file));
        }

        var repository = RepositoryTree.SchemasDirectory();
        foreach (var file in new[] { "onex-schemas.json", "common/envelope.v1.json", "common/dlq_record.v1.json" })
        {
            Write(file, File.ReadAllBytes(Path.Combine(repository, file)));
        }

        Git("init", "--quiet", "--initial-branch=main");
        Git("add", "-A");
        Git("-c", "user.name=bench", "-c", "user.email=bench@bench.invalid", "commit", "--quiet", "-m", "1.0.0");
        foreach (var file in source.ListFiles().Order(StringComparer.Ordinal).Where((_, index) => index % 10 == 0))
        {
            var text = File.ReadAllText(Path.Combine(_root, file))
                .Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal)
                .Replace("\"properties\": {", "\"properties\": {\n    \"note\": { \"type\": \"string\", \"maxLength\": 200, \"description\": \"A note.\" },", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(_root, file), text);
        }

        Git("-c", "user.name=bench", "-c", "user.email=bench@bench.invalid", "commit", "--quiet", "-am", "1.1.0 for a tenth");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true); // only the site writes it
        }

        if (_workspace is not null)
        {
            Directory.Delete(_workspace, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "load the tree")]
    public int Load() => SchemaTreeLoader.Load(_root).Topics.Count;

    [Benchmark(Description = "Markdown catalog")]
    public int Markdown() => MarkdownCatalogWriter.Write(EventCatalogBuilder.Build(SchemaTreeLoader.Load(_root)), "../schemas").Length;

    [Benchmark(Description = "site with git history")]
    public int Site()
    {
        var tree = SchemaTreeLoader.Load(_root);
        var catalog = EventCatalogBuilder.Build(tree, CatalogHistory.Build(tree, _root));
        return HtmlSiteWriter.Write(catalog, _output).Count;
    }

    private void Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private void Git(params string[] args) => OnexSchemas.Tests.Support.GitProcess.Run(_workspace!, args);
}
