using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OnexSchemas.Naming;

/// <summary>
/// The C# names of everything generated from the tree, used by the MSBuild task (records, enums, envelope, JSON
/// context) and the source generator (topic constants, <c>IOnexEvent</c> parts, catalog) alike, so that the two
/// halves of each partial record always meet: <c>omninode.codegen.request.validate.v1</c> is
/// <c>Omninode.Events.Codegen.ValidateRequestV1</c> and <c>Topics.Codegen.Request.ValidateV1</c>.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class CSharpNames
{
    /// <summary>The class that holds the topic-name constants, in the root namespace.</summary>
    public const string TopicsClass = "Topics";

    /// <summary>The generated catalog of every payload type.</summary>
    public const string CatalogClass = "OnexEventCatalog";

    /// <summary>The generated descriptor of one payload type.</summary>
    public const string DescriptorClass = "OnexEventDescriptor";

    /// <summary>The interface every payload record implements.</summary>
    public const string EventInterface = "IOnexEvent";

    /// <summary>The interface request payload records implement, with their response type.</summary>
    public const string RequestInterface = "IOnexRequest";

    /// <summary>The generic envelope record.</summary>
    public const string EnvelopeClass = "OnexEnvelope";

    /// <summary>The System.Text.Json source-generated context of every generated type.</summary>
    public const string JsonContextClass = "OnexEventsJsonContext";

    /// <summary>
    /// The serializer context's property holding the envelope's metadata for one payload type: <c>OnexEnvelopeValidateRequestV1</c>,
    /// the name System.Text.Json's generator gives a closed generic type, kept although the metadata is now built once for all payloads.
    /// </summary>
    public static string EnvelopeTypeInfoProperty(string payloadTypeName) => EnvelopeClass + payloadTypeName;

    /// <summary>
    /// The serializer context's generic method that gives the envelope's metadata for any payload type, made once per
    /// context and payload type; the catalog's descriptors use it.
    /// </summary>
    public const string EnvelopeTypeInfoMethod = "GetEnvelopeTypeInfo";

    /// <summary>The suffix of a dead-letter topic constant.</summary>
    public const string DeadLetterConstantSuffix = "Dlq";

    /// <summary>The namespace suffix added to the PascalCase topic namespace: <c>omninode</c> is <c>Omninode.Events</c>.</summary>
    public const string RootNamespaceSuffix = ".Events";

    /// <summary>
    /// PascalCase of a snake_case (or otherwise punctuated) name: <c>batch_stamp</c> is <c>BatchStamp</c>,
    /// <c>node_v2</c> is <c>NodeV2</c>. Anything but an ASCII letter or digit separates words; a name that would
    /// start with a digit gets a leading '_'.
    /// </summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        var upper = true;
        foreach (var c in name)
        {
            if (!IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || (builder[0] >= '0' && builder[0] <= '9'))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>The namespace every generated type lives under, from the tree config's topic namespace: <c>omninode</c> is <c>Omninode.Events</c>.</summary>
    public static string RootNamespace(string topicNamespace) => Pascal(topicNamespace) + RootNamespaceSuffix;

    /// <summary>The suffix of a domain namespace that would otherwise shadow a well-known root namespace.</summary>
    public const string ShadowingDomainSuffix = "Events";

    /// <summary>
    /// Root namespaces that code inside the generated namespaces refers to: the .NET libraries' own, and those of the
    /// packages a service on the bus uses beside the contracts. A nested namespace of that name would capture every
    /// reference (<c>System.Guid</c> inside <c>Omninode.Events.*</c> would look in <c>Omninode.Events.System</c>).
    /// </summary>
    public static IReadOnlyList<string> ShadowedRootNamespaces { get; } =
    [
        "System", "Microsoft", "Windows", "Internal", "Interop", "FxResources", "Mono",
        "Confluent", "Avro", "Json", "Newtonsoft", "NJsonSchema", "Google", "OpenTelemetry", "Polly", "Xunit", "Omninode",
    ];

    /// <summary>
    /// The namespace of a domain's payload records: <c>{root}.{Domain}</c>, or <c>{root}.{Domain}Events</c> when the
    /// domain's name is one of <see cref="ShadowedRootNamespaces"/> (<c>system</c> is <c>Omninode.Events.SystemEvents</c>).
    /// </summary>
    public static string DomainNamespace(string rootNamespace, string domain)
    {
        var segment = Pascal(domain);
        return rootNamespace + "." + (ShadowedRootNamespaces.Contains(segment, StringComparer.Ordinal) ? segment + ShadowingDomainSuffix : segment);
    }

    /// <summary>The payload record of a topic: <c>{Operation}{Pattern}V{major}</c>, e.g. <c>ValidateRequestV1</c>, <c>AgentExecutionAuditV1</c>.</summary>
    public static string PayloadType(TopicName topic) =>
        Pascal(topic.Operation) + topic.Pattern.PascalName() + "V" + topic.Major.ToString(CultureInfo.InvariantCulture);

    /// <summary>The payload record's full name, in the root namespace the topic's own namespace gives: <c>Omninode.Events.Codegen.ValidateRequestV1</c>.</summary>
    public static string PayloadTypeFullName(TopicName topic) =>
        DomainNamespace(RootNamespace(topic.Namespace), topic.Domain) + "." + PayloadType(topic);

    /// <summary>The record of a shared schema such as <c>common/dlq_record.v1.json</c>: <c>DlqRecordV1</c>.</summary>
    public static string CommonType(string baseName, int major) => Pascal(baseName) + "V" + major.ToString(CultureInfo.InvariantCulture);

    /// <summary>The topic constant's name: <c>{Operation}V{major}</c>.</summary>
    public static string TopicConstant(TopicName topic) => Pascal(topic.Operation) + "V" + topic.Major.ToString(CultureInfo.InvariantCulture);

    /// <summary>The dead-letter topic constant's name: <c>{Operation}V{major}Dlq</c>.</summary>
    public static string DeadLetterConstant(TopicName topic) => TopicConstant(topic) + DeadLetterConstantSuffix;

    /// <summary>The class path under <c>Topics</c> that holds a topic's constants: <c>Codegen.Request</c>, or <c>Audit</c> for four-part audit topics.</summary>
    public static string TopicsClassPath(TopicName topic) => topic.PatternImplied
        ? Pascal(topic.Domain)
        : Pascal(topic.Domain) + "." + topic.Pattern.PascalName();

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
