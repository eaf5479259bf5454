using System.Collections.Concurrent;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// The request client: one shared reply consumer, not in any group, assigned every partition of each response topic
/// from the end as it was just before the first request on it, so no response to a request published afterwards
/// can be missed. Responses are matched to pending requests by correlation id; late and unknown ones are dropped
/// and counted (<c>onex.requests.unmatched_responses</c>).
/// </summary>
internal sealed class KafkaRequestClient : IRequestClient, IDisposable
{
    private static readonly TimeSpan BrokerTimeout = TimeSpan.FromSeconds(10);

    private readonly KafkaEventPublisher _publisher;
    private readonly ProducerHost _producer;
    private readonly IEventSerializer _serializer;
    private readonly OnexEventsOptions _options;
    private readonly OnexTelemetry _telemetry;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<Guid, PendingRequest> _pending = new();
    private readonly ConcurrentQueue<(List<TopicPartitionOffset> Partitions, TaskCompletionSource Done)> _assignments = new();
    private readonly SemaphoreSlim _listening = new(1, 1);
    private readonly HashSet<string> _listenedTopics = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private IConsumer<byte[]?, byte[]>? _consumer;
    private Thread? _poller;

    public KafkaRequestClient(KafkaEventPublisher publisher, ProducerHost producer, IEventSerializer serializer, IOptions<OnexEventsOptions> options, OnexTelemetry telemetry, ILogger<KafkaRequestClient> logger)
    {
        _publisher = publisher;
        _producer = producer;
        _serializer = serializer;
        _options = options.Value;
        _telemetry = telemetry;
        _logger = logger;
    }

    public async Task<OnexEnvelope<TResponse>> RequestAsync<TRequest, TResponse>(TRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TRequest : IOnexRequest<TResponse>
        where TResponse : IOnexEvent
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        await ListenAsync(TResponse.Topic, cancellationToken).ConfigureAwait(false);
        var correlationId = Guid.NewGuid();
        var pending = new PendingRequest(TResponse.Topic, async value => (await _serializer.DeserializeAsync<TResponse>(value, CancellationToken.None).ConfigureAwait(false)).Envelope);
        _pending[correlationId] = pending;
        try
        {
            await _publisher.PublishAsync(request, new EventContext { CorrelationId = correlationId }, cancellationToken).ConfigureAwait(false);
            return (OnexEnvelope<TResponse>)await pending.Response.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"no response on {TResponse.Topic} to the request {correlationId} on {TRequest.Topic} within {timeout}", exception);
        }
        finally
        {
            _pending.TryRemove(correlationId, out _);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _poller?.Join();
        _consumer?.Close();
        _consumer?.Dispose();
        _listening.Dispose();
    }

    private async Task ListenAsync(string topic, CancellationToken cancellationToken)
    {
        await _listening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_listenedTopics.Contains(topic))
            {
                return;
            }

            var consumer = EnsureConsumer();
            using var admin = new DependentAdminClientBuilder(_producer.Producer.Handle).Build();
            var metadata = admin.GetMetadata(topic, BrokerTimeout).Topics.SingleOrDefault(t => t.Topic == topic);
            if (metadata is null || metadata.Error.IsError || metadata.Partitions.Count == 0)
            {
                throw new EventPublishException(topic, "the response topic is not there: " + (metadata?.Error.Reason ?? "no metadata"));
            }

            var partitions = metadata.Partitions
                .Select(p => new TopicPartition(topic, p.PartitionId))
                .Select(tp => new TopicPartitionOffset(tp, consumer.QueryWatermarkOffsets(tp, BrokerTimeout).High))
                .ToList();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _assignments.Enqueue((partitions, done));
            await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            _listenedTopics.Add(topic);
        }
        finally
        {
            _listening.Release();
        }
    }

    private IConsumer<byte[]?, byte[]> EnsureConsumer()
    {
        if (_consumer is not null)
        {
            return _consumer;
        }

        var config = new ConsumerConfig
        {
            BootstrapServers = _options.BootstrapServers,
            // Required by librdkafka, unused: the consumer is assigned partitions and never commits.
            GroupId = _options.ServiceName + ".replies." + _options.InstanceId + "." + Guid.NewGuid().ToString("N"),
            ClientId = _options.ServiceName + "-" + _options.InstanceId + "-replies",
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            FetchWaitMaxMs = (int)_options.Consumer.FetchWaitMax.TotalMilliseconds,
        };
        _options.Consumer.Configure?.Invoke(config);
        config.GroupId = config.GroupId ?? "replies";
        config.EnableAutoCommit = false;
        _consumer = new ConsumerBuilder<byte[]?, byte[]>(config)
            .SetLogHandler((_, message) => KafkaLog.Write(_logger, message))
            .SetErrorHandler((_, error) => _logger.LogWarning("Reply consumer error {Code}: {Reason}", error.Code, error.Reason))
            .Build();
        _poller = new Thread(Poll) { IsBackground = true, Name = "onex-replies" };
        _poller.Start();
        return _consumer;
    }

    private void Poll()
    {
        var consumer = _consumer!;
        while (!_stopping.IsCancellationRequested)
        {
            while (_assignments.TryDequeue(out var assignment))
            {
                consumer.IncrementalAssign(assignment.Partitions);
                assignment.Done.TrySetResult();
            }

            ConsumeResult<byte[]?, byte[]>? result;
            try
            {
                result = consumer.Consume(TimeSpan.FromMilliseconds(50));
            }
            catch (ConsumeException exception)
            {
                _logger.LogWarning("Reply consumer: {Code} {Reason}", exception.Error.Code, exception.Error.Reason);
                continue;
            }

            if (result is null || result.IsPartitionEOF)
            {
                continue;
            }

            if (!CorrelationReader.TryRead(result.Message.Value, out var correlationId)
                || !_pending.TryGetValue(correlationId, out var pending)
                || pending.Topic != result.Topic)
            {
                _telemetry.UnmatchedResponses.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", result.Topic));
                continue;
            }

            _ = pending.CompleteAsync(result.Message.Value);
        }
    }

    private sealed class PendingRequest(string topic, Func<byte[], Task<object>> read)
    {
        public string Topic { get; } = topic;

        public TaskCompletionSource<object> Response { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task CompleteAsync(byte[] value)
        {
            try
            {
                Response.TrySetResult(await read(value).ConfigureAwait(false));
            }
            catch (Exception exception)
            {
                // A response that cannot be read fails its request rather than leaving it to time out.
                Response.TrySetException(exception);
            }
        }
    }
}
