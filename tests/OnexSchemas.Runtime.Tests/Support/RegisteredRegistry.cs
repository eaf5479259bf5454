using OnexSchemas.Loading;
using OnexSchemas.Registrar;
using OnexSchemas.Registry;
using OnexSchemas.Registry.Server;

namespace OnexSchemas.Runtime.Tests;

/// <summary>The local registry with the repository tree's schemas registered, shared by a test class.</summary>
public sealed class RegisteredRegistry : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("onex-runtime-registry-");
    private LocalRegistry? _registry;

    public Uri Address => _registry!.Address;

    public string Url => Address.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        _registry = await LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = _data.FullName, Port = 0 });
        var (forms, problems) = RegisteredForms.Build(SchemaTreeLoader.Load(RepositoryPaths.Schemas));
        Assert.Empty(problems);
        using var connection = new RegistryConnection(new RegistryConnectionOptions { Url = Address });
        var registrar = new SchemaRegistrar(connection);
        await registrar.ApplyAsync(await registrar.PlanAsync(forms));
    }

    public async Task DisposeAsync()
    {
        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }

        _data.Delete(recursive: true);
    }
}
