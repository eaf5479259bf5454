using OnexSchemas.Naming;

namespace OnexSchemas.Build.Generator.Model;

/// <summary>
/// One topic schema, as much of it as the generated code needs. Value-equal: an edit that changes none of these
/// fields (a property's description, an example) leaves the catalog cached. Every name is spelled by the shared
/// conventions (<see cref="TopicName"/>, <see cref="CSharpNames"/>), which the MSBuild task spells its half with.
/// </summary>
/// <param name="FilePath">The additional file's path as the build gave it.</param>
/// <param name="RelativePath">The path under the schema root, '/'-separated, e.g. <c>events/codegen/request/validate.v1.json</c>.</param>
/// <param name="Name">The topic the path names, in the tree config's namespace.</param>
/// <param name="RootNamespace">The C# namespace of the generated types, from the tree config's namespace.</param>
/// <param name="Version">The schema's <c>x-onex.version</c>, a SemVer version whose major is the topic's.</param>
/// <param name="Deprecated">True when <c>x-onex.deprecated</c> is <c>true</c>.</param>
/// <param name="Sunset">The <c>x-onex.sunset</c> day (yyyy-MM-dd) when it is one.</param>
/// <param name="Description">The schema's root <c>description</c>, when it is a non-blank string.</param>
/// <param name="ExplicitMembers">Which <c>IOnexEvent</c> members clash with payload properties.</param>
/// <param name="Location">Where catalog-level diagnostics about this topic point: its <c>x-onex.topic</c>, else its <c>x-onex</c>.</param>
internal sealed record TopicSpec(
    string FilePath,
    string RelativePath,
    TopicName Name,
    string RootNamespace,
    string Version,
    bool Deprecated,
    string? Sunset,
    string? Description,
    ExplicitMembers ExplicitMembers,
    DiagnosticLocationInfo Location)
{
    /// <summary>The domain segment, lower snake_case.</summary>
    public string Domain => Name.Domain;

    /// <summary>The pattern; <see cref="EventPattern.Audit"/> for the four-part audit topics.</summary>
    public EventPattern Pattern => Name.Pattern;

    /// <summary>True for the four-part audit topics, which have no pattern segment.</summary>
    public bool PatternImplied => Name.PatternImplied;

    /// <summary>The topic name.</summary>
    public string Topic => Name.Value;

    /// <summary>The dead-letter topic, <c>{topic}.dlq</c>.</summary>
    public string DeadLetterTopic => Name.DeadLetterTopic;

    /// <summary>For a request, the topic of its response; otherwise null.</summary>
    public string? ResponseTopic => Name.ResponseTopic?.Value;

    /// <summary>The PascalCase domain: <c>batch_stamp</c> is <c>BatchStamp</c>.</summary>
    public string DomainName => CSharpNames.Pascal(Name.Domain);

    /// <summary>The PascalCase pattern: <c>Request</c>, <c>Response</c>, <c>Event</c> or <c>Audit</c>.</summary>
    public string PatternName => Name.Pattern.PascalName();

    /// <summary>The namespace of the payload record, <c>{root}.{Domain}</c>.</summary>
    public string Namespace => CSharpNames.DomainNamespace(RootNamespace, Name.Domain);

    /// <summary>The payload record's name, <c>{Operation}{Pattern}V{major}</c>.</summary>
    public string TypeName => CSharpNames.PayloadType(Name);

    /// <summary>The record's fully qualified name with <c>global::</c>.</summary>
    public string FullTypeName => "global::" + Namespace + "." + TypeName;

    /// <summary>The topic constant's name, <c>{Operation}V{major}</c>.</summary>
    public string ConstantName => CSharpNames.TopicConstant(Name);

    /// <summary>The dead-letter constant's name, <c>{Operation}V{major}Dlq</c>.</summary>
    public string DeadLetterConstantName => CSharpNames.DeadLetterConstant(Name);

    /// <summary>The class path under <c>Topics</c> that holds the constants: <c>Codegen.Request</c>, or <c>Audit</c> for four-part audit topics.</summary>
    public string TopicsClassPath => CSharpNames.TopicsClassPath(Name);

    /// <summary>The topic constant's fully qualified name with <c>global::</c>.</summary>
    public string ConstantReference => "global::" + RootNamespace + "." + CSharpNames.TopicsClass + "." + TopicsClassPath + "." + ConstantName;

    /// <summary>The dead-letter constant's fully qualified name with <c>global::</c>.</summary>
    public string DeadLetterConstantReference => "global::" + RootNamespace + "." + CSharpNames.TopicsClass + "." + TopicsClassPath + "." + DeadLetterConstantName;
}
