using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Linting;
using OnexSchemas.Loading;
using OnexSchemas.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// The MSBuild task's path with mutated schemas, from a fixed seed: each mutation of a repository schema is loaded
/// and linted in the tree; one the lint refuses stops there with findings (as the task does), and one it accepts is
/// generated. Neither step may throw.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper log)
{
    [Fact]
    public void Mutated_schemas_get_findings_or_generated_code_never_an_exception()
    {
        // Read once: each mutant's tree is the repository's files with one of them replaced.
        var tree = Directory.EnumerateFiles(RepositoryPaths.Schemas, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Relative: Path.GetRelativePath(RepositoryPaths.Schemas, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .ToList();
        var files = tree.Where(file => file.Relative.StartsWith("events/", StringComparison.Ordinal)).ToList();
        var generator = new EventCodeGenerator(RepositoryPaths.Templates);
        var fuzzer = new SchemaFuzzer(3);
        var random = new Random(3);
        var mutations = 80;
        var clean = 0;
        for (var i = 0; i < mutations; i++)
        {
            var (relative, text) = files[random.Next(files.Count)];
            // Annotation-only edits keep more mutants lint-clean, so generation is reached too.
            var mutated = i % 2 == 0 ? fuzzer.MutateStructure(text) : fuzzer.MutateDescription(text);
            var source = new InMemorySchemaSource("fuzz");
            foreach (var (path, content) in tree)
            {
                source.Add(path, path == relative ? mutated : content);
            }

            var loaded = SchemaTreeLoader.Load(source);
            if (!SchemaLinter.Lint(loaded).Succeeded)
            {
                continue;
            }

            clean++;
            var generated = generator.Generate(loaded, document => document.RelativePath == relative);
            Assert.NotEmpty(generated);
        }

        log.WriteLine($"task path: {mutations} mutated schemas, {clean} lint-clean and generated, {mutations - clean} refused with findings");
        Assert.True(clean > 0, "no mutant reached the generator");
    }
}
