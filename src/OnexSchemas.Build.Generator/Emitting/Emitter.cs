using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using OnexSchemas.Build.Generator.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Generator.Emitting;

/// <summary>
/// Writes the generated C# (the second half of the pipeline). Every name is written with <c>global::</c>, because
/// no namespace of the consuming project may capture <c>System.Type</c> or the generated names.
/// Every public member has a doc comment, so the output builds under GenerateDocumentationFile and
/// TreatWarningsAsErrors.
/// </summary>
internal sealed class Emitter
{
    /// <summary>The hint name of the interfaces and the descriptor record, <c>{root}.Abstractions.g.cs</c>.</summary>
    public static string AbstractionsHintName(string rootNamespace) => rootNamespace + ".Abstractions.g.cs";

    /// <summary>The hint name of <c>Topics</c>.</summary>
    public static string TopicsHintName(string rootNamespace) => rootNamespace + "." + CSharpNames.TopicsClass + ".g.cs";

    /// <summary>The hint name of <c>OnexEventCatalog</c>.</summary>
    public static string CatalogHintName(string rootNamespace) => rootNamespace + "." + CSharpNames.CatalogClass + ".g.cs";

    private readonly string _generatedCode;

    /// <summary>Creates an emitter that stamps <paramref name="version"/> into every <c>GeneratedCode</c> attribute.</summary>
    public Emitter(string version) =>
        _generatedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"" + OnexEventsGenerator.GeneratorName + "\", " + Literal(version) + ")]";

    /// <summary>
    /// <c>IOnexEvent</c>, <c>IOnexRequest&lt;TResponse&gt;</c> and <c>OnexEventDescriptor</c>, in the root
    /// namespace the tree config gives, so they come with the catalog rather than at post-initialisation.
    /// </summary>
    public string EmitAbstractions(CatalogSpec catalog)
    {
        var root = "global::" + catalog.RootNamespace;
        var w = Begin(catalog.RootNamespace);
        w.Lines("""
            /// <summary>
            /// An ONEX event payload: a type that names, without reflection, the topic it is published on.
            /// Use it as a constraint, <c>where T : IOnexEvent</c>, and read <c>T.Topic</c>.
            /// </summary>
            """);
        w.Line(_generatedCode);
        w.Line("public interface IOnexEvent");
        w.Open();
        w.Line("/// <summary>The topic the payload is published on, <c>" + TopicName.GrammarText(catalog.TopicNamespace) + "</c>.</summary>");
        w.Lines("""
            static abstract string Topic { get; }

            /// <summary>The envelope's <c>event_type</c> for the payload; equal to <see cref="Topic"/>.</summary>
            static abstract string EventType { get; }

            /// <summary>The <c>x-onex.version</c> of the schema the payload was generated from.</summary>
            static abstract string SchemaVersion { get; }
            """);
        w.Close();
        w.Line();
        w.Line("/// <summary>A request payload, answered on its response topic by a <typeparamref name=\"TResponse\"/>.</summary>");
        w.Line("/// <typeparam name=\"TResponse\">The payload of the response topic of the same domain, operation and major.</typeparam>");
        w.Line(_generatedCode);
        w.Line("public interface IOnexRequest<TResponse> : " + root + ".IOnexEvent");
        w.Line("    where TResponse : " + root + ".IOnexEvent");
        w.Open();
        w.Close();
        w.Line();
        w.Line("/// <summary>What <see cref=\"" + root + ".OnexEventCatalog\"/> knows about one payload type.</summary>");
        w.Lines("""
            /// <param name="Type">The payload record.</param>
            /// <param name="Topic">The topic it is published on.</param>
            /// <param name="EventType">The envelope's <c>event_type</c> for it; equal to <paramref name="Topic"/>.</param>
            /// <param name="SchemaVersion">The <c>x-onex.version</c> of its schema.</param>
            /// <param name="DeadLetterTopic">The topic messages that cannot be processed go to, <c>{topic}.dlq</c>.</param>
            /// <param name="ResponseType">For a request, the payload of its response; otherwise null.</param>
            /// <param name="Deprecated">True when the schema is deprecated (<c>x-onex.deprecated</c>).</param>
            /// <param name="PayloadTypeInfoFactory">Gets the payload's serializer metadata from the serializer context.</param>
            /// <param name="EnvelopeTypeInfoFactory">Gets the serializer metadata of the payload's envelope from the serializer context.</param>
            """);
        w.Line(_generatedCode);
        w.Lines("""
            public sealed record OnexEventDescriptor(
                global::System.Type Type,
                string Topic,
                string EventType,
                string SchemaVersion,
                string DeadLetterTopic,
                global::System.Type? ResponseType,
                bool Deprecated,
                global::System.Func<global::System.Text.Json.Serialization.Metadata.JsonTypeInfo> PayloadTypeInfoFactory,
                global::System.Func<global::System.Text.Json.Serialization.Metadata.JsonTypeInfo> EnvelopeTypeInfoFactory)
            {
                // Through factories, not values: the metadata of a type is made when it is first used (the serializer
                // context keeps it from then on), so touching the catalog does not build it for every topic.

                /// <summary>The payload's source-generated serializer metadata.</summary>
                public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo PayloadTypeInfo => PayloadTypeInfoFactory();

                /// <summary>The serializer metadata of the payload's envelope, so a message can be read by topic without <c>MakeGenericType</c>.</summary>
                public global::System.Text.Json.Serialization.Metadata.JsonTypeInfo EnvelopeTypeInfo => EnvelopeTypeInfoFactory();
            }
            """);
        return End(w);
    }

