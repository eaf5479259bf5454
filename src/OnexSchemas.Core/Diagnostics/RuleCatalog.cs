using static OnexSchemas.Diagnostics.DiagnosticSeverity;

namespace OnexSchemas.Diagnostics;

/// <summary>Every rule the tree is checked against. <c>docs/rules.md</c> is written from this list and a test keeps them in step.</summary>
public static class RuleCatalog
{
    /// <summary>ONEX001.</summary>
    public static readonly RuleDescriptor JsonSyntax = new("ONEX001", "json-syntax", Error,
        "Each file is well-formed UTF-8 JSON within the size and nesting limits.");

    /// <summary>ONEX002.</summary>
    public static readonly RuleDescriptor SchemaDraft = new("ONEX002", "schema-draft", Error,
        "Each schema declares the tree's JSON Schema draft in `$schema` (draft-07).");

    /// <summary>ONEX003.</summary>
    public static readonly RuleDescriptor MetaSchema = new("ONEX003", "meta-schema", Error,
        "Each schema is valid against its draft's meta-schema: keywords have the types the draft defines.");

    /// <summary>ONEX004.</summary>
    public static readonly RuleDescriptor RemoteReference = new("ONEX004", "no-remote-ref", Error,
        "A `$ref` never names a remote resource (http, https, file, urn, ...): schemas are never fetched.");

    /// <summary>ONEX005.</summary>
    public static readonly RuleDescriptor ReferenceOutsideRoot = new("ONEX005", "ref-inside-root", Error,
        "A `$ref` never leaves the schema root.");

    /// <summary>ONEX006.</summary>
    public static readonly RuleDescriptor UnresolvedReference = new("ONEX006", "ref-resolves", Error,
        "A `$ref` names a file that exists and a JSON pointer inside it that exists.");

    /// <summary>ONEX007.</summary>
    public static readonly RuleDescriptor ReferenceCycle = new("ONEX007", "ref-acyclic", Error,
        "`$ref`s form no cycle: event payloads are finite trees, which code generation and the compatibility walk rely on.");

    /// <summary>ONEX008.</summary>
    public static readonly RuleDescriptor FileLayout = new("ONEX008", "file-layout", Error,
        "A schema sits at `events/{domain}/{pattern}/{operation}.v{N}.json`, `events/audit/{operation}.v{N}.json` or `common/{name}.v{N}.json`.");

    /// <summary>ONEX009.</summary>
    public static readonly RuleDescriptor TopicNaming = new("ONEX009", "topic-naming", Error,
        "Topic names follow `omninode.{domain}.{pattern}.{operation}.v{major}` (or `omninode.audit.{operation}.v{major}`) in lower snake_case.");

    /// <summary>ONEX010.</summary>
    public static readonly RuleDescriptor TopicMatchesPath = new("ONEX010", "topic-matches-path", Error,
        "`x-onex.topic` is the topic the file's path names.");

    /// <summary>ONEX011.</summary>
    public static readonly RuleDescriptor IdMatchesPath = new("ONEX011", "id-matches-path", Error,
        "`$id` is the tree's base URI followed by the file's path under the root.");

    /// <summary>ONEX012.</summary>
    public static readonly RuleDescriptor VersionMatchesMajor = new("ONEX012", "version-matches-major", Error,
        "The major of `x-onex.version` equals the `.vN` of the file name and topic.");

    /// <summary>ONEX013.</summary>
    public static readonly RuleDescriptor SemanticVersionFormat = new("ONEX013", "semver", Error,
        "`x-onex.version` is a well-formed SemVer 2.0.0 version (MAJOR.MINOR.PATCH).");

    /// <summary>ONEX014.</summary>
    public static readonly RuleDescriptor OnexMetadata = new("ONEX014", "onex-metadata", Error,
        "The root has an `x-onex` object with version, owner, producers and consumers (and topic, for topic schemas).");

    /// <summary>ONEX015.</summary>
    public static readonly RuleDescriptor ClosedContentModel = new("ONEX015", "closed-content-model", Error,
        "Every object schema declares `additionalProperties: false`, or a value schema for a typed map, so that compatibility is judged on a closed model.");

    /// <summary>ONEX016.</summary>
    public static readonly RuleDescriptor DescriptionRequired = new("ONEX016", "description-required", Error,
        "The schema and every property have a non-empty `description`: it becomes the generated code's documentation.");

    /// <summary>ONEX017.</summary>
    public static readonly RuleDescriptor SnakeCaseProperties = new("ONEX017", "snake-case-properties", Error,
        "Property names are lower snake_case.");

    /// <summary>ONEX018.</summary>
    public static readonly RuleDescriptor RequestHasResponse = new("ONEX018", "request-has-response", Error,
        "Every request topic has the response topic of the same domain, operation and major.");

    /// <summary>ONEX019.</summary>
    public static readonly RuleDescriptor ExamplesPresent = new("ONEX019", "examples-present", Error,
        "Every topic schema has at least one entry in `examples`.");

    /// <summary>ONEX020.</summary>
    public static readonly RuleDescriptor ExamplesValid = new("ONEX020", "examples-valid", Error,
        "Every example validates against its schema.");

    /// <summary>ONEX021.</summary>
    public static readonly RuleDescriptor RegistryBlindSpot = new("ONEX021", "registry-checkable", Error,
        "No construct the schema registry cannot check for compatibility: `unevaluatedProperties`/`unevaluatedItems`, `dependentSchemas`, `if`/`then`/`else`, or more than one of `oneOf`/`anyOf`/`allOf` in one schema object.");

    /// <summary>ONEX022.</summary>
    public static readonly RuleDescriptor DuplicateTopic = new("ONEX022", "unique-topic", Error,
        "No two files define the same topic or the same `$id`.");

    /// <summary>ONEX023.</summary>
    public static readonly RuleDescriptor RequiredDeclared = new("ONEX023", "required-declared", Error,
        "Each name in `required` is declared in `properties`: under a closed model an undeclared required name rejects every message.");

    /// <summary>ONEX024.</summary>
    public static readonly RuleDescriptor TreeConfig = new("ONEX024", "tree-config", Error,
        "`onex-schemas.json` is well-formed and names only known keys, domains, topics and compatibility levels.");

    /// <summary>ONEX025.</summary>
    public static readonly RuleDescriptor ReferenceSiblings = new("ONEX025", "ref-no-siblings", Warning,
        "A `$ref` has no sibling keywords but `description`: draft-07 ignores them, so they would mislead readers.");

    /// <summary>All rules, in identifier order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        JsonSyntax, SchemaDraft, MetaSchema, RemoteReference, ReferenceOutsideRoot, UnresolvedReference, ReferenceCycle,
        FileLayout, TopicNaming, TopicMatchesPath, IdMatchesPath, VersionMatchesMajor, SemanticVersionFormat, OnexMetadata,
        ClosedContentModel, DescriptionRequired, SnakeCaseProperties, RequestHasResponse, ExamplesPresent, ExamplesValid,
        RegistryBlindSpot, DuplicateTopic, RequiredDeclared, TreeConfig, ReferenceSiblings,
    ];

    /// <summary>Finds a rule by identifier.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(rule => rule.Id == id);
}
