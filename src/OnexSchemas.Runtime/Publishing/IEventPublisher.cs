using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>Publishes typed events; the topic comes from the payload type.</summary>
public interface IEventPublisher
{
    /// <summary>
    /// Wraps <paramref name="payload"/> in a new envelope (<see cref="OnexEnvelope.Create{TPayload}(TPayload, EventContext?, OnexEnvelopeSource, TimeProvider?)"/>),
    /// validates it, and publishes it on <c>TPayload.Topic</c>; completes when the brokers acknowledged it.
    /// </summary>
    /// <exception cref="EventValidationException">The envelope or payload breaks its schema; nothing was sent.</exception>
    /// <exception cref="EventPublishException">The brokers did not take the message.</exception>
    Task<PublishedEvent> PublishAsync<TPayload>(TPayload payload, EventContext? context = null, CancellationToken cancellationToken = default)
        where TPayload : IOnexEvent;

    /// <summary>Publishes an envelope made elsewhere (a reply, a replay) as it is.</summary>
    Task<PublishedEvent> PublishAsync<TPayload>(OnexEnvelope<TPayload> envelope, string? key = null, CancellationToken cancellationToken = default)
        where TPayload : IOnexEvent;

    /// <summary>
    /// Publishes several payloads of one type at once, each in its own envelope with the same context; completes when
    /// all were acknowledged. Every payload is validated before any is sent.
    /// </summary>
    /// <exception cref="EventPublishException">Some were not taken; <see cref="EventPublishException.Failures"/> lists them, and the rest were published.</exception>
    Task<IReadOnlyList<PublishedEvent>> PublishBatchAsync<TPayload>(IEnumerable<TPayload> payloads, EventContext? context = null, CancellationToken cancellationToken = default)
        where TPayload : IOnexEvent;
}
