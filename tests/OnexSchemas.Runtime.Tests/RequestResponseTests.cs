using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Omninode.Events.Codegen;

namespace OnexSchemas.Runtime.Tests;

/// <summary>Request/response by correlation id over the request and response topics.</summary>
public sealed class RequestResponseTests : IAsyncLifetime
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync()
    {
        _bus.Topic<ValidateRequestV1>().Topic<ValidateResponseV1>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task A_request_is_answered_with_its_correlation_id_and_the_request_as_cause()
    {
        var server = await _bus.StartHostAsync(events => events.AddRequestHandler<ValidateRequestV1, ValidateResponseV1, EchoHandler>());
        await TestBus.WaitForAssignmentAsync(server);
        var client = (await _bus.StartHostAsync()).Services.GetRequiredService<IRequestClient>();

        var response = await client.RequestAsync<ValidateRequestV1, ValidateResponseV1>(Samples.Validate("ping"), TimeSpan.FromSeconds(20));

        Assert.Equal(["ping"], response.Payload.Suggestions);
        var request = Assert.Single(_bus.ReadAll(ValidateRequestV1.Topic, 1));
        using var json = System.Text.Json.JsonDocument.Parse(request.Message.Value);
        Assert.Equal(json.RootElement.GetProperty("correlation_id").GetGuid(), response.CorrelationId);
        Assert.Equal(json.RootElement.GetProperty("event_id").GetGuid(), response.CausationId);
        Assert.Equal(ValidateResponseV1.EventType, response.EventType);
    }

    [Fact]
    public async Task A_hundred_concurrent_requests_each_get_their_own_response()
    {
        var server = await _bus.StartHostAsync(events => events.AddRequestHandler<ValidateRequestV1, ValidateResponseV1, EchoHandler>());
        await TestBus.WaitForAssignmentAsync(server);
        var client = (await _bus.StartHostAsync()).Services.GetRequiredService<IRequestClient>();

        var requests = Enumerable.Range(0, 100)
            .Select(async i => (i, response: await client.RequestAsync<ValidateRequestV1, ValidateResponseV1>(Samples.Validate("request " + i), TimeSpan.FromSeconds(30))))
            .ToList();
        var answered = await Task.WhenAll(requests);

        Assert.All(answered, pair => Assert.Equal(["request " + pair.i], pair.response.Payload.Suggestions));
        Assert.Equal(100, answered.Select(pair => pair.response.CorrelationId).Distinct().Count());
    }

    [Fact]
    public async Task A_request_nobody_answers_times_out_and_a_late_response_is_dropped_and_counted()
    {
        long unmatched = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OnexTelemetry.Name && instrument.Name == "onex.requests.unmatched_responses")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref unmatched, value));
        listener.Start();
        var server = await _bus.StartHostAsync(events => events.AddRequestHandler<ValidateRequestV1, ValidateResponseV1, EchoHandler>());
        await TestBus.WaitForAssignmentAsync(server);
        var client = (await _bus.StartHostAsync()).Services.GetRequiredService<IRequestClient>();

        var timedOut = await Assert.ThrowsAsync<TimeoutException>(() =>
            client.RequestAsync<ValidateRequestV1, ValidateResponseV1>(Samples.Validate("slow"), TimeSpan.FromMilliseconds(300)));

        Assert.Contains(ValidateResponseV1.Topic, timedOut.Message, StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Interlocked.Read(ref unmatched) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, Interlocked.Read(ref unmatched));
        var next = await client.RequestAsync<ValidateRequestV1, ValidateResponseV1>(Samples.Validate("after"), TimeSpan.FromSeconds(20));
        Assert.Equal(["after"], next.Payload.Suggestions);
    }

    private sealed class EchoHandler : IRequestHandler<ValidateRequestV1, ValidateResponseV1>
    {
        public async Task<ValidateResponseV1> HandleAsync(ConsumedEvent<ValidateRequestV1> request, CancellationToken cancellationToken)
        {
            if (request.Payload.CodeContent == "slow")
            {
                await Task.Delay(1500, cancellationToken);
            }

            return new ValidateResponseV1 { QualityScore = 1, OnexCompliance = 1, Issues = [], Suggestions = [request.Payload.CodeContent] };
        }
    }
}
