using BenchmarkDotNet.Attributes;
using NJsonSchema.CodeGeneration.CSharp;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Loading;
using OnexSchemas.Model;

namespace OnexSchemas.Benchmarks;

/// <summary>
/// What the MSBuild task does per build that regenerates: load and lint the tree, then generate every file. Beside
/// the baseline a team would otherwise run: NJsonSchema's stock C# generator over each topic schema (no lint, no
/// validation code, no context).
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private ISchemaSource _source = null!;
    private SchemaTree _tree = null!;
    private string _templates = null!;

    [Params("repository", "synthetic-1000")]
    public string Tree { get; set; } = "repository";

    [GlobalSetup]
    public void Setup()
    {
        _source = Tree == "repository" ? new FileSystemSchemaSource(RepositoryTree.SchemasDirectory()) : SyntheticTree.Create(1000);
        _tree = SchemaTreeLoader.Load(_source);
        _templates = Path.Combine(Path.GetDirectoryName(RepositoryTree.SchemasDirectory())!, "templates");
    }

    [Benchmark(Baseline = true, Description = "NJsonSchema stock generator, per schema")]
    public int StockNJsonSchema()
    {
        var length = 0;
        foreach (var topic in _tree.Topics)
        {
            var schema = NJsonSchema.JsonSchema.FromJsonAsync(topic.Document.Root.GetRawText()).GetAwaiter().GetResult();
            var generator = new CSharpGenerator(schema, new CSharpGeneratorSettings { JsonLibrary = CSharpJsonLibrary.SystemTextJson, ClassStyle = CSharpClassStyle.Record });
            length += generator.GenerateFile().Length;
        }

        return length;
    }

    [Benchmark(Description = "OnexSchemas task: load + lint + generate all")]
    public int LintAndGenerate()
    {
        var tree = SchemaTreeLoader.Load(_source);
        if (!OnexSchemas.Linting.SchemaLinter.Lint(tree).Succeeded)
        {
            throw new InvalidOperationException("tree not clean");
        }

        return new EventCodeGenerator(_templates).Generate(tree).Count;
    }
}
