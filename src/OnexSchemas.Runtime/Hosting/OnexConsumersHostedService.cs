using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OnexSchemas.Runtime;

/// <summary>Runs one <see cref="GroupConsumer"/> per consumer group of the registered handlers; stopping drains and commits each.</summary>
internal sealed class OnexConsumersHostedService : IHostedService, IDisposable
{
    private readonly List<GroupConsumer> _consumers = [];

    public OnexConsumersHostedService(
        IEnumerable<HandlerRegistration> registrations,
        IServiceProvider services,
        IEventSerializer serializer,
        DeadLetterWriter deadLetters,
        OnexTelemetry telemetry,
        TimeProvider time,
        IOptions<OnexEventsOptions> options,
        ILoggerFactory loggers)
    {
        var settings = options.Value;
        var defaultGroup = settings.Consumer.GroupId ?? settings.ServiceName;
        foreach (var group in registrations.GroupBy(r => r.GroupId ?? defaultGroup, StringComparer.Ordinal))
        {
            var bindings = new Dictionary<string, TopicBinding>(StringComparer.Ordinal);
            foreach (var registration in group)
            {
                if (bindings.TryGetValue(registration.Binding.Topic, out var existing))
                {
                    throw new InvalidOperationException(
                        $"Consumer group {group.Key} has two handlers for {registration.Binding.Topic}: {existing.HandlerType.Name} and {registration.Binding.HandlerType.Name}. A topic has one handler per group; use another group for the second.");
                }

                bindings.Add(registration.Binding.Topic, registration.Binding);
            }

            var logger = loggers.CreateLogger("OnexSchemas.Runtime.Consumer." + group.Key);
            var runtime = new ConsumerRuntime(group.Key, services, serializer, deadLetters, telemetry, settings.Retry, time, logger);
            _consumers.Add(new GroupConsumer(group.Key, bindings, runtime, settings, logger));
        }
    }

    /// <summary>The group consumers, for tests.</summary>
    internal IReadOnlyList<GroupConsumer> Consumers => _consumers;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var consumer in _consumers)
        {
            consumer.Start();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_consumers.Select(consumer => consumer.StopAsync()));

    public void Dispose()
    {
        foreach (var consumer in _consumers)
        {
            consumer.Dispose();
        }
    }
}
