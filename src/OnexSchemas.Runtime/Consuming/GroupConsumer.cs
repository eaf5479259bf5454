using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace OnexSchemas.Runtime;

/// <summary>
/// One consumer group's Kafka consumer and its poll thread. The poll thread alone touches the consumer: it
/// dispatches messages to their partition's key lanes, pauses a partition whose work is full and resumes it when
/// half is done, commits each owned partition up to its lowest unfinished offset, and on a cooperative revocation
/// drains the revoked partitions' work (up to a deadline), commits what finished and releases them. A partition that
/// is revoked or lost is never committed again.
/// </summary>
internal sealed class GroupConsumer : IDisposable
{
    private readonly string _groupId;
    private readonly IReadOnlyDictionary<string, TopicBinding> _bindings;
    private readonly ConsumerRuntime _runtime;
    private readonly OnexEventsOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<TopicPartition, PartitionWork> _owned = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstAssignment = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IDisposable? _gauges;
    private Task? _loop;

    public GroupConsumer(string groupId, IReadOnlyDictionary<string, TopicBinding> bindings, ConsumerRuntime runtime, OnexEventsOptions options, ILogger logger)
    {
        _groupId = groupId;
        _bindings = bindings;
        _runtime = runtime;
        _options = options;
        _logger = logger;
    }

    public string GroupId => _groupId;

    /// <summary>Completes when the group first assigned this consumer partitions (for tests and readiness checks).</summary>
    public Task FirstAssignment => _firstAssignment.Task;

    /// <summary>The partitions this consumer owns now.</summary>
    public IReadOnlyCollection<TopicPartition> Owned => _owned.Keys.ToList();

    /// <summary>Called after every successful commit, with what was committed (for tests: nothing past unfinished work, nothing not owned).</summary>
    public Action<IReadOnlyList<TopicPartitionOffset>>? Committed { get; set; }

    /// <summary>Each owned partition's state, for diagnostics.</summary>
    public string Describe() =>
        string.Join("; ", _owned.Values.OrderBy(w => w.Partition.Partition.Value).Select(w =>
            $"{w.Partition.Topic}[{w.Partition.Partition.Value}] next {w.Next} in flight {w.InFlight}{(w.Paused ? " paused" : string.Empty)} commit {w.CommitPosition()?.ToString() ?? "-"}"));

