using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omninode.Events;
using OnexSchemas.Messaging;

namespace OnexSchemas.Runtime;

/// <summary>One topic of a consumer group and its handler: how a message of the topic is read, handled, retried and dead-lettered.</summary>
internal abstract class TopicBinding
{
    public abstract string Topic { get; }

    public abstract Type HandlerType { get; }

    /// <summary>
    /// Runs one message to its end: handled, or in the dead-letter topic. Throws only
    /// <see cref="OperationCanceledException"/>, when the partition is abandoned, and then the message stays unfinished.
    /// </summary>
    public abstract Task ProcessAsync(ConsumeResult<byte[]?, byte[]> message, ConsumerRuntime runtime, CancellationToken cancellationToken);
}

/// <summary>The binding of <typeparamref name="TPayload"/>'s topic to <typeparamref name="THandler"/>: generic, so dispatch needs no reflection.</summary>
internal sealed class TopicBinding<TPayload, THandler> : TopicBinding
    where TPayload : IOnexEvent
    where THandler : class, IEventHandler<TPayload>
{
    public override string Topic => TPayload.Topic;

    public override Type HandlerType => typeof(THandler);

    public override async Task ProcessAsync(ConsumeResult<byte[]?, byte[]> message, ConsumerRuntime runtime, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(message, runtime, cancellationToken).ConfigureAwait(false);
        if (read is not { } deserialized)
        {
            return;
        }

        var key = message.Message.Key is null ? null : Encoding.UTF8.GetString(message.Message.Key);
        var tags = new TagList { { "messaging.destination.name", Topic }, { "messaging.consumer.group.name", runtime.GroupId } };
        for (var attempt = 1; ; attempt++)
        {
            using var activity = StartActivity(message, runtime, attempt);
            var started = Stopwatch.GetTimestamp();
            try
            {
                await using (var scope = runtime.Services.CreateAsyncScope())
                {
                    var handler = scope.ServiceProvider.GetRequiredService<THandler>();
                    var consumed = new ConsumedEvent<TPayload>(deserialized.Envelope, message.Topic, message.Partition.Value, message.Offset.Value, key, attempt, runtime.GroupId, deserialized.SchemaId);
                    await handler.HandleAsync(consumed, cancellationToken).ConfigureAwait(false);
                }

                runtime.Telemetry.HandlerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
                runtime.Telemetry.Consumed.Add(1, tags);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                runtime.Telemetry.HandlerDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
                runtime.Telemetry.Failed.Add(1, tags);
                activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
                if (attempt > runtime.Retry.MaxRetries)
                {
                    runtime.Logger.LogError(exception, "Handler {Handler} failed on {Topic}[{Partition}]@{Offset} after {Retries} retries; dead-lettering", typeof(THandler).Name, message.Topic, message.Partition.Value, message.Offset.Value, attempt - 1);
                    var failure = DeadLetterFailure.FromException(exception, attempt - 1, deserialized.SchemaId, deserialized.Envelope.EventId);
                    await runtime.DeadLetters.WriteAsync(message, runtime.GroupId, failure, cancellationToken).ConfigureAwait(false);
                    return;
                }

                var delay = runtime.Retry.DelayBefore(attempt);
                runtime.Logger.LogWarning(exception, "Handler {Handler} failed on {Topic}[{Partition}]@{Offset} (attempt {Attempt}); retrying in {Delay}", typeof(THandler).Name, message.Topic, message.Partition.Value, message.Offset.Value, attempt, delay);
                runtime.Telemetry.Retries.Add(1, tags);
                await Task.Delay(delay, runtime.Time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads the value: a poison message goes to the dead-letter topic at once (null is returned); infrastructure that is down is waited for.</summary>
    private static async Task<DeserializedEvent<TPayload>?> ReadAsync(ConsumeResult<byte[]?, byte[]> message, ConsumerRuntime runtime, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await runtime.Serializer.DeserializeAsync<TPayload>(message.Message.Value, cancellationToken).ConfigureAwait(false);
            }
            catch (PoisonMessageException poison)
            {
                runtime.Logger.LogWarning("Poison message on {Topic}[{Partition}]@{Offset} ({ErrorType}: {Reason}); dead-lettering", message.Topic, message.Partition.Value, message.Offset.Value, poison.ErrorType, poison.Message);
                await runtime.DeadLetters.WriteAsync(message, runtime.GroupId, DeadLetterFailure.FromPoison(poison), cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (TransientEventException transient)
            {
                var delay = runtime.Retry.DelayBefore(attempt);
                runtime.Logger.LogWarning("Cannot read {Topic}[{Partition}]@{Offset} for now ({Reason}); trying again in {Delay}", message.Topic, message.Partition.Value, message.Offset.Value, transient.Message, delay);
                await Task.Delay(delay, runtime.Time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static Activity? StartActivity(ConsumeResult<byte[]?, byte[]> message, ConsumerRuntime runtime, int attempt)
    {
        var header = message.Message.Headers?.TryGetLastBytes(MessageHeaders.TraceParent, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;
        var activity = TraceIds.TryParse(header, out var parent)
            ? runtime.Telemetry.Source.StartActivity(message.Topic + " process", ActivityKind.Consumer, parent)
            : runtime.Telemetry.Source.StartActivity(message.Topic + " process", ActivityKind.Consumer);
        if (activity is not null)
        {
            activity.SetTag("messaging.system", "kafka");
            activity.SetTag("messaging.operation.type", "process");
            activity.SetTag("messaging.destination.name", message.Topic);
            activity.SetTag("messaging.consumer.group.name", runtime.GroupId);
            activity.SetTag("messaging.destination.partition.id", message.Partition.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            activity.SetTag("messaging.kafka.offset", message.Offset.Value);
            activity.SetTag("onex.attempt", attempt);
        }

        return activity;
    }
}
