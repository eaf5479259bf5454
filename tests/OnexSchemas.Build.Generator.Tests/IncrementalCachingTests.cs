using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OnexSchemas.Build.Generator.Model;
using OnexSchemas.Build.Generator.Tests.Infrastructure;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>The model is value-equal, so the driver caches what did not change.</summary>
public sealed class IncrementalCachingTests
{
    private const string EditedFile = "events/codegen/request/validate.v1.json";

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void An_unchanged_rerun_and_an_unrelated_source_edit_reuse_every_step()
    {
        var files = GeneratorHarness.ReadTree(GeneratorHarness.SchemasRoot);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { /// <summary>A type.</summary> public sealed class Existing { } }");
        var driver = GeneratorHarness.CreateDriver(files, GeneratorHarness.SchemasRoot).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(first, OnexEventsGenerator.FileStepName), output => Assert.Equal(IncrementalStepRunReason.New, output.Reason));
        Assert.Equal(files.Count, Outputs(first, OnexEventsGenerator.FileStepName).Count);

        driver = driver.RunGenerators(compilation);
        AssertNothingRan(driver.GetRunResult().Results.Single());

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { /// <summary>New.</summary> public sealed class Unrelated { } }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);
        AssertNothingRan(driver.GetRunResult().Results.Single());
    }

    [Fact]
    public void Editing_one_schema_re_parses_that_file_only_and_rebuilds_the_catalog()
    {
        var files = GeneratorHarness.ReadTree(GeneratorHarness.SchemasRoot);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, GeneratorHarness.SchemasRoot).RunGenerators(compilation);

        var original = files.Single(file => Normalize(file.Path).EndsWith("/" + EditedFile, StringComparison.Ordinal));
        var text = original.GetText()!.ToString();
        Assert.Contains("\"version\": \"1.0.0\"", text, StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, text.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        foreach (var (value, reason) in Outputs(result, OnexEventsGenerator.FileStepName))
        {
            var isEdited = value is SchemaFileResult file && file.NormalizedPath.EndsWith("/" + EditedFile, StringComparison.Ordinal);
            Assert.Equal(isEdited ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Cached, reason);
        }

        Assert.Single(Outputs(result, OnexEventsGenerator.FileStepName), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(result, OnexEventsGenerator.CatalogStepName)).Reason);
        var part = result.GeneratedSources.Single(source => source.HintName == "Omninode.Events.Codegen.ValidateRequestV1.g.cs").SourceText.ToString();
        Assert.Contains("public static string SchemaVersion => \"1.1.0\";", part, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_the_model_does_not_see_leaves_the_file_unchanged_and_the_catalog_cached()
    {
        var files = GeneratorHarness.ReadTree(GeneratorHarness.SchemasRoot);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, GeneratorHarness.SchemasRoot).RunGenerators(compilation);

        // A property's description comes after x-onex and is not part of the model.
        var original = files.Single(file => Normalize(file.Path).EndsWith("/" + EditedFile, StringComparison.Ordinal));
        var text = original.GetText()!.ToString();
        const string Before = "Source code to validate, as UTF-8 text (at most 1 MiB).";
        Assert.Contains(Before, text, StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, text.Replace(Before, "Source code to validate (UTF-8, at most 1 MiB).", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var fileOutputs = Outputs(result, OnexEventsGenerator.FileStepName);
        Assert.Single(fileOutputs, output => output.Reason == IncrementalStepRunReason.Unchanged);
        Assert.All(fileOutputs, output => Assert.Contains(output.Reason, CachedOrUnchanged));
        Assert.All(Outputs(result, OnexEventsGenerator.CatalogStepName), output => Assert.Contains(output.Reason, CachedOrUnchanged));
    }

    [Fact]
    public void Changing_an_unrelated_build_option_keeps_the_parsed_files()
    {
        var files = GeneratorHarness.ReadTree(GeneratorHarness.SchemasRoot);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files, GeneratorHarness.SchemasRoot).RunGenerators(compilation);

        // Same root written differently (other separators, a trailing slash): the normalised options are equal.
        var sameRoot = GeneratorHarness.SchemasRoot.Replace('/', '\\') + "\\";
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.OnexSchemasRoot"] = sameRoot,
            ["build_property.SomethingElse"] = "changed",
        }));
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(result, OnexEventsGenerator.FileStepName), output => Assert.Contains(output.Reason, CachedOrUnchanged));
        Assert.All(Outputs(result, OnexEventsGenerator.CatalogStepName), output => Assert.Contains(output.Reason, CachedOrUnchanged));
    }

    private static void AssertNothingRan(GeneratorRunResult result)
    {
        foreach (var step in new[] { OnexEventsGenerator.FileStepName, OnexEventsGenerator.CatalogStepName })
        {
            var outputs = Outputs(result, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.Contains(output.Reason, CachedOrUnchanged));
        }

        // Nothing was recomputed at all: every tracked output of the generator is Cached.
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string stepName)
    {
        Assert.True(result.TrackedSteps.TryGetValue(stepName, out var steps), $"no tracked step {stepName}");
        return steps.SelectMany(step => step.Outputs).ToList();
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
