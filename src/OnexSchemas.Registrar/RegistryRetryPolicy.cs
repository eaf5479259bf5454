namespace OnexSchemas.Registrar;

/// <summary>
/// Retries with exponential backoff and jitter for failures that may pass: the connection, 5xx, 408 and 429. A 4xx
/// answer is the registry's verdict on the request and is never retried.
/// </summary>
public sealed record RegistryRetryPolicy
{
    /// <summary>How many times one request is tried in all.</summary>
    public int Attempts { get; init; } = 5;

    /// <summary>The wait before the first retry; each retry waits up to twice as long as the one before.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (from 1): between half the exponential cap and all of it,
    /// so concurrent callers spread out but none retries at once.
    /// </summary>
    internal TimeSpan Delay(int retry)
    {
        var cap = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1));
        return TimeSpan.FromMilliseconds(cap / 2 + Random.Shared.NextDouble() * cap / 2);
    }
}
