using Microsoft.CodeAnalysis;
using OnexSchemas.Build.Generator.Tests.Infrastructure;
using OnexSchemas.Tests.Support;
using Xunit.Abstractions;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>
/// Random and mutated schema files, from fixed seeds, as a service's compiler hands them to the source generator:
/// it answers each with its own diagnostics (ONEXG…) or code, never with an exception (which the compiler would
/// turn into warning CS8785 and a build without the constants), and what it emits always parses.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper log)
{
    private static readonly string[] Paths =
    [
        "events/fuzz/event/thing_{0}.v1.json", "events/fuzz/request/ask_{0}.v1.json", "events/fuzz/response/ask_{0}.v1.json",
        "events/audit/trail_{0}.v2.json", "events/Fuzz/event/bad_{0}.v1.json", "events/fuzz/event/no_version_{0}.json",
    ];

    [Fact]
    public void The_generator_answers_every_fuzzed_file_with_diagnostics_or_code_never_an_exception()
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(GeneratorHarness.SchemasRoot, "events"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        const int batches = 20, filesPerBatch = 50;
        var generated = 0;
        var reported = 0;
        for (var batch = 0; batch < batches; batch++)
        {
            var fuzzer = new SchemaFuzzer(batch);
            var files = Enumerable.Range(0, filesPerBatch)
                .Select(i => TestTree.File(string.Format(System.Globalization.CultureInfo.InvariantCulture, Paths[i % Paths.Length], i), fuzzer.NextFile(seeds)))
                .ToList();

            var run = GeneratorHarness.Run(files, TestTree.Root);

            Assert.True(run.Result.Exception is null, $"batch {batch}: {run.Result.Exception}");
            Assert.All(run.Diagnostics, diagnostic => Assert.StartsWith("ONEXG", diagnostic.Id, StringComparison.Ordinal));
            foreach (var source in run.Result.GeneratedSources)
            {
                var syntaxErrors = source.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(syntaxErrors.Count == 0, $"batch {batch}, {source.HintName}: {GeneratorHarness.Describe(syntaxErrors)}\n{source.SourceText}");
            }

            generated += run.Result.GeneratedSources.Length;
            reported += run.Diagnostics.Length;
        }

        log.WriteLine($"source generator: {batches * filesPerBatch} fuzzed schema files in {batches} compilations: {generated} sources, {reported} diagnostics");
    }
}
