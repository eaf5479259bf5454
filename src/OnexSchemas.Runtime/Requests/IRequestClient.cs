using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>Request/response over two topics, matched by correlation id.</summary>
public interface IRequestClient
{
    /// <summary>
    /// Publishes <paramref name="request"/> with a new correlation id and waits for the response with the same
    /// correlation id on <typeparamref name="TResponse"/>'s topic.
    /// </summary>
    /// <exception cref="TimeoutException">No response came within <paramref name="timeout"/>; a later one is dropped and counted.</exception>
    Task<OnexEnvelope<TResponse>> RequestAsync<TRequest, TResponse>(TRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
        where TRequest : IOnexRequest<TResponse>
        where TResponse : IOnexEvent;
}
