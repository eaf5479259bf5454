using Confluent.SchemaRegistry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OnexSchemas.Runtime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the OnexSchemas event runtime to a service collection.</summary>
public static class OnexEventsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the publisher (<see cref="IEventPublisher"/>), the request client (<see cref="IRequestClient"/>), the wire
    /// format of <see cref="OnexEventsOptions.WireFormat"/>, traces and metrics; the options are validated when the
    /// host starts. Logging and metrics come from the host (<c>Host.CreateApplicationBuilder</c> adds both). Add handlers on
    /// the returned builder.
    /// </summary>
    public static OnexEventsBuilder AddOnexEvents(this IServiceCollection services, Action<OnexEventsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<OnexEventsOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OnexEventsOptions>, OnexEventsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new OnexTelemetry(provider.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton<ProducerHost>();
        services.TryAddSingleton<DeadLetterWriter>();
        services.TryAddSingleton<IEventSerializer>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<OnexEventsOptions>>().Value;
            return options.WireFormat switch
            {
                EventWireFormat.SchemaRegistry => new SchemaRegistryEventSerializer(new RegistrySchemaIds(
                    new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = options.RegistryUrl }))),
                _ => new JsonEventSerializer(),
            };
        });
        services.TryAddSingleton<KafkaEventPublisher>();
        services.TryAddSingleton<IEventPublisher>(provider => provider.GetRequiredService<KafkaEventPublisher>());
        services.TryAddSingleton<IRequestClient, KafkaRequestClient>();
        return new OnexEventsBuilder(services);
    }
}