    /// <summary>Every generated file for a catalog: <c>Topics</c>, <c>OnexEventCatalog</c>, then one record part per topic.</summary>
    public IEnumerable<(string HintName, string Source)> Emit(CatalogSpec catalog)
    {
        yield return (AbstractionsHintName(catalog.RootNamespace), EmitAbstractions(catalog));
        yield return (TopicsHintName(catalog.RootNamespace), EmitTopics(catalog));
        yield return (CatalogHintName(catalog.RootNamespace), EmitCatalog(catalog));
        foreach (var item in catalog.Events)
        {
            yield return (item.Topic.Namespace + "." + item.Topic.TypeName + ".g.cs", EmitRecordPart(catalog, item));
        }
    }

    /// <summary><c>Topics</c>: a class per domain, in it a class per pattern (none for the four-part audit topics), in it the constants.</summary>
    public string EmitTopics(CatalogSpec catalog)
    {
        var ns = catalog.TopicNamespace;
        var w = Begin(catalog.RootNamespace);
        w.Line("/// <summary>");
        w.Line("/// The name of every ONEX topic in the schema tree, and of its dead-letter topic, nested by domain and pattern:");
        w.Line("/// <c>Topics.Codegen.Request.ValidateV1</c> is <c>" + ns + ".codegen.request.validate.v1</c>, and");
        w.Line("/// <c>Topics.Codegen.Request.ValidateV1Dlq</c> is <c>" + ns + ".codegen.request.validate.v1.dlq</c>.");
        w.Line("/// </summary>");
        w.Line(_generatedCode);
        w.Line("public static class " + CSharpNames.TopicsClass);
        w.Open();

        // Events are ordered by topic name, so each domain's topics are adjacent, and within a domain the four-part
        // audit topics ("omninode.audit.x.v1") and each pattern's topics form runs too.
        var events = catalog.Events;
        var first = true;
        for (var i = 0; i < events.Count;)
        {
            var domain = events[i].Topic.Domain;
            var end = i;
            while (end < events.Count && events[end].Topic.Domain == domain)
            {
                end++;
            }

            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitDomain(w, events, i, end);
            i = end;
        }

        w.Close();
        return End(w);
    }

