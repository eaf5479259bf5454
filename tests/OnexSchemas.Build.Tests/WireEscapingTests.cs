using System.Text;
using System.Text.Json;
using Omninode.Events;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// The generated context's <c>Wire</c> metadata writes strings as the bus carries them: a quote is <c>\"</c>, not
/// <c>\u0022</c>, and <c>+</c>, <c>&lt;</c>, <c>'</c> and non-ASCII text are not escaped; what it writes reads back
/// equal through <c>Default</c>. <c>Default</c> keeps System.Text.Json's escaping, which is why <c>Wire</c> exists.
/// </summary>
public sealed class WireEscapingTests
{
    private const string Message = "payload refused: \"code_content\" must be <= 1 MiB + 'é' \\ tab\there";

    private static DlqRecordV1 Record() => new()
    {
        OriginalTopic = "omninode.codegen.request.validate.v1",
        OriginalPartition = 3,
        OriginalOffset = 42,
        ErrorType = "schema_violation",
        ErrorMessage = Message,
        RetryCount = 0,
        FailedAt = new DateTimeOffset(2026, 12, 1, 10, 30, 0, 123, TimeSpan.FromHours(2)),
        ConsumerGroup = "codegen-service",
        ConsumerInstance = "codegen-1",
    };

    [Fact]
    public void The_dlq_record_written_with_wire_escapes_only_what_json_requires()
    {
        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(Record(), OnexEventsJsonContext.Wire.DlqRecordV1));

        Assert.Contains("\"error_message\":\"payload refused: \\\"code_content\\\" must be <= 1 MiB + 'é' \\\\ tab\\there\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", json, StringComparison.Ordinal);
        Assert.Contains("+02:00", json, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize(json, OnexEventsJsonContext.Default.DlqRecordV1);
        Assert.Equal(Record(), read);
    }

    [Fact]
    public void Default_keeps_the_html_safe_escaping_that_wire_drops()
    {
        var json = JsonSerializer.Serialize(Record(), OnexEventsJsonContext.Default.DlqRecordV1);

        Assert.Contains("\\u0022code_content\\u0022", json, StringComparison.Ordinal);
        Assert.Equal(Record(), JsonSerializer.Deserialize(json, OnexEventsJsonContext.Wire.DlqRecordV1));
    }

    [Fact]
    public void Wire_has_the_options_of_default_but_the_encoder()
    {
        var wire = OnexEventsJsonContext.Wire.Options;
        var standard = OnexEventsJsonContext.Default.Options;

        Assert.Same(OnexEventsJsonContext.Wire, OnexEventsJsonContext.Wire);
        Assert.Equal(standard.DefaultIgnoreCondition, wire.DefaultIgnoreCondition);
        Assert.Equal(standard.UnmappedMemberHandling, wire.UnmappedMemberHandling);
        Assert.Equal(standard.RespectNullableAnnotations, wire.RespectNullableAnnotations);
        Assert.Equal(standard.RespectRequiredConstructorParameters, wire.RespectRequiredConstructorParameters);
        Assert.Equal(standard.Converters.Select(c => c.GetType()), wire.Converters.Select(c => c.GetType()));
        Assert.Same(OnexEventsJsonContext.Wire, wire.TypeInfoResolver);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"original_topic\":\"t\",\"unknown\":1}", OnexEventsJsonContext.Wire.DlqRecordV1));
    }
}
