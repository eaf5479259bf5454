using OnexSchemas.Runtime;

namespace OnexSchemas.Cli;

/// <summary>
/// How the commands that talk to Kafka end: a failure of the bus is a sentence and its exit code (5 for the broker,
/// 4 for the registry, 1 for a message the tool must not move), never a stack trace.
/// </summary>
internal static class BusCall
{
    public static BusToolOptions Options(string? bootstrapServers) =>
        new() { BootstrapServers = OnexSchemas.Messaging.BusEnvironment.BootstrapServers(bootstrapServers) };

    public static int Run(TextWriter error, Func<int> call)
    {
        try
        {
            return call();
        }
        catch (BusToolException exception)
        {
            error.WriteLine($"onex-schemas: {exception.Message}");
            return exception.Failure switch
            {
                BusToolFailure.Registry => ExitCodes.Registry,
                BusToolFailure.Message => ExitCodes.Findings,
                _ => ExitCodes.Broker,
            };
        }
    }
}