    private void EmitDomain(SourceWriter w, EquatableArray<EventSpec> events, int start, int end)
    {
        var sample = events[start].Topic;
        w.Line("/// <summary>Topics of the <c>" + sample.Domain + "</c> domain.</summary>");
        w.Line(_generatedCode);
        w.Line("public static class " + sample.DomainName);
        w.Open();
        var firstMember = true;

        // The four-part audit topics sit directly in the domain class.
        for (var i = start; i < end; i++)
        {
            if (events[i].Topic.PatternImplied)
            {
                EmitConstants(w, events[i].Topic, ref firstMember);
            }
        }

        foreach (var pattern in new[] { EventPattern.Request, EventPattern.Response, EventPattern.Event, EventPattern.Audit })
        {
            var any = false;
            for (var i = start; i < end; i++)
            {
                var topic = events[i].Topic;
                if (topic.PatternImplied || topic.Pattern != pattern)
                {
                    continue;
                }

                if (!any)
                {
                    if (!firstMember)
                    {
                        w.Line();
                    }

                    firstMember = false;
                    w.Line("/// <summary>" + topic.PatternName + " topics of the <c>" + topic.Domain + "</c> domain.</summary>");
                    w.Line(_generatedCode);
                    w.Line("public static class " + topic.PatternName);
                    w.Open();
                    any = true;
                }

                var firstInClass = !HasEarlierOfPattern(events, start, i, pattern);
                EmitConstants(w, topic, ref firstInClass);
            }

            if (any)
            {
                w.Close();
            }
        }

        w.Close();
    }

    private static bool HasEarlierOfPattern(EquatableArray<EventSpec> events, int start, int index, EventPattern pattern)
    {
        for (var i = start; i < index; i++)
        {
            if (!events[i].Topic.PatternImplied && events[i].Topic.Pattern == pattern)
            {
                return true;
            }
        }

        return false;
    }

    private static void EmitConstants(SourceWriter w, TopicSpec topic, ref bool first)
    {
        if (!first)
        {
            w.Line();
        }

        first = false;
        WriteSummary(w, topic.Description is null ? "The topic <c>" + topic.Topic + "</c>." : XmlText(topic.Description));
        w.Line("/// <remarks>" + Remarks(topic, includeTopic: true) + "</remarks>");
        w.Line("public const string " + topic.ConstantName + " = " + Literal(topic.Topic) + ";");
        w.Line();
        w.Line("/// <summary>The dead-letter topic of <see cref=\"" + topic.ConstantName + "\"/>, where messages that cannot be processed go.</summary>");
        w.Line("public const string " + topic.DeadLetterConstantName + " = " + Literal(topic.DeadLetterTopic) + ";");
    }

