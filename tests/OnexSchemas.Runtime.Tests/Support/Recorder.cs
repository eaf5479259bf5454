using System.Collections.Concurrent;

namespace OnexSchemas.Runtime.Tests;

/// <summary>What the test handlers saw, in the order they finished, from every thread.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentQueue<Handled> _handled = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly SemaphoreSlim _signal = new(0);

    public IReadOnlyCollection<Handled> Handled => _handled;

    /// <summary>Every attempt of a failing handler, with its time.</summary>
    public ConcurrentQueue<(string Content, int Attempt, DateTime At)> Failures { get; } = new();

    public void Record(Handled handled)
    {
        _handled.Enqueue(handled);
        _signal.Release();
    }

    /// <summary>Counts attempts per name and returns this one's number (1 for the first).</summary>
    public int Attempt(string name) => _attempts.AddOrUpdate(name, 1, (_, count) => count + 1);

    public async Task WaitForAsync(Func<IReadOnlyCollection<Handled>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!condition(Handled))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"the handlers saw {Handled.Count} events, and the condition still does not hold");
            }

            await _signal.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }
}

/// <summary>One handled event.</summary>
internal sealed record Handled(string Topic, int Partition, long Offset, string? Key, Guid EventId, string Content, int Attempt, DateTime At);
