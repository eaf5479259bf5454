using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OnexSchemas.Runtime;

/// <summary>
/// The runtime's traces and metrics, under one name, <see cref="Name"/>: add it to OpenTelemetry's tracer and meter
/// providers (<c>AddSource("OnexSchemas.Runtime")</c>, <c>AddMeter("OnexSchemas.Runtime")</c>).
/// </summary>
public sealed class OnexTelemetry : IDisposable
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "OnexSchemas.Runtime";

    private readonly Meter _meter;
    private readonly ConcurrentDictionary<object, Func<IEnumerable<Measurement<long>>>> _inFlight = new();
    private readonly ConcurrentDictionary<object, Func<IEnumerable<Measurement<long>>>> _lag = new();

    /// <summary>Creates the instruments, with the meter from <paramref name="meterFactory"/> when there is one.</summary>
    public OnexTelemetry(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(Name) ?? new Meter(Name);
        Published = _meter.CreateCounter<long>("onex.events.published", "{event}", "Events acknowledged by the brokers.");
        PublishFailed = _meter.CreateCounter<long>("onex.events.publish_failed", "{event}", "Events the brokers did not take.");
        Consumed = _meter.CreateCounter<long>("onex.events.consumed", "{event}", "Events handled successfully.");
        Failed = _meter.CreateCounter<long>("onex.events.failed", "{attempt}", "Handler attempts that threw.");
        DeadLettered = _meter.CreateCounter<long>("onex.events.dead_lettered", "{event}", "Messages moved to a dead-letter topic, by error type.");
        Retries = _meter.CreateCounter<long>("onex.events.retries", "{retry}", "Retries of a failing handler.");
        UnmatchedResponses = _meter.CreateCounter<long>("onex.requests.unmatched_responses", "{event}", "Responses no pending request waited for (late or unknown), dropped.");
        HandlerDuration = _meter.CreateHistogram<double>("onex.handler.duration", "s", "Time a handler took, per attempt.");
        PublishDuration = _meter.CreateHistogram<double>("onex.publish.duration", "s", "Time from publish to acknowledgement.");
        _meter.CreateObservableGauge("onex.consumer.in_flight", () => _inFlight.Values.SelectMany(read => read()), "{message}", "Consumed messages not finished yet, per partition.");
        _meter.CreateObservableGauge("onex.consumer.lag", () => _lag.Values.SelectMany(read => read()), "{message}", "Messages behind the partition's end, per partition.");
    }

    /// <summary>The source of the publish and handle spans.</summary>
    public ActivitySource Source { get; } = new(Name);

    internal Counter<long> Published { get; }

    internal Counter<long> PublishFailed { get; }

    internal Counter<long> Consumed { get; }

    internal Counter<long> Failed { get; }

    internal Counter<long> DeadLettered { get; }

    internal Counter<long> Retries { get; }

    internal Counter<long> UnmatchedResponses { get; }

    internal Histogram<double> HandlerDuration { get; }

    internal Histogram<double> PublishDuration { get; }

    /// <summary>Adds a consumer's per-partition gauges; disposing the result removes them.</summary>
    internal IDisposable Observe(Func<IEnumerable<Measurement<long>>> inFlight, Func<IEnumerable<Measurement<long>>> lag)
    {
        var owner = new object();
        _inFlight[owner] = inFlight;
        _lag[owner] = lag;
        return new Removal(() =>
        {
            _inFlight.TryRemove(owner, out _);
            _lag.TryRemove(owner, out _);
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Source.Dispose();
        _meter.Dispose();
    }

    private sealed class Removal(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
