using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OnexSchemas.Build.Generator.Emitting;
using OnexSchemas.Build.Generator.Model;
using OnexSchemas.Build.Generator.Parsing;

namespace OnexSchemas.Build.Generator;

/// <summary>
/// Generates, from the topic schemas passed as AdditionalFiles, the C# the ONEX runtime routes with:
/// <list type="bullet">
/// <item><description><c>Omninode.Events.Topics</c>: a constant per topic and per dead-letter topic, nested by domain and pattern
/// (<c>Topics.Codegen.Request.ValidateV1</c>, <c>Topics.Codegen.Request.ValidateV1Dlq</c>; four-part audit topics sit
/// directly in their domain, <c>Topics.Audit.AgentExecutionV1</c>).</description></item>
/// <item><description>For each payload record <c>Omninode.Events.{Domain}.{Operation}{Pattern}V{major}</c>, a partial part that
/// implements <c>IOnexEvent</c> (or <c>IOnexRequest&lt;TResponse&gt;</c> for requests) with static <c>Topic</c>,
/// <c>EventType</c> (the topic) and <c>SchemaVersion</c> (<c>x-onex.version</c>). The records and their properties
/// come from the MSBuild code generator; this part adds no attributes and no modifiers, so it never clashes with it.</description></item>
/// <item><description><c>Omninode.Events.OnexEventCatalog</c>: every payload type with its topic, dead-letter topic, schema
/// version, response type and deprecation, with lookups by topic and by type that use no reflection.</description></item>
/// <item><description><c>IOnexEvent</c>, <c>IOnexRequest&lt;TResponse&gt;</c> and <c>OnexEventDescriptor</c>, once per compilation.</description></item>
/// <item><description>All of it in the root namespace the tree config's <c>namespace</c> gives (<c>omninode</c>: <c>Omninode.Events</c>),
/// named by the shared conventions (<c>OnexSchemas.Naming</c>) that the MSBuild task names its half with.</description></item>
/// </list>
/// The project sets the MSBuild property <c>OnexSchemasRoot</c> (made compiler-visible by
/// <c>build/OnexSchemas.Build.Generator.props</c>); only <c>*.json</c> AdditionalFiles under <c>{root}/events/</c> are
/// read. Problems are reported as ONEXG001-ONEXG007 at the file and line concerned, and the file is skipped.
/// </summary>
/// <remarks>
/// Pipeline, in the style of the System.Text.Json generator: the tree config is read into a value-equal naming
/// spec (<see cref="NamingStepName"/>); each AdditionalText, combined with the value-equal root options and the
/// naming, is parsed into a value-equal spec (tracking name <see cref="FileStepName"/>); the specs are
/// collected and joined into a value-equal catalog (<see cref="CatalogStepName"/>), which the emitter writes and whose
/// diagnostics are reported. The compilation is never an input, so editing C# source re-runs nothing, and editing
/// one schema re-parses only that file.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class OnexEventsGenerator : IIncrementalGenerator
{
    /// <summary>The tool name in <c>GeneratedCode</c> attributes.</summary>
    public const string GeneratorName = "OnexSchemas.Build.Generator";

    /// <summary>The tracking name of the per-file parse step.</summary>
    public const string FileStepName = "OnexSchemaFile";

    /// <summary>The tracking name of the catalog step.</summary>
    public const string CatalogStepName = "OnexCatalog";

    /// <summary>The tracking name of the tree-config step.</summary>
    public const string NamingStepName = "OnexTreeNaming";

    /// <summary>The tracking name of the options step.</summary>
    public const string OptionsStepName = "OnexSchemaOptions";

    /// <summary>The generator's version, <c>major.minor.build</c> of its assembly, stamped into <c>GeneratedCode</c>.</summary>
    public static string Version { get; } = typeof(OnexEventsGenerator).GetTypeInfo().Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var emitter = new Emitter(Version);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(Parser.ReadOptions)
            .WithTrackingName(OptionsStepName);

        // The tree config names the topics' namespace and so the generated namespace; without one, the defaults.
        var naming = context.AdditionalTextsProvider
            .Combine(options)
            .Select((pair, cancellationToken) => Parser.ParseConfig(pair.Left, pair.Right, cancellationToken))
            .Where(spec => spec is not null)
            .Collect()
            .Select((specs, _) => specs.IsDefaultOrEmpty ? TreeNamingSpec.Default : specs[0]!)
            .WithTrackingName(NamingStepName);

        var files = context.AdditionalTextsProvider
            .Combine(options.Combine(naming))
            .Select((pair, cancellationToken) => Parser.Parse(pair.Left, pair.Right.Left, pair.Right.Right, cancellationToken))
            .WithTrackingName(FileStepName);

        var catalog = files
            .Collect()
            .Combine(naming)
            .Select((pair, cancellationToken) => CatalogBuilder.Build(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(CatalogStepName);

        context.RegisterSourceOutput(catalog, (production, spec) =>
        {
            foreach (var diagnostic in spec.Diagnostics)
            {
                production.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var (hintName, source) in emitter.Emit(spec))
            {
                production.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
            }
        });
    }
}
