using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>The envelope's <c>source</c> of this service, from the options.</summary>
internal static class EnvelopeSource
{
    public static OnexEnvelopeSource From(OnexEventsOptions options) =>
        new() { Service = options.ServiceName, InstanceId = options.InstanceId, Hostname = options.Hostname };
}
