using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events;
using Omninode.Events.Codegen;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime.Tests;

public sealed class PublishAndHandleTests : IAsyncLifetime
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task A_typed_publish_is_handled_by_the_typed_handler_with_its_envelope_and_headers()
    {
        var host = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, RecordingHandler>());
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        var correlation = Guid.NewGuid();

        var published = await publisher.PublishAsync(Samples.Validate("class A: pass"), new EventContext { CorrelationId = correlation, UserId = "user-1" });

        var recorder = host.Services.GetRequiredService<Recorder>();
        await recorder.WaitForAsync(handled => handled.Count == 1);
        var handled = Assert.Single(recorder.Handled);
        Assert.Equal(published.EventId, handled.EventId);
        Assert.Equal("class A: pass", handled.Content);
        Assert.Equal(correlation.ToString("D"), handled.Key);
        Assert.Equal(ValidateRequestV1.Topic, published.Topic);
        Assert.Equal(published.Offset, handled.Offset);

        var message = Assert.Single(_bus.ReadAll(ValidateRequestV1.Topic, 1));
        Assert.Equal(ValidateRequestV1.EventType, Samples.Header(message.Message.Headers, MessageHeaders.EventType));
        Assert.Equal(ValidateRequestV1.SchemaVersion, Samples.Header(message.Message.Headers, MessageHeaders.SchemaVersion));
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", Samples.Header(message.Message.Headers, MessageHeaders.TraceParent));
        using var json = JsonDocument.Parse(message.Message.Value);
        var root = json.RootElement;
        Assert.Equal(ValidateRequestV1.EventType, root.GetProperty("event_type").GetString());
        Assert.Equal(ValidateRequestV1.SchemaVersion, root.GetProperty("version").GetString());
        Assert.Equal(correlation, root.GetProperty("correlation_id").GetGuid());
        Assert.Equal("user-1", root.GetProperty("metadata").GetProperty("user_id").GetString());
        Assert.Equal("runtime-tests", root.GetProperty("source").GetProperty("service").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", root.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task An_invalid_payload_is_refused_before_sending_and_names_the_field()
    {
        var host = await _bus.StartHostAsync();
        var publisher = host.Services.GetRequiredService<IEventPublisher>();

        var refused = await Assert.ThrowsAsync<EventValidationException>(() => publisher.PublishAsync(Samples.Validate(string.Empty)));

        Assert.Equal(ValidateRequestV1.Topic, refused.Topic);
        Assert.Contains(refused.Errors, error => error.Path == "/payload/code_content");
        Assert.Empty(_bus.ReadAll(ValidateRequestV1.Topic, 1, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_batch_is_published_and_every_event_handled()
    {
        var host = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, RecordingHandler>());
        var publisher = host.Services.GetRequiredService<IEventPublisher>();

        var published = await publisher.PublishBatchAsync(Enumerable.Range(0, 50).Select(i => Samples.Validate("batch " + i)));

        Assert.Equal(50, published.Select(p => p.EventId).Distinct().Count());
        var recorder = host.Services.GetRequiredService<Recorder>();
        await recorder.WaitForAsync(handled => handled.Count == 50);
        Assert.Equal(published.Select(p => p.EventId).Order(), recorder.Handled.Select(h => h.EventId).Order());
    }

    [Fact]
    public async Task A_delivery_failure_is_a_typed_exception_that_names_the_topic()
    {
        var host = await _bus.StartHostAsync(options: o => o.Publisher.DeliveryTimeout = TimeSpan.FromSeconds(1));
        var publisher = host.Services.GetRequiredService<IEventPublisher>();
        _bus.Cluster.SetBrokerDown(1);

        var failed = await Assert.ThrowsAsync<EventPublishException>(() => publisher.PublishAsync(Samples.Validate("lost")));

        Assert.Equal(ValidateRequestV1.Topic, failed.Topic);
        Assert.Contains(ValidateRequestV1.Topic, failed.Message, StringComparison.Ordinal);
        Assert.NotNull(failed.ErrorCode);
        _bus.Cluster.SetBrokerUp(1);
    }

    [Fact]
    public async Task The_handle_span_continues_the_publish_span_through_traceparent()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OnexTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        var host = await _bus.StartHostAsync(events => events.AddHandler<ValidateRequestV1, RecordingHandler>());

        var published = await host.Services.GetRequiredService<IEventPublisher>().PublishAsync(Samples.Validate("traced"));
        await host.Services.GetRequiredService<Recorder>().WaitForAsync(handled => handled.Count == 1);
        await Task.Delay(100);

        var message = Assert.Single(_bus.ReadAll(ValidateRequestV1.Topic, 1));
        using var json = JsonDocument.Parse(message.Message.Value);
        var traceId = ActivityTraceId.CreateFromString(json.RootElement.GetProperty("metadata").GetProperty("trace_id").GetString());
        Activity publish, process;
        lock (spans)
        {
            // Other tests' hosts run in this process too: only this event's trace counts.
            publish = spans.Single(s => s.Kind == ActivityKind.Producer && s.TraceId == traceId);
            process = spans.Single(s => s.Kind == ActivityKind.Consumer && s.TraceId == traceId);
        }

        Assert.Equal(publish.SpanId, process.ParentSpanId);
        Assert.Equal(publish.TraceId.ToHexString(), json.RootElement.GetProperty("metadata").GetProperty("trace_id").GetString());
        Assert.Equal(publish.SpanId.ToHexString(), json.RootElement.GetProperty("metadata").GetProperty("span_id").GetString());
        Assert.Equal(published.EventId, json.RootElement.GetProperty("event_id").GetGuid());
    }
}
