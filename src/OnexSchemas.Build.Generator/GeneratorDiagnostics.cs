using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OnexSchemas.Build.Generator;

/// <summary>
/// The generator's diagnostics. Every one that skips a file is an error, so a build never silently lacks a topic;
/// the lint rules of OnexSchemas.Core (ONEX001-ONEX025) report the same problems with more detail.
/// Listed in AnalyzerReleases.Unshipped.md.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "OnexSchemas";

    /// <summary>ONEXG001: the file is not well-formed JSON (or cannot be read); it is skipped.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new(
        "ONEXG001",
        "Schema file is not valid JSON",
        "'{0}' is not valid JSON: {1}; no code is generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A topic schema under {OnexSchemasRoot}/events/ must be well-formed JSON (RFC 8259: no comments, no trailing commas).");

    /// <summary>ONEXG002: the root is not an object, or x-onex or x-onex.version is missing, mistyped or not SemVer.</summary>
    public static readonly DiagnosticDescriptor MissingMetadata = new(
        "ONEXG002",
        "Schema has no usable x-onex metadata",
        "'{0}' has no usable x-onex metadata: {1}; no code is generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A topic schema's root object has an \"x-onex\" object whose \"version\" is a SemVer 2.0.0 string and whose \"topic\", when present, is a string.");

    /// <summary>ONEXG003: a *.json file under events/ whose path names no topic; it is skipped.</summary>
    public static readonly DiagnosticDescriptor MisplacedFile = new(
        "ONEXG003",
        "File under events/ does not fit the topic layout",
        "'{0}' is under events/ but names no topic: {1}; no code is generated for it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Topic schemas are events/{domain}/{pattern}/{operation}.v{N}.json or events/audit/{operation}.v{N}.json, in lower snake_case.");

    /// <summary>ONEXG004: x-onex.topic disagrees with the topic the path names.</summary>
    public static readonly DiagnosticDescriptor TopicMismatch = new(
        "ONEXG004",
        "x-onex.topic is not the topic the path names",
        "'{0}' declares x-onex.topic '{1}' but its path names '{2}'; no code is generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>ONEXG005: the major of x-onex.version is not the file's .vN.</summary>
    public static readonly DiagnosticDescriptor VersionMismatch = new(
        "ONEXG005",
        "x-onex.version major is not the file's major",
        "'{0}' has x-onex.version '{1}' but the file is '.v{2}'; no code is generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>ONEXG006: the topic's C# names collide with another topic's or with a generated type.</summary>
    public static readonly DiagnosticDescriptor NameCollision = new(
        "ONEXG006",
        "Generated C# name collides",
        "'{0}' would generate '{1}', which {2}; no code is generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Two snake_case names can make the same PascalCase name (a1b and a_1b both make A1b), and a few names are taken by the generated types.");

    /// <summary>ONEXG007: a request without its response schema implements IOnexEvent only.</summary>
    public static readonly DiagnosticDescriptor MissingResponse = new(
        "ONEXG007",
        "Request topic has no response schema",
        "Request topic '{0}' has no response schema '{1}'; {2} implements IOnexEvent but not IOnexRequest<TResponse>",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [InvalidJson.Id] = InvalidJson,
        [MissingMetadata.Id] = MissingMetadata,
        [MisplacedFile.Id] = MisplacedFile,
        [TopicMismatch.Id] = TopicMismatch,
        [VersionMismatch.Id] = VersionMismatch,
        [NameCollision.Id] = NameCollision,
        [MissingResponse.Id] = MissingResponse,
    };

    /// <summary>Every descriptor.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor with an id.</summary>
    public static DiagnosticDescriptor Find(string id) => ById[id];
}
