namespace OnexSchemas.Messaging;

/// <summary>Where the tools and the runtime find the Kafka brokers and the schema registry when they are not told.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class BusEnvironment
{
    /// <summary>The environment variable that names the bootstrap servers (<c>onex-schemas dev</c> prints it).</summary>
    public const string BootstrapServersVariable = "ONEX_BOOTSTRAP_SERVERS";

    /// <summary>The environment variable that names the schema registry's URL (the registrar reads its credentials beside it).</summary>
    public const string RegistryUrlVariable = "ONEX_REGISTRY_URL";

    /// <summary>The bootstrap servers when neither an option nor the variable gives them.</summary>
    public const string DefaultBootstrapServers = "localhost:9092";

    /// <summary>The bootstrap servers: <paramref name="explicitValue"/>, else the variable, else <see cref="DefaultBootstrapServers"/>.</summary>
    public static string BootstrapServers(string? explicitValue)
    {
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return explicitValue!;
        }

        var fromEnvironment = System.Environment.GetEnvironmentVariable(BootstrapServersVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultBootstrapServers : fromEnvironment!;
    }
}
