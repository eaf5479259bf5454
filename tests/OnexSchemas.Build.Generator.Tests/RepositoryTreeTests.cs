using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using OnexSchemas.Build.Generator.Tests.Infrastructure;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>The generator over the repository's real schema tree, with the records the MSBuild side would declare.</summary>
public sealed class RepositoryTreeTests
{
    private const string Usage = """
        namespace Consumer
        {
            /// <summary>Uses the generated code as an application would.</summary>
            public static class Probe
            {
                /// <summary>A topic constant.</summary>
                public const string Validate = global::Omninode.Events.Topics.Codegen.Request.ValidateV1;

                /// <summary>A dead-letter constant.</summary>
                public const string ValidateDlq = global::Omninode.Events.Topics.Codegen.Request.ValidateV1Dlq;

                /// <summary>A four-part audit topic.</summary>
                public const string AgentExecution = global::Omninode.Events.Topics.Audit.AgentExecutionV1;

                /// <summary>The topic of a payload type, through the static abstract member.</summary>
                public static string TopicOf<T>() where T : global::Omninode.Events.IOnexEvent => T.Topic;

                /// <summary>The response type of a request type, through the interface.</summary>
                public static global::System.Type ResponseOf<TRequest, TResponse>()
                    where TRequest : global::Omninode.Events.IOnexRequest<TResponse>
                    where TResponse : global::Omninode.Events.IOnexEvent => typeof(TResponse);

                /// <summary>Catalog lookup by type.</summary>
                public static global::Omninode.Events.OnexEventDescriptor? FindValidate() =>
                    global::Omninode.Events.OnexEventCatalog.Find<global::Omninode.Events.Codegen.ValidateRequestV1>();

                /// <summary>The topic of a type whose payload has an event_type property (explicit EventType).</summary>
                public static string LifecycleEventType() => EventTypeOf<global::Omninode.Events.Service.LifecycleEventV1>();

                /// <summary>The event type of a payload type.</summary>
                public static string EventTypeOf<T>() where T : global::Omninode.Events.IOnexEvent => T.EventType;

                /// <summary>The response of the validate request.</summary>
                public static global::System.Type ValidateResponse() =>
                    ResponseOf<global::Omninode.Events.Codegen.ValidateRequestV1, global::Omninode.Events.Codegen.ValidateResponseV1>();
            }
        }
        """;

    private static readonly Lazy<(GeneratorRun Run, IReadOnlyList<ExpectedTopic> Topics)> Tree = new(() =>
    {
        var files = GeneratorHarness.ReadTree(GeneratorHarness.SchemasRoot);
        var events = Path.Combine(GeneratorHarness.SchemasRoot, "events") + Path.DirectorySeparatorChar;
        var topics = files
            .Where(file => file.Path.StartsWith(events, StringComparison.Ordinal) && file.Path.EndsWith(".json", StringComparison.Ordinal))
            .Select(file => ExpectedTopic.FromSchema(file.GetText()!.ToString()))
            .ToList();
        var run = GeneratorHarness.Run(files, GeneratorHarness.SchemasRoot, ExpectedTopic.Stubs(topics), Usage);
        return (run, topics);
    });

    [Fact]
    public void The_tree_has_the_46_topics_the_catalog_should_list()
    {
        Assert.Equal(46, Tree.Value.Topics.Count);
    }

