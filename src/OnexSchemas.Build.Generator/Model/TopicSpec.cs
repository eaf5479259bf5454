using System.Globalization;

namespace OnexSchemas.Build.Generator.Model;

/// <summary>
/// One topic schema, as much of it as the generated code needs. Value-equal: an edit that changes none of these
/// fields (a property's description, an example) leaves the catalog cached.
/// </summary>
/// <param name="FilePath">The additional file's path as the build gave it.</param>
/// <param name="RelativePath">The path under the schema root, '/'-separated, e.g. <c>events/codegen/request/validate.v1.json</c>.</param>
/// <param name="Domain">The domain segment, lower snake_case.</param>
/// <param name="Pattern">The pattern; <see cref="TopicPattern.Audit"/> for the four-part audit topics.</param>
/// <param name="PatternImplied">True for <c>omninode.audit.{operation}.v{major}</c>, which has no pattern segment.</param>
/// <param name="Operation">The operation segment, lower snake_case.</param>
/// <param name="Major">The major version, the file's and topic's <c>.vN</c>.</param>
/// <param name="Version">The schema's <c>x-onex.version</c>, a SemVer version whose major is <paramref name="Major"/>.</param>
/// <param name="Deprecated">True when <c>x-onex.deprecated</c> is <c>true</c>.</param>
/// <param name="Sunset">The <c>x-onex.sunset</c> day (yyyy-MM-dd) when it is one.</param>
/// <param name="Description">The schema's root <c>description</c>, when it is a non-blank string.</param>
/// <param name="ExplicitMembers">Which <c>IOnexEvent</c> members clash with payload properties.</param>
/// <param name="Location">Where catalog-level diagnostics about this topic point: its <c>x-onex.topic</c>, else its <c>x-onex</c>.</param>
internal sealed record TopicSpec(
    string FilePath,
    string RelativePath,
    string Domain,
    TopicPattern Pattern,
    bool PatternImplied,
    string Operation,
    int Major,
    string Version,
    bool Deprecated,
    string? Sunset,
    string? Description,
    ExplicitMembers ExplicitMembers,
    DiagnosticLocationInfo Location)
{
    /// <summary>The namespace every topic lives in.</summary>
    public const string TopicNamespace = "omninode";

    /// <summary>The C# namespace of the generated types.</summary>
    public const string RootNamespace = "Omninode.Events";

    /// <summary>The suffix of a dead-letter topic.</summary>
    public const string DeadLetterSuffix = ".dlq";

    /// <summary>The topic name, <c>omninode.{domain}.{pattern}.{operation}.v{major}</c> or <c>omninode.audit.{operation}.v{major}</c>.</summary>
    public string Topic => TopicName(Domain, Pattern, PatternImplied, Operation, Major);

    /// <summary>The dead-letter topic, <c>{topic}.dlq</c>.</summary>
    public string DeadLetterTopic => Topic + DeadLetterSuffix;

    /// <summary>For a request, the topic of its response; otherwise null.</summary>
    public string? ResponseTopic => Pattern == TopicPattern.Request ? TopicName(Domain, TopicPattern.Response, false, Operation, Major) : null;

    /// <summary>The PascalCase domain: <c>batch_stamp</c> is <c>BatchStamp</c>.</summary>
    public string DomainName => Naming.PascalCase(Domain);

    /// <summary>The PascalCase pattern: <c>Request</c>, <c>Response</c>, <c>Event</c> or <c>Audit</c>.</summary>
    public string PatternName => Naming.PatternName(Pattern);

    /// <summary>The namespace of the payload record, <c>Omninode.Events.{Domain}</c>.</summary>
    public string Namespace => RootNamespace + "." + DomainName;

    /// <summary>The payload record's name, <c>{Operation}{Pattern}V{major}</c>.</summary>
    public string TypeName => Naming.TypeName(Operation, Pattern, Major);

    /// <summary>The record's fully qualified name with <c>global::</c>.</summary>
    public string FullTypeName => "global::" + Namespace + "." + TypeName;

    /// <summary>The topic constant's name, <c>{Operation}V{major}</c>.</summary>
    public string ConstantName => Naming.PascalCase(Operation) + "V" + Major.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dead-letter constant's name, <c>{Operation}V{major}Dlq</c>.</summary>
    public string DeadLetterConstantName => ConstantName + "Dlq";

    /// <summary>The class path under <c>Topics</c> that holds the constants: <c>Codegen.Request</c>, or <c>Audit</c> for four-part audit topics.</summary>
    public string TopicsClassPath => PatternImplied ? DomainName : DomainName + "." + PatternName;

    /// <summary>The topic constant's fully qualified name with <c>global::</c>.</summary>
    public string ConstantReference => "global::" + RootNamespace + ".Topics." + TopicsClassPath + "." + ConstantName;

    /// <summary>The dead-letter constant's fully qualified name with <c>global::</c>.</summary>
    public string DeadLetterConstantReference => ConstantReference + "Dlq";

    /// <summary>Spells a topic name the way OnexSchemas.Model.TopicName does.</summary>
    public static string TopicName(string domain, TopicPattern pattern, bool patternImplied, string operation, int major)
    {
        var version = "v" + major.ToString(CultureInfo.InvariantCulture);
        return patternImplied
            ? TopicNamespace + "." + domain + "." + operation + "." + version
            : TopicNamespace + "." + domain + "." + Naming.PatternSegment(pattern) + "." + operation + "." + version;
    }
}
