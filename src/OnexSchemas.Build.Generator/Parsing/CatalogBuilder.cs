using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using OnexSchemas.Build.Generator.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Generator.Parsing;

/// <summary>
/// Joins the per-file results into the catalog the emitter writes: drops files the build passed twice, orders
/// everything, rejects topics whose C# names collide, and pairs each request with its response.
/// </summary>
internal static class CatalogBuilder
{
    /// <summary>Names the generated code declares in the root namespace, which a domain's namespace must not take.</summary>
    private static readonly HashSet<string> ReservedDomainNames = new(StringComparer.Ordinal)
    {
        CSharpNames.TopicsClass, CSharpNames.CatalogClass, CSharpNames.DescriptorClass, CSharpNames.EventInterface, CSharpNames.RequestInterface,
        CSharpNames.EnvelopeClass, CSharpNames.JsonContextClass,
    };

    /// <summary>Builds the catalog; the result depends only on the set of files, not on the order the build lists them in.</summary>
    public static CatalogSpec Build(ImmutableArray<SchemaFileResult?> results, TreeNamingSpec naming, CancellationToken cancellationToken)
    {
        var files = new List<SchemaFileResult>();
        var seenPaths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in results)
        {
            if (result is not null)
            {
                files.Add(result);
            }
        }

        files.Sort((left, right) =>
        {
            var byPath = string.CompareOrdinal(left.NormalizedPath, right.NormalizedPath);
            return byPath != 0 ? byPath : string.CompareOrdinal(left.Topic?.FilePath ?? left.Diagnostic?.Location.FilePath, right.Topic?.FilePath ?? right.Diagnostic?.Location.FilePath);
        });

        var diagnostics = new List<DiagnosticInfo>();
        if (naming.Diagnostic is not null)
        {
            diagnostics.Add(naming.Diagnostic);
        }

        var topics = new List<TopicSpec>();
        foreach (var file in files)
        {
            if (!seenPaths.Add(file.NormalizedPath))
            {
                continue; // The same file passed twice (e.g. by the package's props and by the project).
            }

            if (file.Diagnostic is not null)
            {
                diagnostics.Add(file.Diagnostic);
            }

            if (file.Topic is not null)
            {
                topics.Add(file.Topic);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        topics.Sort((left, right) =>
        {
            var byTopic = string.CompareOrdinal(left.Topic, right.Topic);
            return byTopic != 0 ? byTopic : string.CompareOrdinal(left.FilePath, right.FilePath);
        });

        var accepted = new List<TopicSpec>();
        var typeNames = new Dictionary<string, TopicSpec>(StringComparer.Ordinal);
        var constantNames = new Dictionary<string, TopicSpec>(StringComparer.Ordinal);
        var domainNames = new Dictionary<string, TopicSpec>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var collision = FindCollision(topic, typeNames, constantNames, domainNames);
            if (collision is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.NameCollision, topic.Location, topic.RelativePath, collision.Value.Name, collision.Value.Reason));
                continue;
            }

            typeNames.Add(topic.Namespace + "." + topic.TypeName, topic);
            constantNames.Add(topic.TopicsClassPath + "." + topic.ConstantName, topic);
            if (!domainNames.ContainsKey(topic.DomainName))
            {
                domainNames.Add(topic.DomainName, topic);
            }

            accepted.Add(topic);
        }

        var byTopic = new Dictionary<string, TopicSpec>(StringComparer.Ordinal);
        foreach (var topic in accepted)
        {
            byTopic[topic.Topic] = topic;
        }

        var events = new List<EventSpec>(accepted.Count);
        foreach (var topic in accepted)
        {
            TopicSpec? response = null;
            if (topic.ResponseTopic is { } responseTopic && !byTopic.TryGetValue(responseTopic, out response))
            {
                diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.MissingResponse, topic.Location, topic.Topic, responseTopic, topic.TypeName));
            }

            events.Add(new EventSpec(topic, response));
        }

        return new CatalogSpec(naming.TopicNamespace, naming.RootNamespace, new EquatableArray<EventSpec>(events.ToArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    private static (string Name, string Reason)? FindCollision(
        TopicSpec topic,
        Dictionary<string, TopicSpec> typeNames,
        Dictionary<string, TopicSpec> constantNames,
        Dictionary<string, TopicSpec> domainNames)
    {
        if (ReservedDomainNames.Contains(topic.DomainName))
        {
            return (topic.Namespace, "is taken by the generated type " + topic.RootNamespace + "." + topic.DomainName);
        }

        if (!topic.PatternImplied && topic.DomainName == topic.PatternName)
        {
            return ("Topics." + topic.TopicsClassPath, "nests a class in one of the same name (CS0542)");
        }

        if (domainNames.TryGetValue(topic.DomainName, out var other) && other.Domain != topic.Domain)
        {
            return ("Topics." + topic.DomainName, "domain '" + other.Domain + "' of '" + other.RelativePath + "' generates too");
        }

        if (typeNames.TryGetValue(topic.Namespace + "." + topic.TypeName, out other))
        {
            return (topic.Namespace + "." + topic.TypeName, "'" + other.RelativePath + "' generates too");
        }

        if (constantNames.TryGetValue(topic.TopicsClassPath + "." + topic.ConstantName, out other))
        {
            return ("Topics." + topic.TopicsClassPath + "." + topic.ConstantName, "'" + other.RelativePath + "' generates too");
        }

        return null;
    }
}