    [Fact]
    public void The_generator_reports_nothing_and_the_consumer_compiles_without_a_warning()
    {
        var (run, _) = Tree.Value;
        Assert.True(run.Diagnostics.IsEmpty, GeneratorHarness.Describe(run.Diagnostics));
        Assert.Null(run.Result.Exception);
        var problems = GeneratorHarness.WarningsAndErrors(run.Output);
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));
    }

    [Fact]
    public void Every_topic_and_dead_letter_constant_has_its_name()
    {
        var (run, topics) = Tree.Value;
        foreach (var topic in topics)
        {
            var container = run.Output.GetTypeByMetadataName(topic.TopicsClassMetadataName);
            Assert.True(container is not null, $"no class {topic.TopicsClassMetadataName} for {topic.Topic}");
            var constant = Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(container.GetMembers(topic.ConstantName)));
            Assert.True(constant.IsConst);
            Assert.Equal(topic.Topic, constant.ConstantValue);
            var deadLetter = Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(container.GetMembers(topic.ConstantName + "Dlq")));
            Assert.Equal(topic.Topic + ".dlq", deadLetter.ConstantValue);
        }
    }

    [Fact]
    public void The_usage_sees_Topics_Codegen_Request_ValidateV1_as_the_topic_string()
    {
        var (run, _) = Tree.Value;
        var probe = run.Output.GetTypeByMetadataName("Consumer.Probe")!;
        Assert.Equal("omninode.codegen.request.validate.v1", probe.GetMembers("Validate").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("omninode.codegen.request.validate.v1.dlq", probe.GetMembers("ValidateDlq").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal("omninode.audit.agent_execution.v1", probe.GetMembers("AgentExecution").OfType<IFieldSymbol>().Single().ConstantValue);
    }

    [Fact]
    public void Every_record_implements_IOnexEvent_and_requests_implement_IOnexRequest_of_their_response()
    {
        var (run, topics) = Tree.Value;
        var onexEvent = run.Output.GetTypeByMetadataName("Omninode.Events.IOnexEvent")!;
        var onexRequest = run.Output.GetTypeByMetadataName("Omninode.Events.IOnexRequest`1")!;
        Assert.NotNull(onexEvent);
        Assert.NotNull(onexRequest);
        var requests = 0;
        foreach (var topic in topics)
        {
            var type = run.Output.GetTypeByMetadataName(topic.FullTypeName);
            Assert.True(type is not null, $"no type {topic.FullTypeName}");
            Assert.True(type.IsRecord && type.IsSealed, topic.FullTypeName);
            Assert.Contains(type.AllInterfaces, i => SymbolEqualityComparer.Default.Equals(i, onexEvent));
            var requestInterfaces = type.AllInterfaces.Where(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, onexRequest)).ToList();
            if (topic.ResponseFullTypeName is null)
            {
                Assert.Empty(requestInterfaces);
                continue;
            }

            requests++;
            var response = run.Output.GetTypeByMetadataName(topic.ResponseFullTypeName)!;
            var implemented = Assert.Single(requestInterfaces);
            Assert.True(SymbolEqualityComparer.Default.Equals(response, implemented.TypeArguments.Single()), $"{topic.FullTypeName} implements {implemented}");
        }

        Assert.Equal(10, requests);
    }

    [Fact]
    public void A_payload_property_named_event_type_makes_EventType_an_explicit_implementation()
    {
        var (run, _) = Tree.Value;
        var lifecycle = run.Output.GetTypeByMetadataName("Omninode.Events.Service.LifecycleEventV1")!;
        var eventTypes = lifecycle.GetMembers().OfType<IPropertySymbol>().Where(p => p.Name.EndsWith("EventType", StringComparison.Ordinal)).ToList();
        Assert.Contains(eventTypes, p => !p.IsStatic && p.Name == "EventType");
        Assert.Contains(eventTypes, p => p.IsStatic && p.ExplicitInterfaceImplementations.Length == 1);
        var topic = lifecycle.GetMembers("Topic").OfType<IPropertySymbol>().Single();
        Assert.True(topic.IsStatic && topic.DeclaredAccessibility == Accessibility.Public);
    }

    [Fact]
    public void The_catalog_lists_every_type_and_finds_by_topic_and_by_type_at_run_time()
    {
        var (run, topics) = Tree.Value;
        var context = new AssemblyLoadContext("generated-catalog", isCollectible: true);
        try
        {
            var assembly = GeneratorHarness.EmitAndLoad(run.Output, context);
            var catalog = assembly.GetType("Omninode.Events.OnexEventCatalog")!;
            var all = ((System.Collections.IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            Assert.Equal(46, all.Count);

            string Text(object descriptor, string property) => (string)descriptor.GetType().GetProperty(property)!.GetValue(descriptor)!;
            Type? TypeOf(object descriptor, string property) => (Type?)descriptor.GetType().GetProperty(property)!.GetValue(descriptor);

            Assert.Equal(topics.Select(t => t.Topic).Order(StringComparer.Ordinal), all.Select(d => Text(d, "Topic")));
            var findByTopic = catalog.GetMethod("FindByTopic")!;
            foreach (var topic in topics)
            {
                var descriptor = findByTopic.Invoke(null, [topic.Topic])!;
                Assert.NotNull(descriptor);
                Assert.Equal(topic.FullTypeName, TypeOf(descriptor, "Type")!.FullName);
                Assert.Equal(topic.Topic, Text(descriptor, "EventType"));
                Assert.Equal(topic.Version, Text(descriptor, "SchemaVersion"));
                Assert.Equal(topic.Topic + ".dlq", Text(descriptor, "DeadLetterTopic"));
                Assert.Equal(topic.ResponseFullTypeName, TypeOf(descriptor, "ResponseType")?.FullName);
                Assert.Equal(topic.Deprecated, (bool)descriptor.GetType().GetProperty("Deprecated")!.GetValue(descriptor)!);
            }

            Assert.Null(findByTopic.Invoke(null, ["omninode.codegen.request.validate.v1.dlq"]));
            Assert.Null(findByTopic.Invoke(null, ["omninode.nothing.event.none.v1"]));

            var probe = assembly.GetType("Consumer.Probe")!;
            var found = probe.GetMethod("FindValidate")!.Invoke(null, null)!;
            Assert.Equal("Omninode.Events.Codegen.ValidateRequestV1", TypeOf(found, "Type")!.FullName);
            Assert.Equal("Omninode.Events.Codegen.ValidateResponseV1", TypeOf(found, "ResponseType")!.FullName);
            Assert.Equal("omninode.service.event.lifecycle.v1", probe.GetMethod("LifecycleEventType")!.Invoke(null, null));
            Assert.Equal("Omninode.Events.Codegen.ValidateResponseV1", ((Type)probe.GetMethod("ValidateResponse")!.Invoke(null, null)!).FullName);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_output_does_not_depend_on_the_order_of_the_additional_files()
    {
        var files = GeneratorHarness.ReadTree(GeneratorHarness.SchemasRoot);
        var forward = GeneratorHarness.Run(files, GeneratorHarness.SchemasRoot);
        var backward = GeneratorHarness.Run(files.Reverse().ToList(), GeneratorHarness.SchemasRoot);
        Assert.Equal(49, forward.Result.GeneratedSources.Length); // abstractions, Topics, catalog and 46 record parts
        Assert.Equal(
            forward.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            backward.Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }
}
