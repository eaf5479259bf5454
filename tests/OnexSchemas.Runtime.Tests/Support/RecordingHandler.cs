using Omninode.Events.Codegen;

namespace OnexSchemas.Runtime.Tests;

/// <summary>Records every event of the validate request topic.</summary>
internal sealed class RecordingHandler(Recorder recorder) : IEventHandler<ValidateRequestV1>
{
    public Task HandleAsync(ConsumedEvent<ValidateRequestV1> message, CancellationToken cancellationToken)
    {
        recorder.Record(new Handled(message.Topic, message.Partition, message.Offset, message.Key, message.Envelope.EventId, message.Payload.CodeContent, message.Attempt, DateTime.UtcNow));
        return Task.CompletedTask;
    }
}
