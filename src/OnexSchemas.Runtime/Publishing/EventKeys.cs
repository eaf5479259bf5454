using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// The message key of each payload type. Kafka keeps the order of messages with the same key, and the consumer
/// handles one key's messages one at a time, so the key is the unit of ordering. By default it is the correlation id:
/// the events of one flow stay in order.
/// </summary>
public sealed class EventKeys
{
    private readonly Dictionary<Type, Delegate> _selectors = [];

    /// <summary>Keys <typeparamref name="TPayload"/> by <paramref name="selector"/> (for example an entity id, so one entity's events stay in order).</summary>
    public EventKeys Use<TPayload>(Func<OnexEnvelope<TPayload>, string?> selector)
        where TPayload : IOnexEvent
    {
        ArgumentNullException.ThrowIfNull(selector);
        _selectors[typeof(TPayload)] = selector;
        return this;
    }

    /// <summary>The key of <paramref name="envelope"/>: its type's selector, else the correlation id.</summary>
    public string? For<TPayload>(OnexEnvelope<TPayload> envelope)
        where TPayload : IOnexEvent =>
        _selectors.TryGetValue(typeof(TPayload), out var selector)
            ? ((Func<OnexEnvelope<TPayload>, string?>)selector)(envelope)
            : envelope.CorrelationId.ToString("D");
}
