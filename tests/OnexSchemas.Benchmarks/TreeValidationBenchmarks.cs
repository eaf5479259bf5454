using BenchmarkDotNet.Attributes;
using Json.Schema;
using OnexSchemas.Linting;
using OnexSchemas.Loading;

namespace OnexSchemas.Benchmarks;

/// <summary>
/// Load + validate of a whole tree (every ONEX rule, examples included), beside the baseline of what any validator
/// must do at the least: parse each file and check it against the draft-07 meta-schema with JsonSchema.Net.
/// </summary>
[MemoryDiagnoser]
public class TreeValidationBenchmarks
{
    private ISchemaSource _source = null!;
    private List<byte[]> _files = null!;

    [Params("repository", "synthetic-1000")]
    public string Tree { get; set; } = "repository";

    [GlobalSetup]
    public void Setup()
    {
        _source = Tree == "repository" ? new FileSystemSchemaSource(RepositoryTree.SchemasDirectory()) : SyntheticTree.Create(1000);
        _files = _source.ListFiles().Where(path => path.EndsWith(".json", StringComparison.Ordinal)).Select(_source.ReadAllBytes).ToList();
        var check = SchemaLinter.Lint(SchemaTreeLoader.Load(_source));
        if (!check.Succeeded)
        {
            throw new InvalidOperationException($"the {Tree} tree is not clean: {check.Diagnostics[0].Message}");
        }
    }

    [Benchmark(Baseline = true, Description = "parse + meta-schema only (JsonSchema.Net)")]
    public int ParseAndMetaValidate()
    {
        var valid = 0;
        foreach (var bytes in _files)
        {
            using var document = System.Text.Json.JsonDocument.Parse(bytes);
            if (MetaSchemas.Draft7.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(Description = "onex-schemas load + lint (all rules)")]
    public int LoadAndLint() => SchemaLinter.Lint(SchemaTreeLoader.Load(_source)).Diagnostics.Count;
}
