using System.Text;
using Confluent.Kafka;

namespace OnexSchemas.Runtime;

/// <summary>
/// The consumed, unfinished messages of one owned partition: a lane per key (one key's messages run one at a time,
/// in offset order; different keys run at once), and the offsets still pending, from which the commit position is
/// the lowest unfinished offset, never past it. The poll thread dispatches and commits; lanes finish messages on the
/// thread pool; one lock keeps the two consistent.
/// </summary>
internal sealed class PartitionWork
{
    private readonly object _gate = new();
    private readonly SortedSet<long> _pending = [];
    private readonly Dictionary<string, KeyLane> _lanes = new(StringComparer.Ordinal);
    private readonly Func<ConsumeResult<byte[]?, byte[]>, CancellationToken, Task> _process;
    // Cancelled only at a drain deadline or on release, not when shutdown starts: shutdown lets work finish first.
    private readonly CancellationTokenSource _cancellation;
    private long _next = -1;
    private long _committed = -1;

    public PartitionWork(TopicPartition partition, Func<ConsumeResult<byte[]?, byte[]>, CancellationToken, Task> process)
    {
        Partition = partition;
        _process = process;
        _cancellation = new CancellationTokenSource();
    }

    public TopicPartition Partition { get; }

    /// <summary>Whether the poll thread paused the partition because its work is full (poll thread only).</summary>
    public bool Paused { get; set; }

    /// <summary>Set once the partition is revoked or lost: nothing of it is dispatched or committed again.</summary>
    public bool Released { get; private set; }

    /// <summary>Messages behind the partition's end at the last look (for the lag gauge).</summary>
    public long Lag { get; set; }

    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The offset after the highest dispatched one, or -1 before the first.</summary>
    public long Next
    {
        get
        {
            lock (_gate)
            {
                return _next;
            }
        }
    }

    /// <summary>
    /// Queues a message on its key's lane. False when the offset was dispatched before: after a pause librdkafka may
    /// fetch again from the consumed position, and a message must not run twice in one ownership.
    /// </summary>
    public bool TryDispatch(ConsumeResult<byte[]?, byte[]> message)
    {
        lock (_gate)
        {
            var offset = message.Offset.Value;
            if (Released || offset < _next)
            {
                return false;
            }

            _pending.Add(offset);
            _next = offset + 1;
            var key = LaneKey(message.Message.Key);
            if (!_lanes.TryGetValue(key, out var lane))
            {
                lane = new KeyLane(key);
                _lanes.Add(key, lane);
            }

            lane.Queue.Enqueue(message);
            if (lane.Task is null)
            {
                lane.Task = Task.Run(() => RunAsync(lane));
            }

            return true;
        }
    }

    /// <summary>The position to commit (the lowest unfinished offset, or the next one when all are finished), or null when there is nothing new.</summary>
    public long? CommitPosition()
    {
        lock (_gate)
        {
            var position = _pending.Count > 0 ? _pending.Min : _next;
            return position < 0 || position <= _committed ? null : position;
        }
    }

    public void MarkCommitted(long position)
    {
        lock (_gate)
        {
            _committed = Math.Max(_committed, position);
        }
    }

    /// <summary>The lanes still running, to wait for on revocation and shutdown (no new ones start then: the poll thread is the one waiting).</summary>
    public Task Drained()
    {
        lock (_gate)
        {
            return Task.WhenAll(_lanes.Values.Select(lane => lane.Task).OfType<Task>());
        }
    }

    /// <summary>Cancels what is still running: the handlers' tokens fire, and unfinished messages stay uncommitted.</summary>
    public void Abandon() => _cancellation.Cancel();

    /// <summary>Marks the partition released; from now on nothing of it is committed.</summary>
    public void Release()
    {
        lock (_gate)
        {
            Released = true;
        }

        _cancellation.Cancel();
    }

    private async Task RunAsync(KeyLane lane)
    {
        var token = _cancellation.Token;
        while (true)
        {
            ConsumeResult<byte[]?, byte[]>? message;
            lock (_gate)
            {
                if (!lane.Queue.TryDequeue(out message) || token.IsCancellationRequested)
                {
                    lane.Task = null;
                    _lanes.Remove(lane.Key);
                    return;
                }
            }

            try
            {
                await _process(message, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Abandoned on revocation or shutdown: the message stays pending, so it is never committed here and
                // the partition's next owner handles it again.
                lock (_gate)
                {
                    lane.Task = null;
                    _lanes.Remove(lane.Key);
                }

                return;
            }

            lock (_gate)
            {
                _pending.Remove(message.Offset.Value);
            }
        }
    }

    /// <summary>Keys compared as their bytes (Latin-1 maps each byte to one char); a message without a key has its own lane.</summary>
    private static string LaneKey(byte[]? key) => key is null ? "\uFFFF<null>" : Encoding.Latin1.GetString(key);

    private sealed class KeyLane(string key)
    {
        public string Key { get; } = key;

        public Queue<ConsumeResult<byte[]?, byte[]>> Queue { get; } = new();

        public Task? Task { get; set; }
    }
}
