using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// Creates envelopes: <c>OnexEnvelope.Create(payload, context, source)</c> fills everything the payload does not
/// carry, so an envelope is one call (the publisher makes the call itself when given a bare payload).
/// </summary>
public static class OnexEnvelope
{
    /// <summary>
    /// An envelope for <paramref name="payload"/>: a new <c>event_id</c>; <c>event_type</c> and <c>version</c> from
    /// the payload type; the correlation id from <paramref name="context"/>, else the event's own id (a new flow); the
    /// causation id, user and tenant from the context; the UTC time truncated to milliseconds, so the envelope is
    /// equal to itself after a round trip through its JSON; and the current W3C trace and span ids.
    /// </summary>
    public static OnexEnvelope<TPayload> Create<TPayload>(TPayload payload, EventContext? context, OnexEnvelopeSource source, TimeProvider? time = null)
        where TPayload : IOnexEvent =>
        Create(payload, context, source, TraceIds.Current(), time ?? TimeProvider.System);

    /// <summary>
    /// The envelope of a response to <paramref name="request"/>: the request's correlation id, its <c>event_id</c> as
    /// causation id, its user and tenant.
    /// </summary>
    public static OnexEnvelope<TResponse> Reply<TRequest, TResponse>(OnexEnvelope<TRequest> request, TResponse payload, OnexEnvelopeSource source, TimeProvider? time = null)
        where TRequest : IOnexRequest<TResponse>
        where TResponse : IOnexEvent =>
        Create(payload, EventContext.CausedBy(request), source, time);

    internal static OnexEnvelope<TPayload> Create<TPayload>(TPayload payload, EventContext? context, OnexEnvelopeSource source, TraceIds trace, TimeProvider time)
        where TPayload : IOnexEvent =>
        Create(payload, TPayload.EventType, TPayload.SchemaVersion, context, source, trace, time);

    /// <summary>The one place an envelope's members are filled, for typed payloads and for payloads known only as JSON.</summary>
    internal static OnexEnvelope<TPayload> Create<TPayload>(TPayload payload, string eventType, string version, EventContext? context, OnexEnvelopeSource source, TraceIds trace, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(source);
        var eventId = Guid.NewGuid();
        return new OnexEnvelope<TPayload>
        {
            EventId = eventId,
            EventType = eventType,
            CorrelationId = context?.CorrelationId ?? eventId,
            CausationId = context?.CausationId,
            Timestamp = TruncateToMilliseconds(time.GetUtcNow()),
            Version = version,
            Source = source,
            Metadata = new OnexEnvelopeMetadata
            {
                TraceId = trace.TraceId.ToHexString(),
                SpanId = trace.SpanId.ToHexString(),
                UserId = context?.UserId,
                TenantId = context?.TenantId,
            },
            Payload = payload,
        };
    }

    /// <summary>The envelope's timestamps have exactly millisecond precision on the wire; keeping less in memory makes a round trip lossless.</summary>
    internal static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
