using System.CommandLine;
using OnexSchemas.Compatibility;
using OnexSchemas.Registrar;
using OnexSchemas.Registry.Server;
using OnexSchemas.Testing.Kafka;
using OnexSchemas.Config;
using OnexSchemas.Messaging;

namespace OnexSchemas.Cli.Commands;

/// <summary>
/// <c>dev</c>: a throwaway event bus on loopback for local development: the embedded broker with the tree's topics
/// and dead-letter topics, and the local registry with the tree's schemas registered. It keeps nothing.
/// </summary>
internal static class DevCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rootOption = CommonOptions.Root();
        var registryPortOption = new Option<int>("--registry-port")
        {
            Description = $"The local registry's loopback port (default {LocalRegistryOptions.DefaultPort}; 0 picks a free one).",
            DefaultValueFactory = _ => LocalRegistryOptions.DefaultPort,
        };
        var brokersOption = new Option<int>("--brokers") { Description = "How many brokers (default 1).", DefaultValueFactory = _ => 1 };
        brokersOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 9)
            {
                result.AddError("--brokers must be between 1 and 9");
            }
        });
        var command = new Command("dev", "Run a throwaway event bus on loopback: an embedded Kafka-protocol broker with the tree's topics and dead-letter topics, and the local registry with the tree's schemas. It keeps nothing; Ctrl+C stops it.")
        {
            rootOption, registryPortOption, brokersOption,
        };
        command.SetAction(parseResult =>
        {
            if (RegisteredTreeLoader.Load(parseResult.GetValue(rootOption), [], error) is not var (tree, schemas))
            {
                return ExitCodes.Findings;
            }

            var topics = TopicPlan.For(tree);
            var data = Directory.CreateTempSubdirectory("onex-dev-registry-");
            try
            {
                using var cluster = EmbeddedKafkaCluster.Start(parseResult.GetValue(brokersOption));
                foreach (var topic in topics)
                {
                    cluster.CreateTopic(topic.Name, topic.Partitions, topic.ReplicationFactor);
                }

                var registry = LocalRegistry.StartAsync(new LocalRegistryOptions
                {
                    DataDirectory = data.FullName,
                    Port = parseResult.GetValue(registryPortOption),
                    Profile = tree.Config.Registry,
                }).GetAwaiter().GetResult();
                try
                {
                    var registered = Register(registry, schemas);
                    output.WriteLine("Development event bus on loopback. It keeps nothing: topics, messages and schemas are gone when it stops.");
                    output.WriteLine($"  bootstrap servers  {cluster.BootstrapServers}");
                    output.WriteLine($"  schema registry    {registry.Address} (profile {tree.Config.Registry.ToConfigName()})");
                    output.WriteLine($"  topics             {topics.Count(topic => !topic.IsDeadLetter)} topics and {topics.Count(topic => topic.IsDeadLetter)} dead-letter topics created");
                    output.WriteLine($"  schemas            {registered} subjects registered, with their levels");
                    output.WriteLine($"export {BusEnvironment.BootstrapServersVariable}={cluster.BootstrapServers} {RegistryEnvironment.Url}={registry.Address.ToString().TrimEnd('/')}");
                    output.WriteLine("Ctrl+C stops it.");
                    output.Flush();
                    StopSignal.Wait();
                }
                finally
                {
                    registry.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
            finally
            {
                data.Delete(recursive: true);
            }

            output.WriteLine("Development event bus stopped; nothing was kept.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Register(LocalRegistry registry, IReadOnlyList<Registry.RegisteredForm> schemas)
    {
        using var connection = new RegistryConnection(new RegistryConnectionOptions { Url = registry.Address });
        var registrar = new SchemaRegistrar(connection);
        var plan = registrar.ApplyAsync(registrar.PlanAsync(schemas).GetAwaiter().GetResult()).GetAwaiter().GetResult();
        return plan.Count(RegistrationOutcome.Create);
    }
}
