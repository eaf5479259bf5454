using Omninode.Events;
using Omninode.Events.Codegen;
using OnexSchemas.Loading;
using OnexSchemas.Registrar;
using OnexSchemas.Registry;
using OnexSchemas.Registry.Server;
using OnexSchemas.Runtime;
using OnexSchemas.Runtime.Tests;

namespace OnexSchemas.Benchmarks.Runtime;

/// <summary>What the runtime benchmarks share: a 1.2 KB envelope, and a local registry with the tree registered.</summary>
internal static class BenchmarkBus
{
    public static readonly OnexEnvelopeSource Source = new() { Service = "bench-service", InstanceId = "bench-1", Hostname = "localhost" };

    /// <summary>A validate request whose envelope is about 1.2 KB of JSON.</summary>
    public static ValidateRequestV1 Payload(int index = 0) => new()
    {
        CodeContent = "class NodeEffect:\n    def run(self):\n        return " + index + "\n" + new string('#', 820),
        NodeType = ValidateRequestV1NodeType.Effect,
        Language = ValidateRequestV1Language.Python,
        FilePath = "src/nodes/node_effect_" + index + ".py",
    };

    public static async Task<(LocalRegistry Registry, DirectoryInfo Data)> StartRegistryAsync()
    {
        var data = Directory.CreateTempSubdirectory("onex-bench-registry-");
        var registry = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = data.FullName, Port = 0 });
        var (forms, _) = RegisteredForms.Build(SchemaTreeLoader.Load(RepositoryTree.SchemasDirectory()));
        using var connection = new RegistryConnection(new RegistryConnectionOptions { Url = registry.Address });
        var registrar = new SchemaRegistrar(connection);
        await registrar.ApplyAsync(await registrar.PlanAsync(forms));
        return (registry, data);
    }

    public static ConfluentEnvelope Poco(OnexEnvelope<ValidateRequestV1> envelope) => new()
    {
        EventId = envelope.EventId,
        EventType = envelope.EventType,
        CorrelationId = envelope.CorrelationId,
        Timestamp = envelope.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        Version = envelope.Version,
        Source = new() { Service = envelope.Source.Service, InstanceId = envelope.Source.InstanceId, Hostname = envelope.Source.Hostname },
        Metadata = new() { TraceId = envelope.Metadata.TraceId, SpanId = envelope.Metadata.SpanId },
        Payload = new() { CodeContent = envelope.Payload.CodeContent, NodeType = "effect", Language = "python", FilePath = envelope.Payload.FilePath! },
    };

    public static OnexEnvelope<ValidateRequestV1> Envelope(int index = 0) => OnexEnvelope.Create(Payload(index), null, Source);
}
