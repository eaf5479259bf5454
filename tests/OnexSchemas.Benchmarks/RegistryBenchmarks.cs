using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Confluent.SchemaRegistry;
using OnexSchemas.Loading;
using OnexSchemas.Naming;
using OnexSchemas.Registrar;
using OnexSchemas.Registry;
using OnexSchemas.Registry.Server;
using ConfluentSchema = Confluent.SchemaRegistry.Schema;

namespace OnexSchemas.Benchmarks;

/// <summary>
/// The registrar against the local registry over loopback HTTP: 1,000 subjects registered into an empty registry
/// (plan and apply), and the all-unchanged re-run; and 1,000 lookups answered by the local registry beside the same
/// lookups answered from the .NET client's cache. The 1,000 subjects are the repository's 46 registered forms, each
/// renamed onto synthetic topics, so that every subject holds its own schema.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class RegistryBenchmarks
{
    private const int Subjects = 1000;
    private List<RegisteredForm> _schemas = null!;
    private DirectoryInfo _filledData = null!;
    private LocalRegistry _filled = null!;
    private DirectoryInfo? _emptyData;
    private LocalRegistry? _empty;
    private CachedSchemaRegistryClient _warmClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (forms, _) = RegisteredForms.Build(SchemaTreeLoader.Load(RepositoryTree.SchemasDirectory()));
        _schemas = Enumerable.Range(0, Subjects).Select(index =>
        {
            var form = forms[index % forms.Count];
            var name = $"omninode.bench{index / forms.Count}.{form.Topic.Pattern.ToString().ToLowerInvariant()}.{form.Topic.Operation}.v1";
            if (!TopicName.TryParse(name, "omninode", out var topic, out var error))
            {
                throw new InvalidOperationException(error);
            }

            return form with { Subject = topic.ValueSubject, Topic = topic, Schema = form.Schema.Replace(form.Topic.Value, name, StringComparison.Ordinal) };
        }).ToList();

        (_filledData, _filled) = Start();
        RegisterAll(_filled);
        _warmClient = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _filled.Address.ToString() });
        foreach (var schema in _schemas)
        {
            _warmClient.LookupSchemaAsync(schema.Subject, new ConfluentSchema(schema.Schema, SchemaType.Json), true, false).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _warmClient.Dispose();
        Stop(_filled, _filledData);
    }

    [IterationSetup(Target = nameof(RegisterIntoEmptyRegistry))]
    public void StartEmpty() => (_emptyData, _empty) = Start();

    [IterationCleanup(Target = nameof(RegisterIntoEmptyRegistry))]
    public void StopEmpty() => Stop(_empty!, _emptyData!);

    /// <summary>Plan and apply: 1,000 creates, each with its level set.</summary>
    [Benchmark]
    public int RegisterIntoEmptyRegistry() => RegisterAll(_empty!);

    /// <summary>Plan and apply when everything is registered: 1,000 unchanged, no write.</summary>
    [Benchmark]
    public int ReRunAllUnchanged() => RegisterAll(_filled);

    /// <summary>1,000 lookups answered by the local registry (a new client each time, so nothing is cached).</summary>
    [Benchmark]
    public int LookupsFromTheLocalRegistry()
    {
        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _filled.Address.ToString() });
        return Lookups(client);
    }

    /// <summary>The same 1,000 lookups answered from the .NET client's cache.</summary>
    [Benchmark(Baseline = true)]
    public int LookupsFromTheClientCache() => Lookups(_warmClient);

    private int Lookups(CachedSchemaRegistryClient client)
    {
        var found = 0;
        Parallel.ForEach(_schemas, new ParallelOptions { MaxDegreeOfParallelism = 4 }, schema =>
        {
            client.LookupSchemaAsync(schema.Subject, new ConfluentSchema(schema.Schema, SchemaType.Json), true, false).GetAwaiter().GetResult();
            Interlocked.Increment(ref found);
        });
        return found;
    }

    private int RegisterAll(LocalRegistry registry)
    {
        using var connection = new RegistryConnection(new RegistryConnectionOptions { Url = registry.Address });
        var registrar = new SchemaRegistrar(connection);
        var plan = registrar.ApplyAsync(registrar.PlanAsync(_schemas).GetAwaiter().GetResult()).GetAwaiter().GetResult();
        return plan.Writes;
    }

    private static (DirectoryInfo, LocalRegistry) Start()
    {
        var data = Directory.CreateTempSubdirectory("onex-registry-bench-");
        return (data, LocalRegistry.StartAsync(new LocalRegistryOptions { DataDirectory = data.FullName, Port = 0 }).GetAwaiter().GetResult());
    }

    private static void Stop(LocalRegistry registry, DirectoryInfo data)
    {
        registry.DisposeAsync().AsTask().GetAwaiter().GetResult();
        data.Delete(recursive: true);
    }
}
