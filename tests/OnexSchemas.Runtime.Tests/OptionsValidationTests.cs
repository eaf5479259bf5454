using Microsoft.Extensions.Options;
using Omninode.Events.Codegen;

namespace OnexSchemas.Runtime.Tests;

/// <summary>Options are checked when the host starts, and each failure names its option.</summary>
public sealed class OptionsValidationTests : IAsyncLifetime
{
    private readonly TestBus _bus = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bus.DisposeAsync().AsTask();

    [Fact]
    public async Task A_service_name_the_envelope_schema_refuses_stops_the_start_and_names_the_option()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => _bus.StartHostAsync(options: o => o.ServiceName = "Archon Intelligence"));

        Assert.Contains("OnexEvents:ServiceName 'Archon Intelligence' must match the pattern", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registry_framing_without_a_registry_url_and_nonsense_limits_are_each_reported()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => _bus.StartHostAsync(
            events => events.AddHandler<ValidateRequestV1, RecordingHandler>(),
            o =>
            {
                o.WireFormat = EventWireFormat.SchemaRegistry;
                o.RegistryUrl = null;
                o.Consumer.MaxInFlightPerPartition = 0;
                o.Retry.MaxRetries = -1;
            }));

        Assert.Contains("OnexEvents:RegistryUrl must be an absolute URL", refused.Message, StringComparison.Ordinal);
        Assert.Contains("OnexEvents:Consumer:MaxInFlightPerPartition must be at least 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("OnexEvents:Retry:MaxRetries must not be negative", refused.Message, StringComparison.Ordinal);
    }
}
