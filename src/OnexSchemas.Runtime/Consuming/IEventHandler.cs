using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// Handles the events of one topic. Registered with <c>AddOnexEvents(...).AddHandler&lt;TPayload, THandler&gt;()</c>;
/// resolved from a new DI scope for every attempt. A thrown exception is retried with backoff, blocking only the
/// messages with the same key, then dead-lettered.
/// </summary>
public interface IEventHandler<TPayload>
    where TPayload : IOnexEvent
{
    /// <summary>Handles one event; <paramref name="cancellationToken"/> is cancelled when the partition is taken away past its drain deadline or the service stops.</summary>
    Task HandleAsync(ConsumedEvent<TPayload> message, CancellationToken cancellationToken);
}