    public void Start()
    {
        _gauges = _runtime.Telemetry.Observe(() => Measure(work => work.InFlight), () => Measure(work => work.Lag));
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Stops polling, waits for in-flight work up to the shutdown deadline, commits what finished, and leaves the group.</summary>
    public async Task StopAsync()
    {
        _stopping.Cancel();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _gauges?.Dispose();
        _stopping.Dispose();
    }

    private void Run()
    {
        using var consumer = Build();
        consumer.Subscribe(_bindings.Keys);
        var nextCommit = DateTime.UtcNow + _options.Consumer.CommitInterval;
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                ResumeWhereRoomAgain(consumer);
                if (DateTime.UtcNow >= nextCommit)
                {
                    Commit(consumer, _owned.Values);
                    MeasureLag(consumer);
                    nextCommit = DateTime.UtcNow + _options.Consumer.CommitInterval;
                }

                ConsumeResult<byte[]?, byte[]>? result;
                try
                {
                    result = consumer.Consume(TimeSpan.FromMilliseconds(50));
                }
                catch (ConsumeException exception)
                {
                    // Broker-side trouble (a topic not there yet, a coordinator moving): librdkafka recovers by itself.
                    _logger.LogWarning("Consumer of group {Group}: {Code} {Reason}", _groupId, exception.Error.Code, exception.Error.Reason);
                    Thread.Sleep(100);
                    continue;
                }

                if (result is null || result.IsPartitionEOF)
                {
                    continue;
                }

                Dispatch(consumer, result);
            }

            Shutdown(consumer);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogCritical(exception, "The consumer of group {Group} stopped", _groupId);
            throw;
        }
    }

    private void Dispatch(IConsumer<byte[]?, byte[]> consumer, ConsumeResult<byte[]?, byte[]> result)
    {
        if (!_owned.TryGetValue(result.TopicPartition, out var work))
        {
            // Not expected: librdkafka returns messages of assigned partitions only. Not dispatching leaves the
            // message uncommitted, so it is read again rather than lost.
            _logger.LogWarning("Message of unowned partition {Partition} ignored", result.TopicPartition);
            return;
        }

        if (!work.TryDispatch(result))
        {
            return;
        }

        if (!work.Paused && work.InFlight >= _options.Consumer.MaxInFlightPerPartition)
        {
            consumer.Pause([work.Partition]);
            work.Paused = true;
            _logger.LogDebug("Paused {Partition} at {InFlight} unfinished messages", work.Partition, work.InFlight);
        }
    }

    /// <summary>
    /// Seeks a resumed partition to where it stopped. A resume alone leaves librdkafka's broker thread asleep until its
    /// next timer when every partition it fetches for was paused: measured on the embedded broker, a resumed partition
    /// waited about 0.9 s for its next fetch, which made a 5 ms handler's 1,000 messages take 3 s instead of 0.4 s. A
    /// seek restarts the fetch at once. The offset is the one after the highest dispatched, which is where librdkafka
    /// resumes anyway (a pause drops what was fetched beyond it), so nothing is read twice or skipped; should the seek
    /// fail, the partition still resumes, only later.
    /// </summary>
    private void WakeFetcher(IConsumer<byte[]?, byte[]> consumer, PartitionWork work)
    {
        var next = work.Next;
        if (next < 0)
        {
            return;
        }

        try
        {
            consumer.Seek(new TopicPartitionOffset(work.Partition, next));
        }
        catch (KafkaException exception)
        {
            _logger.LogDebug("Seek of resumed {Partition} to {Offset} failed: {Reason}", work.Partition, next, exception.Error.Reason);
        }
    }

    /// <summary>
    /// Resumes each paused partition whose work is down to half. The poll thread looks itself, every turn, rather than
    /// being told by the lanes: a signal sent before the pause was recorded would be lost, and the partition with it.
    /// </summary>
    private void ResumeWhereRoomAgain(IConsumer<byte[]?, byte[]> consumer)
    {
        foreach (var work in _owned.Values)
        {
            if (work.Paused && work.InFlight <= _options.Consumer.MaxInFlightPerPartition / 2)
            {
                consumer.Resume([work.Partition]);
                WakeFetcher(consumer, work);
                work.Paused = false;
                _logger.LogDebug("Resumed {Partition} at {InFlight} unfinished messages", work.Partition, work.InFlight);
            }
        }
    }

    private void Commit(IConsumer<byte[]?, byte[]> consumer, IEnumerable<PartitionWork> works)
    {
        var positions = new List<(PartitionWork Work, long Position)>();
        foreach (var work in works)
        {
            if (!work.Released && work.CommitPosition() is { } position)
            {
                positions.Add((work, position));
            }
        }

        if (positions.Count == 0)
        {
            return;
        }

        var offsets = positions.Select(p => new TopicPartitionOffset(p.Work.Partition, new Offset(p.Position))).ToList();
        try
        {
            consumer.Commit(offsets);
            foreach (var (work, position) in positions)
            {
                work.MarkCommitted(position);
            }

            Committed?.Invoke(offsets);
        }
        catch (KafkaException exception)
        {
            // The positions stay uncommitted and are tried again at the next interval.
            _logger.LogWarning("Commit of group {Group} failed: {Code} {Reason}", _groupId, exception.Error.Code, exception.Error.Reason);
        }
    }

    private void MeasureLag(IConsumer<byte[]?, byte[]> consumer)
    {
        foreach (var work in _owned.Values)
        {
            var watermarks = consumer.GetWatermarkOffsets(work.Partition);
            var next = work.Next;
            if (watermarks.High.Value >= 0 && next >= 0)
            {
                work.Lag = Math.Max(0, watermarks.High.Value - next);
            }
        }
    }

    private void OnAssigned(List<TopicPartition> partitions)
    {
        foreach (var partition in partitions)
        {
            var binding = _bindings[partition.Topic];
            _owned[partition] = new PartitionWork(partition, (message, token) => binding.ProcessAsync(message, _runtime, token));
        }

        _logger.LogInformation("Group {Group} assigned {Partitions}", _groupId, string.Join(", ", partitions));
        _firstAssignment.TrySetResult();
    }

    private void OnRevoked(IConsumer<byte[]?, byte[]> consumer, List<TopicPartitionOffset> partitions)
    {
        var works = partitions.Select(p => _owned.TryGetValue(p.TopicPartition, out var work) ? work : null).OfType<PartitionWork>().ToList();
        _logger.LogDebug("Group {Group} draining {Count} revoked partitions ({InFlight} messages in flight)", _groupId, works.Count, works.Sum(w => w.InFlight));
        var drained = Task.WhenAll(works.Select(work => work.Drained())).Wait(_options.Consumer.RevocationDrainTimeout);
        if (!drained)
        {
            _logger.LogWarning("Work of revoked partitions of group {Group} did not finish within {Timeout}; abandoning it to the next owner", _groupId, _options.Consumer.RevocationDrainTimeout);
        }

        // Still owned until this handler returns: the last chance to commit what finished.
        Commit(consumer, works);
        Release(consumer, works);
        _logger.LogInformation("Group {Group} revoked {Partitions}", _groupId, string.Join(", ", partitions.Select(p => p.TopicPartition)));
    }

    private void OnLost(IConsumer<byte[]?, byte[]> consumer, List<TopicPartitionOffset> partitions)
    {
        // Lost, not revoked: another member may own them already, so nothing is committed.
        Release(consumer, partitions.Select(p => _owned.TryGetValue(p.TopicPartition, out var work) ? work : null).OfType<PartitionWork>().ToList());
        _logger.LogWarning("Group {Group} lost {Partitions}", _groupId, string.Join(", ", partitions.Select(p => p.TopicPartition)));
    }

    private void Release(IConsumer<byte[]?, byte[]> consumer, List<PartitionWork> works)
    {
        foreach (var work in works)
        {
            if (work.Paused)
            {
                // librdkafka keeps a partition's pause across assignments: a partition given back later must not
                // come back paused with no work left to resume it.
                consumer.Resume([work.Partition]);
                work.Paused = false;
            }

            work.Release();
            _owned.TryRemove(new KeyValuePair<TopicPartition, PartitionWork>(work.Partition, work));
        }
    }

    private void Shutdown(IConsumer<byte[]?, byte[]> consumer)
    {
        var works = _owned.Values.ToList();
        if (!Task.WhenAll(works.Select(work => work.Drained())).Wait(_options.Consumer.ShutdownDrainTimeout))
        {
            _logger.LogWarning("Work of group {Group} did not finish within {Timeout} of shutdown; it will be handled again", _groupId, _options.Consumer.ShutdownDrainTimeout);
            foreach (var work in works)
            {
                work.Abandon();
            }
        }

        Commit(consumer, works);
        Release(consumer, works);
        consumer.Close();
    }

    private IEnumerable<Measurement<long>> Measure(Func<PartitionWork, long> value) =>
        _owned.Values.Select(work => new Measurement<long>(
            value(work),
            new KeyValuePair<string, object?>("messaging.consumer.group.name", _groupId),
            new KeyValuePair<string, object?>("messaging.destination.name", work.Partition.Topic),
            new KeyValuePair<string, object?>("messaging.destination.partition.id", work.Partition.Partition.Value)));

    private IConsumer<byte[]?, byte[]> Build()
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = _options.BootstrapServers,
            GroupId = _groupId,
            ClientId = _options.ServiceName + "-" + _options.InstanceId,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = _options.Consumer.AutoOffsetReset,
            PartitionAssignmentStrategy = PartitionAssignmentStrategy.CooperativeSticky,
            FetchWaitMaxMs = (int)_options.Consumer.FetchWaitMax.TotalMilliseconds,
        };
        _options.Consumer.Configure?.Invoke(config);
        return new ConsumerBuilder<byte[]?, byte[]>(config)
            .SetPartitionsAssignedHandler((_, partitions) => OnAssigned(partitions))
            .SetPartitionsRevokedHandler(OnRevoked)
            .SetPartitionsLostHandler(OnLost)
            .SetLogHandler((_, message) => KafkaLog.Write(_logger, message))
            .SetErrorHandler((_, error) => _logger.LogWarning("Consumer of group {Group} error {Code}: {Reason}", _groupId, error.Code, error.Reason))
            .Build();
    }
}
