using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace OnexSchemas.Runtime;

/// <summary>librdkafka's log lines into <see cref="ILogger"/>, at their syslog level.</summary>
internal static class KafkaLog
{
    public static void Write(ILogger logger, LogMessage message)
    {
        var level = message.Level switch
        {
            SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Critical,
            SyslogLevel.Error => LogLevel.Error,
            SyslogLevel.Warning => LogLevel.Warning,
            SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
            _ => LogLevel.Debug,
        };
        if (logger.IsEnabled(level))
        {
            logger.Log(level, "librdkafka {Facility} [{Name}]: {Message}", message.Facility, message.Name, message.Message);
        }
    }
}
