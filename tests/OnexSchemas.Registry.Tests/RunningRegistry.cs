using Confluent.SchemaRegistry;
using OnexSchemas.Registry.Server;

namespace OnexSchemas.Registry.Tests;

/// <summary>A local registry on a free loopback port over a temporary data directory, with the real client and raw HTTP pointed at it.</summary>
internal sealed class RunningRegistry : IAsyncDisposable
{
    private RunningRegistry(DirectoryInfo data, LocalRegistry registry)
    {
        Data = data;
        Registry = registry;
        Client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = registry.Address.ToString() });
        Http = new HttpClient { BaseAddress = registry.Address };
    }

    public DirectoryInfo Data { get; }

    public LocalRegistry Registry { get; }

    public CachedSchemaRegistryClient Client { get; }

    public HttpClient Http { get; }

    public static async Task<RunningRegistry> StartAsync(string prefix)
    {
        var data = Directory.CreateTempSubdirectory(prefix);
        return new RunningRegistry(data, await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = data.FullName, Port = 0 }));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        await Registry.DisposeAsync();
        Data.Delete(recursive: true);
    }
}
