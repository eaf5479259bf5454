using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// What a publisher needs besides the payload: the flow the event belongs to, the event that caused it, and who it
/// is for. Everything is optional; an empty context starts a new flow.
/// </summary>
public sealed record EventContext
{
    /// <summary>The flow the event belongs to; when null the event starts a new flow and its correlation id is its own event id.</summary>
    public Guid? CorrelationId { get; init; }

    /// <summary>The <c>event_id</c> of the event that directly caused this one, when there is one.</summary>
    public Guid? CausationId { get; init; }

    /// <summary>The message key; when null the key selector of the payload type decides (by default the correlation id).</summary>
    public string? Key { get; init; }

    /// <summary>The end user the event is produced for, copied into <c>metadata.user_id</c>.</summary>
    public string? UserId { get; init; }

    /// <summary>The tenant the event belongs to, copied into <c>metadata.tenant_id</c>.</summary>
    public string? TenantId { get; init; }

    /// <summary>
    /// The context of an event caused by <paramref name="cause"/>: the same flow (correlation id), the cause's
    /// <c>event_id</c> as causation id, and the same user and tenant. A response to a request is built with it.
    /// </summary>
    public static EventContext CausedBy<TPayload>(OnexEnvelope<TPayload> cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return new EventContext
        {
            CorrelationId = cause.CorrelationId,
            CausationId = cause.EventId,
            UserId = cause.Metadata.UserId,
            TenantId = cause.Metadata.TenantId,
        };
    }
}
