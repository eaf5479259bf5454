using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// Answers requests: the returned payload is published on the response topic with the request's correlation id and
/// the request's <c>event_id</c> as causation id. Registered with <c>AddRequestHandler&lt;TRequest, TResponse, THandler&gt;()</c>.
/// </summary>
public interface IRequestHandler<TRequest, TResponse>
    where TRequest : IOnexRequest<TResponse>
    where TResponse : IOnexEvent
{
    /// <summary>Answers one request; a thrown exception is retried and then dead-lettered like any handler's.</summary>
    Task<TResponse> HandleAsync(ConsumedEvent<TRequest> request, CancellationToken cancellationToken);
}
