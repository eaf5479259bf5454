using Microsoft.Extensions.Options;
using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// Checks the options when the host starts, each failure naming its option. The service name, instance and host
/// are checked by the envelope's own generated <c>Validate()</c>: the schema is the one place that says what a
/// <c>source</c> may be.
/// </summary>
internal sealed class OnexEventsOptionsValidator : IValidateOptions<OnexEventsOptions>
{
    public ValidateOptionsResult Validate(string? name, OnexEventsOptions options)
    {
        var failures = new List<string>();
        var source = EnvelopeSource.From(options);
        var errors = new List<OnexValidationError>();
        source.Validate(string.Empty, errors);
        foreach (var error in errors)
        {
            var (option, value) = error.Path switch
            {
                "/service" => (nameof(options.ServiceName), options.ServiceName),
                "/instance_id" => (nameof(options.InstanceId), options.InstanceId),
                _ => (nameof(options.Hostname), options.Hostname),
            };
            failures.Add($"OnexEvents:{option} '{value}' {error.Message} (the envelope's source{error.Path.Replace('/', '.')})");
        }

        if (string.IsNullOrWhiteSpace(options.BootstrapServers))
        {
            failures.Add($"OnexEvents:{nameof(options.BootstrapServers)} is required");
        }

        if (options.WireFormat == EventWireFormat.SchemaRegistry && !Uri.TryCreate(options.RegistryUrl, UriKind.Absolute, out _))
        {
            failures.Add($"OnexEvents:{nameof(options.RegistryUrl)} must be an absolute URL when {nameof(options.WireFormat)} is {EventWireFormat.SchemaRegistry} (it is '{options.RegistryUrl}')");
        }

        if (options.Consumer.MaxInFlightPerPartition < 1)
        {
            failures.Add($"OnexEvents:Consumer:{nameof(options.Consumer.MaxInFlightPerPartition)} must be at least 1 (it is {options.Consumer.MaxInFlightPerPartition})");
        }

        if (options.Retry.MaxRetries < 0)
        {
            failures.Add($"OnexEvents:Retry:{nameof(options.Retry.MaxRetries)} must not be negative (it is {options.Retry.MaxRetries})");
        }

        if (options.Retry.InitialDelay < TimeSpan.Zero || options.Retry.MaxDelay < options.Retry.InitialDelay || options.Retry.Multiplier < 1)
        {
            failures.Add($"OnexEvents:Retry needs 0 <= {nameof(options.Retry.InitialDelay)} <= {nameof(options.Retry.MaxDelay)} and {nameof(options.Retry.Multiplier)} >= 1");
        }

        foreach (var (option, value) in new[]
        {
            (nameof(options.Consumer.CommitInterval), options.Consumer.CommitInterval),
            (nameof(options.Consumer.FetchWaitMax), options.Consumer.FetchWaitMax),
            (nameof(options.Consumer.RevocationDrainTimeout), options.Consumer.RevocationDrainTimeout),
            (nameof(options.Consumer.ShutdownDrainTimeout), options.Consumer.ShutdownDrainTimeout),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"OnexEvents:Consumer:{option} must be positive (it is {value})");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
