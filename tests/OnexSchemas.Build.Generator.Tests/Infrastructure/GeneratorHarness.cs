using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OnexSchemas.Build.Generator.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, and compiles its output the way a consumer would.</summary>
internal static class GeneratorHarness
{
    /// <summary>C# latest with documentation comments checked (GenerateDocumentationFile), so missing docs surface as CS1591.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The repository root: the nearest folder above the test binaries that holds OnexSchemas.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The repository's schema tree.</summary>
    public static string SchemasRoot => Path.Combine(RepositoryRoot, "schemas");

    /// <summary>
    /// A library compilation over .NET 10 reference assemblies, nullable on, every warning wave on. Besides
    /// <paramref name="sources"/> it holds what the MSBuild task writes once per project and the catalog names (the
    /// envelope and the serializer context), for both namespaces the tests configure.
    /// </summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "OnexEvents.Consumer",
            sources.Append(TaskOutputStub("Omninode.Events")).Append(TaskOutputStub("Acme.Events"))
                .Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{index}.cs")),
            Net100.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true));

    /// <summary>Stand-ins for the task's envelope and serializer context: a context that knows no type.</summary>
    private static string TaskOutputStub(string rootNamespace) => $$"""
        namespace {{rootNamespace}}
        {
            /// <summary>Stub of the task's envelope.</summary>
            /// <typeparam name="TPayload">The payload.</typeparam>
            public sealed partial record OnexEnvelope<TPayload>
            {
                internal static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<OnexEnvelope<TPayload>> CreateJsonTypeInfo(global::System.Text.Json.Serialization.JsonSerializerContext context) =>
                    throw new global::System.NotSupportedException("stub");
            }

            /// <summary>Stub of the task's serializer context.</summary>
            public sealed class OnexEventsJsonContext : global::System.Text.Json.Serialization.JsonSerializerContext
            {
                private OnexEventsJsonContext()
                    : base(null)
                {
                }

                /// <summary>The context.</summary>
                public static OnexEventsJsonContext Default { get; } = new();

                /// <inheritdoc />
                protected override global::System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;

                /// <inheritdoc />
                public override global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type) => null;

                /// <summary>Stub of the envelope's metadata.</summary>
                /// <typeparam name="TPayload">The payload.</typeparam>
                /// <returns>Nothing: the stub throws.</returns>
                public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<OnexEnvelope<TPayload>> GetEnvelopeTypeInfo<TPayload>() =>
                    OnexEnvelope<TPayload>.CreateJsonTypeInfo(this);
            }
        }
        """;

    /// <summary>A driver over the generator with step tracking on, as the incremental tests need.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, string? schemasRoot, string? projectDir = null)
    {
        var options = new Dictionary<string, string>();
        if (schemasRoot is not null)
        {
            options["build_property.OnexSchemasRoot"] = schemasRoot;
        }

        if (projectDir is not null)
        {
            options["build_property.ProjectDir"] = projectDir;
        }

        return CSharpGeneratorDriver.Create(
            [new OnexEventsGenerator().AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            new TestOptionsProvider(options),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once over a compilation.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> additionalTexts, string? schemasRoot, params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver(additionalTexts, schemasRoot)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult().Results.Single(), output, generatorDiagnostics);
    }

    /// <summary>The additional texts of every file under a folder, read from disk, with their real paths.</summary>
    public static IReadOnlyList<AdditionalText> ReadTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToList();

    /// <summary>Warnings and errors of a compilation, for assertions and their messages.</summary>
    public static IReadOnlyList<Diagnostic> WarningsAndErrors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Compiles to memory and loads the assembly into a collectible context.</summary>
    public static Assembly EmitAndLoad(Compilation compilation, AssemblyLoadContext context)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }

    /// <summary>Formats diagnostics one per line.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnexSchemas.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OnexSchemas.sln was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One run: the driver (to run again), its result, the updated compilation and the generator's diagnostics.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The generated source whose hint name ends with <paramref name="suffix"/>.</summary>
    public string Source(string suffix) =>
        Result.GeneratedSources.Single(source => source.HintName.EndsWith(suffix, StringComparison.Ordinal)).SourceText.ToString();
}
