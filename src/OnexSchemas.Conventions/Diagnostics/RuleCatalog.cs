using System;
using System.Collections.Generic;
using static OnexSchemas.Diagnostics.DiagnosticSeverity;

namespace OnexSchemas.Diagnostics;

/// <summary>
/// The registry of every diagnostic any OnexSchemas component reports: the lint rules (ONEX0xx), the governance
/// rules of <c>check --against</c> (ONEX1xx), the source generator's compiler diagnostics (ONEXGxxx) and the
/// MSBuild task's own (ONEXBxxx). It feeds
/// <c>onex-schemas rules</c>, SARIF's <c>tool.driver.rules</c>, <c>docs/rules.md</c> and the generator's
/// <c>AnalyzerReleases.Unshipped.md</c>; tests keep the two files equal to what it renders. Each entry registers
/// itself as it is declared, so a rule cannot exist without being listed.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class RuleCatalog
{
    // Declared first: static fields initialise in textual order, and every Define below appends to it.
    private static readonly List<RuleDescriptor> Registered = [];
    private static readonly Dictionary<string, RuleDescriptor> ById = new(StringComparer.Ordinal);

    /// <summary>ONEX001.</summary>
    public static readonly RuleDescriptor JsonSyntax = Define("ONEX001", "json-syntax", RuleOrigin.Lint, Error,
        "Each file is well-formed UTF-8 JSON within the size and nesting limits.");

    /// <summary>ONEX002.</summary>
    public static readonly RuleDescriptor SchemaDraft = Define("ONEX002", "schema-draft", RuleOrigin.Lint, Error,
        "Each schema declares the tree's JSON Schema draft in `$schema` (draft-07).");

    /// <summary>ONEX003.</summary>
    public static readonly RuleDescriptor MetaSchema = Define("ONEX003", "meta-schema", RuleOrigin.Lint, Error,
        "Each schema is valid against its draft's meta-schema: keywords have the types the draft defines.");

    /// <summary>ONEX004.</summary>
    public static readonly RuleDescriptor RemoteReference = Define("ONEX004", "no-remote-ref", RuleOrigin.Lint, Error,
        "A `$ref` never names a remote resource (http, https, file, urn, ...): schemas are never fetched.");

    /// <summary>ONEX005.</summary>
    public static readonly RuleDescriptor ReferenceOutsideRoot = Define("ONEX005", "ref-inside-root", RuleOrigin.Lint, Error,
        "A `$ref` never leaves the schema root.");

    /// <summary>ONEX006.</summary>
    public static readonly RuleDescriptor UnresolvedReference = Define("ONEX006", "ref-resolves", RuleOrigin.Lint, Error,
        "A `$ref` names a file that exists and a JSON pointer inside it that exists.");

    /// <summary>ONEX007.</summary>
    public static readonly RuleDescriptor ReferenceCycle = Define("ONEX007", "ref-acyclic", RuleOrigin.Lint, Error,
        "`$ref`s form no cycle: event payloads are finite trees, which code generation and the compatibility walk rely on.");

    /// <summary>ONEX008.</summary>
    public static readonly RuleDescriptor FileLayout = Define("ONEX008", "file-layout", RuleOrigin.Lint, Error,
        "A schema sits at `events/{domain}/{pattern}/{operation}.v{N}.json`, `events/audit/{operation}.v{N}.json` or `common/{name}.v{N}.json`.");

    /// <summary>ONEX009.</summary>
    public static readonly RuleDescriptor TopicNaming = Define("ONEX009", "topic-naming", RuleOrigin.Lint, Error,
        "Topic names follow `{namespace}.{domain}.{pattern}.{operation}.v{major}` (or `{namespace}.audit.{operation}.v{major}`) in lower snake_case, where the namespace is the tree config's (`omninode` by default).");

    /// <summary>ONEX010.</summary>
    public static readonly RuleDescriptor TopicMatchesPath = Define("ONEX010", "topic-matches-path", RuleOrigin.Lint, Error,
        "`x-onex.topic` is the topic the file's path names.");

    /// <summary>ONEX011.</summary>
    public static readonly RuleDescriptor IdMatchesPath = Define("ONEX011", "id-matches-path", RuleOrigin.Lint, Error,
        "`$id` is the tree's base URI followed by the file's path under the root.");

    /// <summary>ONEX012.</summary>
    public static readonly RuleDescriptor VersionMatchesMajor = Define("ONEX012", "version-matches-major", RuleOrigin.Lint, Error,
        "The major of `x-onex.version` equals the `.vN` of the file name and topic.");

    /// <summary>ONEX013.</summary>
    public static readonly RuleDescriptor SemanticVersionFormat = Define("ONEX013", "semver", RuleOrigin.Lint, Error,
        "`x-onex.version` is a well-formed SemVer 2.0.0 version (MAJOR.MINOR.PATCH).");

    /// <summary>ONEX014.</summary>
    public static readonly RuleDescriptor OnexMetadata = Define("ONEX014", "onex-metadata", RuleOrigin.Lint, Error,
        "The root has an `x-onex` object with version, owner, producers and consumers (and topic, for topic schemas).");

    /// <summary>ONEX015.</summary>
    public static readonly RuleDescriptor ClosedContentModel = Define("ONEX015", "closed-content-model", RuleOrigin.Lint, Error,
        "Every object schema declares `additionalProperties: false`, or a value schema for a typed map, so that compatibility is judged on a closed model.");

    /// <summary>ONEX016.</summary>
    public static readonly RuleDescriptor DescriptionRequired = Define("ONEX016", "description-required", RuleOrigin.Lint, Error,
        "The schema and every property have a non-empty `description`: it becomes the generated code's documentation.");

    /// <summary>ONEX017.</summary>
    public static readonly RuleDescriptor SnakeCaseProperties = Define("ONEX017", "snake-case-properties", RuleOrigin.Lint, Error,
        "Property names are lower snake_case.");

    /// <summary>ONEX018.</summary>
    public static readonly RuleDescriptor RequestHasResponse = Define("ONEX018", "request-has-response", RuleOrigin.Lint, Error,
        "Every request topic has the response topic of the same domain, operation and major.");

    /// <summary>ONEX019.</summary>
    public static readonly RuleDescriptor ExamplesPresent = Define("ONEX019", "examples-present", RuleOrigin.Lint, Error,
        "Every topic schema has at least one entry in `examples`.");

    /// <summary>ONEX020.</summary>
    public static readonly RuleDescriptor ExamplesValid = Define("ONEX020", "examples-valid", RuleOrigin.Lint, Error,
        "Every example validates against its schema.");

    /// <summary>ONEX021.</summary>
    public static readonly RuleDescriptor RegistryBlindSpot = Define("ONEX021", "registry-checkable", RuleOrigin.Lint, Error,
        "No construct the schema registry cannot check for compatibility: `unevaluatedProperties`/`unevaluatedItems`, `dependentSchemas`, `if`/`then`/`else`, or more than one of `oneOf`/`anyOf`/`allOf` in one schema object.");

    /// <summary>ONEX022.</summary>
    public static readonly RuleDescriptor DuplicateTopic = Define("ONEX022", "unique-topic", RuleOrigin.Lint, Error,
        "No two files define the same topic or the same `$id`.");

    /// <summary>ONEX023.</summary>
    public static readonly RuleDescriptor RequiredDeclared = Define("ONEX023", "required-declared", RuleOrigin.Lint, Error,
        "Each name in `required` is declared in `properties`: under a closed model an undeclared required name rejects every message.");

    /// <summary>ONEX024.</summary>
    public static readonly RuleDescriptor TreeConfig = Define("ONEX024", "tree-config", RuleOrigin.Lint, Error,
        "`onex-schemas.json` is well-formed and names only known keys, domains, topics, compatibility levels and registry profiles.");

    /// <summary>ONEX025.</summary>
    public static readonly RuleDescriptor ReferenceSiblings = Define("ONEX025", "ref-no-siblings", RuleOrigin.Lint, Warning,
        "A `$ref` has no sibling keywords but `description`: draft-07 ignores them, so they would mislead readers.");

    /// <summary>ONEX026.</summary>
    public static readonly RuleDescriptor KnownKeywords = Define("ONEX026", "known-keywords", RuleOrigin.Lint, Error,
        "Every member of a schema object is a draft-07 keyword or a vendor extension (`x-…`): validators ignore an unknown word, so a typo such as `requried` would drop its constraint in silence.");

    /// <summary>ONEX101.</summary>
    public static readonly RuleDescriptor VersionNotBumped = Define("ONEX101", "version-bumped", RuleOrigin.Governance, Error,
        "A schema whose validation changed also changes `x-onex.version` (annotation-only changes may keep it).");

    /// <summary>ONEX102.</summary>
    public static readonly RuleDescriptor MinorBumpRequired = Define("ONEX102", "minor-for-compatible", RuleOrigin.Governance, Error,
        "A compatible change to what a schema accepts is at least a minor bump; a patch bump is for annotations only.");

    /// <summary>ONEX103.</summary>
    public static readonly RuleDescriptor BreakingChange = Define("ONEX103", "no-breaking-in-major", RuleOrigin.Governance, Error,
        "A change incompatible at the topic's compatibility level never lands in the same major: create `.v{N+1}` instead.");

    /// <summary>ONEX104.</summary>
    public static readonly RuleDescriptor VersionRegressed = Define("ONEX104", "version-forward", RuleOrigin.Governance, Error,
        "A schema's version never goes backwards.");

    /// <summary>ONEX105.</summary>
    public static readonly RuleDescriptor VersionSkipped = Define("ONEX105", "version-no-skip", RuleOrigin.Governance, Error,
        "A version moves by one step: MAJOR.MINOR.(PATCH+1) or MAJOR.(MINOR+1).0.");

    /// <summary>ONEX106.</summary>
    public static readonly RuleDescriptor NewMajorStartsAtZero = Define("ONEX106", "new-major-initial-version", RuleOrigin.Governance, Error,
        "A new `.vN` file starts at version `N.0.0`.");

    /// <summary>ONEX107.</summary>
    public static readonly RuleDescriptor RemovedBeforeSunset = Define("ONEX107", "keep-until-sunset", RuleOrigin.Governance, Error,
        "A topic is removed only after its successor exists and its `x-onex.sunset` date has passed.");

    /// <summary>ONEX108.</summary>
    public static readonly RuleDescriptor PredecessorDeprecated = Define("ONEX108", "deprecate-predecessor", RuleOrigin.Governance, Error,
        "When `.v{N+1}` is added, `.vN` stays, with `x-onex.deprecated: true` and a `sunset` at least the deprecation window away.");

    /// <summary>ONEX109.</summary>
    public static readonly RuleDescriptor ReaderBreakingChange = Define("ONEX109", "no-reader-breaking-in-major", RuleOrigin.Governance, Error,
        "A change the registry accepts must still accept every message valid under the previous version: readers validate with the new schema, and an old message they refuse goes to the dead-letter topic. Such a change is a new major topic, as a registry-breaking one is.");

    /// <summary>ONEXG001: Schema file is not valid JSON.</summary>
    public static readonly RuleDescriptor GeneratorInvalidJson = Define("ONEXG001", "generator-json-syntax", RuleOrigin.Generator, Error,
        "A topic schema under {OnexSchemasRoot}/events/ must be well-formed JSON (RFC 8259: no comments, no trailing commas).",
        "Schema file is not valid JSON",
        "'{0}' is not valid JSON: {1}; no code is generated for it");

    /// <summary>ONEXG002: Schema has no usable x-onex metadata.</summary>
    public static readonly RuleDescriptor GeneratorMissingMetadata = Define("ONEXG002", "generator-onex-metadata", RuleOrigin.Generator, Error,
        "A topic schema's root object has an \"x-onex\" object whose \"version\" is a SemVer 2.0.0 string and whose \"topic\", when present, is a string.",
        "Schema has no usable x-onex metadata",
        "'{0}' has no usable x-onex metadata: {1}; no code is generated for it");

    /// <summary>ONEXG003: File under events/ does not fit the topic layout.</summary>
    public static readonly RuleDescriptor GeneratorMisplacedFile = Define("ONEXG003", "generator-file-layout", RuleOrigin.Generator, Warning,
        "Topic schemas are events/{domain}/{pattern}/{operation}.v{N}.json or events/audit/{operation}.v{N}.json, in lower snake_case.",
        "File under events/ does not fit the topic layout",
        "'{0}' is under events/ but names no topic: {1}; no code is generated for it");

    /// <summary>ONEXG004: x-onex.topic is not the topic the path names.</summary>
    public static readonly RuleDescriptor GeneratorTopicMismatch = Define("ONEXG004", "generator-topic-matches-path", RuleOrigin.Generator, Error,
        "A topic schema's x-onex.topic, when present, is the topic its path names.",
        "x-onex.topic is not the topic the path names",
        "'{0}' declares x-onex.topic '{1}' but its path names '{2}'; no code is generated for it");

    /// <summary>ONEXG005: x-onex.version major is not the file's major.</summary>
    public static readonly RuleDescriptor GeneratorVersionMismatch = Define("ONEXG005", "generator-version-matches-major", RuleOrigin.Generator, Error,
        "The major of x-onex.version equals the .vN of the file name.",
        "x-onex.version major is not the file's major",
        "'{0}' has x-onex.version '{1}' but the file is '.v{2}'; no code is generated for it");

    /// <summary>ONEXG006: Generated C# name collides.</summary>
    public static readonly RuleDescriptor GeneratorNameCollision = Define("ONEXG006", "generator-unique-names", RuleOrigin.Generator, Error,
        "Two snake_case names can make the same PascalCase name (a1b and a_1b both make A1b), and a few names are taken by the generated types.",
        "Generated C# name collides",
        "'{0}' would generate '{1}', which {2}; no code is generated for it");

    /// <summary>ONEXG007: Request topic has no response schema.</summary>
    public static readonly RuleDescriptor GeneratorMissingResponse = Define("ONEXG007", "generator-request-has-response", RuleOrigin.Generator, Warning,
        "A request topic's payload implements IOnexRequest<TResponse> only when its response schema is among the generator's files.",
        "Request topic has no response schema",
        "Request topic '{0}' has no response schema '{1}'; {2} implements IOnexEvent but not IOnexRequest<TResponse>");

    /// <summary>ONEXG008: the tree config cannot be read.</summary>
    public static readonly RuleDescriptor GeneratorTreeConfig = Define("ONEXG008", "generator-tree-config", RuleOrigin.Generator, Error,
        "The tree config onex-schemas.json, when present, is well-formed JSON whose \"namespace\", when present, is a lower snake_case string: the generated names come from it.",
        "Tree config cannot be read",
        "'{0}' cannot be read: {1}; topics are named in the default namespace '{2}'");

    /// <summary>ONEXB001: the schema root the build names does not exist.</summary>
    public static readonly RuleDescriptor BuildSchemaRoot = Define("ONEXB001", "build-schema-root", RuleOrigin.Build, Error,
        "The MSBuild property `OnexSchemasRoot` names an existing directory: the schema tree the build generates from.");

    /// <summary>ONEXB002: the package is referenced but no schema tree is named.</summary>
    public static readonly RuleDescriptor BuildSchemaRootMissing = Define("ONEXB002", "build-schema-root-set", RuleOrigin.Build, Warning,
        "A project that references OnexSchemas.Build sets the MSBuild property `OnexSchemasRoot`; without it nothing is generated, and code using the events fails with CS0234 far from the cause.");

    /// <summary>ONEXB003: the schema root holds no tree config.</summary>
    public static readonly RuleDescriptor BuildSchemaRootConfig = Define("ONEXB003", "build-schema-root-config", RuleOrigin.Build, Error,
        "`OnexSchemasRoot` names the directory holding `onex-schemas.json`, not a folder above it: one error with the likely root, instead of every JSON file under it judged as a schema.");

    /// <summary>ONEXB004: an OnexSchema item names no file.</summary>
    public static readonly RuleDescriptor BuildSchemaSelection = Define("ONEXB004", "build-schema-selection", RuleOrigin.Build, Error,
        "Each `OnexSchema` item names an existing schema file, and each glob matches at least one: a selection that matches nothing would otherwise generate the whole tree in silence.");

    /// <summary>ONEXB005: the MSBuild running the build cannot run the task.</summary>
    public static readonly RuleDescriptor BuildMsBuildVersion = Define("ONEXB005", "build-msbuild-version", RuleOrigin.Build, Error,
        "The build runs on an MSBuild that can run the .NET 10 task: `dotnet build` with the .NET 10 SDK, or Visual Studio's .NET Framework MSBuild 18 or later (Visual Studio 2026), which runs it in the .NET task host; an older Visual Studio gets one error saying so instead of a task that cannot load.");

    /// <summary>Every rule, lint, then governance, then generator, then build, each in identifier order.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Registered;

    /// <summary>Finds a rule by identifier.</summary>
    public static RuleDescriptor? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;

    private static RuleDescriptor Define(
        string id, string name, RuleOrigin origin, DiagnosticSeverity severity, string purpose, string? title = null, string? messageFormat = null)
    {
        var rule = new RuleDescriptor(id, name, origin, severity, purpose) { Title = title, MessageFormat = messageFormat };
        if (ById.ContainsKey(id))
        {
            throw new InvalidOperationException("Diagnostic id " + id + " is defined twice.");
        }

        ById.Add(id, rule);
        Registered.Add(rule);
        return rule;
    }
}
