using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>Runs an <see cref="IRequestHandler{TRequest, TResponse}"/> as the request topic's event handler and publishes its answer.</summary>
internal sealed class RequestHandlerAdapter<TRequest, TResponse, THandler> : IEventHandler<TRequest>
    where TRequest : IOnexRequest<TResponse>
    where TResponse : IOnexEvent
    where THandler : class, IRequestHandler<TRequest, TResponse>
{
    private readonly THandler _handler;
    private readonly KafkaEventPublisher _publisher;

    public RequestHandlerAdapter(THandler handler, KafkaEventPublisher publisher)
    {
        _handler = handler;
        _publisher = publisher;
    }

    public async Task HandleAsync(ConsumedEvent<TRequest> message, CancellationToken cancellationToken)
    {
        var response = await _handler.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        var envelope = OnexEnvelope.Reply<TRequest, TResponse>(message.Envelope, response, _publisher.Source);
        await _publisher.PublishAsync(envelope, message.Key, cancellationToken).ConfigureAwait(false);
    }
}
