using System.Diagnostics;

namespace OnexSchemas.Runtime;

/// <summary>
/// The W3C Trace Context ids an envelope carries and the <c>traceparent</c> header that goes with them: the current
/// activity's, or fresh random ones when there is no activity (an event then starts its own trace).
/// </summary>
internal readonly record struct TraceIds(ActivityTraceId TraceId, ActivitySpanId SpanId, ActivityTraceFlags Flags)
{
    /// <summary>The ids of <see cref="Activity.Current"/>, or new ones.</summary>
    public static TraceIds Current()
    {
        var activity = Activity.Current;
        return activity is { IdFormat: ActivityIdFormat.W3C }
            ? new TraceIds(activity.TraceId, activity.SpanId, activity.ActivityTraceFlags)
            : new TraceIds(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.None);
    }

    /// <summary>The ids an envelope carries (its publisher's span).</summary>
    public static TraceIds Of(Omninode.Events.OnexEnvelopeMetadata metadata) =>
        new(ActivityTraceId.CreateFromString(metadata.TraceId), ActivitySpanId.CreateFromString(metadata.SpanId), ActivityTraceFlags.None);

    /// <summary>The <c>traceparent</c> header value, version 00.</summary>
    public string TraceParent() =>
        "00-" + TraceId.ToHexString() + "-" + SpanId.ToHexString() + ((Flags & ActivityTraceFlags.Recorded) != 0 ? "-01" : "-00");

    /// <summary>Reads a <c>traceparent</c> header; false when it is missing or malformed.</summary>
    public static bool TryParse(string? traceParent, out ActivityContext context) =>
        ActivityContext.TryParse(traceParent, traceState: null, isRemote: true, out context);
}
