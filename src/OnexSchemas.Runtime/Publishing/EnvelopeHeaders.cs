using System.Text;
using Confluent.Kafka;
using Omninode.Events;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>The headers every published message carries, whoever publishes it: the typed publisher and the command-line tools.</summary>
internal static class EnvelopeHeaders
{
    public static Headers For<TPayload>(OnexEnvelope<TPayload> envelope, TraceIds trace) => new()
    {
        { MessageHeaders.EventType, Encoding.UTF8.GetBytes(envelope.EventType) },
        { MessageHeaders.SchemaVersion, Encoding.UTF8.GetBytes(envelope.Version) },
        { MessageHeaders.TraceParent, Encoding.UTF8.GetBytes(trace.TraceParent()) },
    };
}
