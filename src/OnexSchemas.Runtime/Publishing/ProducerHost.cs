using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OnexSchemas.Runtime;

/// <summary>
/// The one Kafka producer of a service, shared by the publisher, the dead-letter writer and the request client:
/// idempotent with <c>acks=all</c> by default, keys and values as bytes (a dead-lettered message keeps both as they
/// were). Disposing flushes what is still queued, then closes it.
/// </summary>
internal sealed class ProducerHost : IDisposable
{
    private readonly Lazy<IProducer<byte[]?, byte[]>> _producer;
    private readonly ILogger _logger;

    public ProducerHost(IOptions<OnexEventsOptions> options, ILogger<ProducerHost> logger)
    {
        _logger = logger;
        var settings = options.Value;
        _producer = new Lazy<IProducer<byte[]?, byte[]>>(() => Build(settings), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IProducer<byte[]?, byte[]> Producer => _producer.Value;

    public void Dispose()
    {
        if (!_producer.IsValueCreated)
        {
            return;
        }

        var remaining = _producer.Value.Flush(TimeSpan.FromSeconds(10));
        if (remaining > 0)
        {
            _logger.LogWarning("{Count} messages were still unacknowledged when the producer closed", remaining);
        }

        _producer.Value.Dispose();
    }

    private IProducer<byte[]?, byte[]> Build(OnexEventsOptions settings)
    {
        var config = new ProducerConfig
        {
            BootstrapServers = settings.BootstrapServers,
            ClientId = settings.ServiceName + "-" + settings.InstanceId,
            Acks = settings.Publisher.Acks,
            EnableIdempotence = settings.Publisher.EnableIdempotence,
            LingerMs = settings.Publisher.Linger.TotalMilliseconds,
            MessageTimeoutMs = (int)settings.Publisher.DeliveryTimeout.TotalMilliseconds,
        };
        settings.Publisher.Configure?.Invoke(config);
        return new ProducerBuilder<byte[]?, byte[]>(config)
            .SetLogHandler((_, message) => KafkaLog.Write(_logger, message))
            .SetErrorHandler((_, error) => _logger.LogWarning("Kafka producer error {Code}: {Reason}", error.Code, error.Reason))
            .Build();
    }
}