    /// <summary><c>OnexEventCatalog</c>: the descriptors in topic order and lookups by topic (a string switch) and by type.</summary>
    public string EmitCatalog(CatalogSpec catalog)
    {
        var root = "global::" + catalog.RootNamespace;
        var descriptor = root + "." + CSharpNames.DescriptorClass;
        // The task writes the serializer context and the envelope; the two halves meet in the service's compilation.
        var context = root + "." + CSharpNames.JsonContextClass + ".Default";
        var w = Begin(catalog.RootNamespace, referencesPayloadTypes: true);
        w.Lines("""
            /// <summary>
            /// Every ONEX payload type with its topic, dead-letter topic, schema version and response type, so the runtime
            /// can route by type or by topic without reflection.
            /// </summary>
            """);
        w.Line(_generatedCode);
        w.Line("public static class " + CSharpNames.CatalogClass);
        w.Open();
        w.Line("private static readonly " + descriptor + "[] s_all =");
        w.Open();
        foreach (var item in catalog.Events)
        {
            var topic = item.Topic;
            w.Line("new " + descriptor + "(");
            w.Line("    Type: typeof(" + topic.FullTypeName + "),");
            w.Line("    Topic: " + topic.ConstantReference + ",");
            w.Line("    EventType: " + topic.ConstantReference + ",");
            w.Line("    SchemaVersion: " + Literal(topic.Version) + ",");
            w.Line("    DeadLetterTopic: " + topic.DeadLetterConstantReference + ",");
            w.Line("    ResponseType: " + (item.Response is null ? "null" : "typeof(" + item.Response.FullTypeName + ")") + ",");
            w.Line("    Deprecated: " + (topic.Deprecated ? "true" : "false") + ",");
            w.Line("    PayloadTypeInfoFactory: static () => " + context + ".GetTypeInfo(typeof(" + topic.FullTypeName + "))!,");
            w.Line("    EnvelopeTypeInfoFactory: static () => " + context + "." + CSharpNames.EnvelopeTypeInfoMethod + "<" + topic.FullTypeName + ">()),");
        }

        w.Close(";");
        w.Line();
        w.Line("/// <summary>Every payload type, ordered by topic name.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + descriptor + "> All { get; } =");
        w.Line("    new global::System.Collections.ObjectModel.ReadOnlyCollection<" + descriptor + ">(s_all);");
        w.Line();
        w.Line("/// <summary>The descriptor of the payload published on <paramref name=\"topic\"/>.</summary>");
        w.Line("/// <param name=\"topic\">A topic name such as <c>" + catalog.TopicNamespace + ".codegen.request.validate.v1</c> (a dead-letter topic is not one).</param>");
        w.Line("/// <returns>The descriptor, or null when no schema defines the topic.</returns>");
        if (catalog.Events.Count == 0)
        {
            w.Line("public static " + descriptor + "? FindByTopic(string topic) => null;");
        }
        else
        {
            w.Line("public static " + descriptor + "? FindByTopic(string topic) => topic switch");
            w.Open();
            for (var i = 0; i < catalog.Events.Count; i++)
            {
                w.Line(catalog.Events[i].Topic.ConstantReference + " => s_all[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "],");
            }

            w.Line("_ => null,");
            w.Close(";");
        }

        w.Line();
        w.Line("/// <summary>The descriptor of the payload type <paramref name=\"type\"/>.</summary>");
        w.Line("/// <param name=\"type\">A payload type.</param>");
        w.Line("/// <returns>The descriptor, or null when <paramref name=\"type\"/> is not a catalogued payload type.</returns>");
        w.Line("public static " + descriptor + "? FindByType(global::System.Type type)");
        w.Open();
        w.Line("foreach (var descriptor in s_all)");
        w.Open();
        w.Line("if (descriptor.Type == type)");
        w.Open();
        w.Line("return descriptor;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return null;");
        w.Close();
        w.Line();
        w.Lines("""
            /// <summary>The descriptor of <typeparamref name="T"/>, found through its static <c>Topic</c>.</summary>
            /// <typeparam name="T">A payload type.</typeparam>
            /// <returns>The descriptor, or null when <typeparamref name="T"/> is not a catalogued payload type.</returns>
            """);
        w.Line("public static " + descriptor + "? Find<T>()");
        w.Line("    where T : " + root + ".IOnexEvent");
        w.Open();
        w.Line("var descriptor = FindByTopic(T.Topic);");
        w.Line("return descriptor is not null && descriptor.Type == typeof(T) ? descriptor : null;");
        w.Close();
        w.Close();
        return End(w);
    }

    /// <summary>
    /// The generator's part of one payload record: the base list and the three static members, nothing the MSBuild
    /// part might also declare (no modifiers but <c>partial</c>, no type attributes). A member whose name the
    /// payload already uses for a property is implemented explicitly.
    /// </summary>
    public string EmitRecordPart(CatalogSpec catalog, EventSpec item)
    {
        var root = "global::" + catalog.RootNamespace;
        var topic = item.Topic;
        var w = Begin(topic.Namespace, referencesPayloadTypes: item.Response is not null);
        WriteSummary(w, topic.Description is null ? "The payload of topic <c>" + topic.Topic + "</c>." : XmlText(topic.Description));
        var remarks = Remarks(topic, includeTopic: false);
        if (item.Response is not null)
        {
            remarks += " Answered by <see cref=\"" + item.Response.FullTypeName + "\"/>.";
        }

        w.Line("/// <remarks>" + remarks + "</remarks>");
        var baseType = item.Response is null
            ? root + ".IOnexEvent"
            : root + ".IOnexRequest<" + item.Response.FullTypeName + ">";
        w.Line("partial record " + topic.TypeName + " : " + baseType);
        w.Open();
        EmitMember(w, root, topic, ExplicitMembers.Topic, "Topic", topic.ConstantReference,
            "The topic this payload is published on, <c>" + topic.Topic + "</c>.");
        w.Line();
        EmitMember(w, root, topic, ExplicitMembers.EventType, "EventType", topic.ConstantReference,
            "The envelope's <c>event_type</c> for this payload: its topic, <c>" + topic.Topic + "</c>.");
        w.Line();
        EmitMember(w, root, topic, ExplicitMembers.SchemaVersion, "SchemaVersion", Literal(topic.Version),
            "The version of the schema this payload was generated from, <c>" + XmlText(topic.Version) + "</c>.");
        w.Close();
        return End(w);
    }

    private void EmitMember(SourceWriter w, string root, TopicSpec topic, ExplicitMembers member, string name, string value, string summary)
    {
        w.Line("/// <summary>" + summary + "</summary>");
        w.Line(_generatedCode);
        w.Line((topic.ExplicitMembers & member) != 0
            ? "static string " + root + ".IOnexEvent." + name + " => " + value + ";"
            : "public static string " + name + " => " + value + ";");
    }

    private static string Remarks(TopicSpec topic, bool includeTopic)
    {
        var text = new StringBuilder();
        if (includeTopic)
        {
            text.Append("Payload <see cref=\"").Append(topic.FullTypeName).Append("\"/>, ");
        }
        else
        {
            text.Append("Published on <c>").Append(topic.Topic).Append("</c>, ");
        }

        text.Append("schema version ").Append(XmlText(topic.Version))
            .Append(", from <c>").Append(XmlText(topic.RelativePath)).Append("</c>.");
        if (topic.Deprecated)
        {
            text.Append(" Deprecated");
            if (topic.Sunset is not null)
            {
                text.Append(": may be removed after ").Append(topic.Sunset);
            }

            text.Append('.');
        }

        return text.ToString();
    }

    private static SourceWriter Begin(string ns, bool referencesPayloadTypes = false)
    {
        var w = new SourceWriter();
        w.Line("// <auto-generated/>");
        w.Line("#nullable enable");
        if (referencesPayloadTypes)
        {
            // Deprecated payload records carry [Obsolete] (from the MSBuild part); listing them is not a use of them.
            w.Line("#pragma warning disable CS0612, CS0618");
        }

        w.Line();
        w.Line("namespace " + ns);
        w.Open();
        return w;
    }

    private static string End(SourceWriter w)
    {
        w.Close();
        return w.ToString();
    }

    /// <summary>Writes a summary; text with several lines becomes one <c>///</c> line each.</summary>
    private static void WriteSummary(SourceWriter w, string xml)
    {
        var lines = xml.Split('\n');
        if (lines.Length == 1)
        {
            w.Line("/// <summary>" + xml + "</summary>");
            return;
        }

        w.Line("/// <summary>");
        foreach (var line in lines)
        {
            w.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        w.Line("/// </summary>");
    }

    /// <summary>
    /// Schema text made safe for a doc comment: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, characters XML
    /// forbids dropped, and every C# line break (CR, LF, NEL, LS, PS) turned into '\n' with trailing spaces trimmed,
    /// so no text can end the comment and become code.
    /// </summary>
    internal static string XmlText(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    NewLine(builder);
                    break;
                case '\n': case '\u0085': case '\u2028': case '\u2029':
                    NewLine(builder);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (IsXmlChar(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        TrimEnd(builder);
        return builder.ToString();
    }

    private static void NewLine(StringBuilder builder)
    {
        TrimEnd(builder);
        builder.Append('\n');
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && (builder[builder.Length - 1] == ' ' || builder[builder.Length - 1] == '\t'))
        {
            builder.Length--;
        }
    }

    /// <summary>XML 1.0's Char production, for one UTF-16 unit that is not part of a surrogate pair.</summary>
    private static bool IsXmlChar(char c) =>
        c == '\t' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
