using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using OnexSchemas.Diagnostics;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using RuleSeverity = OnexSchemas.Diagnostics.DiagnosticSeverity;

namespace OnexSchemas.Build.Generator;

/// <summary>
/// The generator's compiler diagnostics, made from the entries of the shared <see cref="RuleCatalog"/> whose origin
/// is the generator: the id, title, message, severity and description live there, once. Every one that skips a file
/// is an error, so a build never silently lacks a topic; the lint rules (ONEX001-ONEX025) report the same problems
/// with more detail.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "OnexSchemas";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    /// <summary>ONEXG001.</summary>
    public static DiagnosticDescriptor InvalidJson => ById[RuleCatalog.GeneratorInvalidJson.Id];

    /// <summary>ONEXG002.</summary>
    public static DiagnosticDescriptor MissingMetadata => ById[RuleCatalog.GeneratorMissingMetadata.Id];

    /// <summary>ONEXG003.</summary>
    public static DiagnosticDescriptor MisplacedFile => ById[RuleCatalog.GeneratorMisplacedFile.Id];

    /// <summary>ONEXG004.</summary>
    public static DiagnosticDescriptor TopicMismatch => ById[RuleCatalog.GeneratorTopicMismatch.Id];

    /// <summary>ONEXG005.</summary>
    public static DiagnosticDescriptor VersionMismatch => ById[RuleCatalog.GeneratorVersionMismatch.Id];

    /// <summary>ONEXG006.</summary>
    public static DiagnosticDescriptor NameCollision => ById[RuleCatalog.GeneratorNameCollision.Id];

    /// <summary>ONEXG007.</summary>
    public static DiagnosticDescriptor MissingResponse => ById[RuleCatalog.GeneratorMissingResponse.Id];

    /// <summary>ONEXG008.</summary>
    public static DiagnosticDescriptor TreeConfig => ById[RuleCatalog.GeneratorTreeConfig.Id];

    /// <summary>Every descriptor.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor with an id.</summary>
    public static DiagnosticDescriptor Find(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var result = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.Origin != RuleOrigin.Generator)
            {
                continue;
            }

            // Descriptors are built from data, not constants, so the release-tracking analyzers cannot see them; the
            // RuleCatalog renders AnalyzerReleases.Unshipped.md instead and a test keeps the file equal to it.
            result.Add(rule.Id, new DiagnosticDescriptor(
                rule.Id,
                rule.Title ?? rule.Purpose,
                rule.MessageFormat ?? rule.Purpose,
                Category,
                rule.DefaultSeverity switch
                {
                    RuleSeverity.Error => DiagnosticSeverity.Error,
                    RuleSeverity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                },
                isEnabledByDefault: true,
                description: rule.Purpose));
        }

        return result;
    }
}
