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
        Timestamp = OnexTimestampJsonConverter.Format(envelope.Timestamp),
        Version = envelope.Version,
        Source = new() { Service = envelope.Source.Service, InstanceId = envelope.Source.InstanceId, Hostname = envelope.Source.Hostname },
        Metadata = new() { TraceId = envelope.Metadata.TraceId, SpanId = envelope.Metadata.SpanId },
        Payload = new() { CodeContent = envelope.Payload.CodeContent, NodeType = "effect", Language = "python", FilePath = envelope.Payload.FilePath! },
    };

    /// <summary>Builds and starts a host with the runtime on <paramref name="bootstrapServers"/>, as a service would.</summary>
    public static async Task<Microsoft.Extensions.Hosting.IHost> StartHostAsync(string bootstrapServers, Action<OnexEventsOptions>? options = null, Action<OnexEventsBuilder>? events = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        services?.Invoke(builder.Services);
        var added = Microsoft.Extensions.DependencyInjection.OnexEventsServiceCollectionExtensions.AddOnexEvents(builder.Services, o =>
        {
            o.ServiceName = "bench-service";
            o.BootstrapServers = bootstrapServers;
            options?.Invoke(o);
        });
        events?.Invoke(added);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static OnexEnvelope<ValidateRequestV1> Envelope(int index = 0) => OnexEnvelope.Create(Payload(index), null, Source);
}
