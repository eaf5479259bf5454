using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Omninode.Events;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// The generated date-time converter's fast paths. Reading: the fast path (field by field, no regex, no culture parser) decides every text as the
/// plain reading does: the RFC 3339 shape by a regex, then the framework's parser. Random texts of the shape, with
/// fields in and out of range, fractions of every length, both offsets and lower-case letters, must agree on whether
/// they are a date-time and on its value and offset. Writing: the UTF-8 written straight into the JSON writer is the
/// JSON the writer makes of the text <c>Format</c> gives (its escaping included), for random instants and offsets.
/// </summary>
public sealed class TimestampConverterTests
{
    private static readonly Regex Shape = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant);

    private static bool Plainly(string text, out DateTimeOffset value)
    {
        value = default;
        return Shape.IsMatch(text) && DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static readonly Gen<string> Texts =
        from year in Gen.OneOf(Gen.Int[0, 9999], Gen.Const(1), Gen.Const(9999), Gen.Const(2024))
        from month in Gen.Int[0, 13]
        from day in Gen.Int[0, 32]
        from separator in Gen.OneOf("T", "t", " ")
        from hour in Gen.Int[0, 25]
        from minute in Gen.Int[0, 60]
        from second in Gen.Int[0, 61]
        from fraction in Gen.OneOf(Gen.Const(string.Empty), Gen.Int[0, 12].SelectMany(length => Gen.Char['0', '9'].Array[length, length].Select(digits => "." + new string(digits))))
        from zone in Gen.OneOf(Gen.OneOf("Z", "z", ""), Gen.Int[0, 16].SelectMany(h => Gen.Int[0, 60].SelectMany(m => Gen.OneOf("+", "-").Select(sign => string.Create(CultureInfo.InvariantCulture, $"{sign}{h:00}:{m:00}")))))
        select string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}{separator}{hour:00}:{minute:00}:{second:00}{fraction}{zone}");

    [Fact]
    public void The_fast_reading_agrees_with_the_plain_reading_on_random_texts()
    {
        Texts.Sample(text =>
        {
            var plain = Plainly(text, out var expected);
            var fast = OnexTimestampJsonConverter.TryParse(text, out var actual);
            return plain == fast && (!plain || (expected == actual && expected.Offset == actual.Offset && expected.Ticks == actual.Ticks));
        }, iter: 200_000, seed: "0N0XSchemas1");
    }

    [Theory]
    [InlineData("2025-10-18T10:00:00.123Z")]
    [InlineData("2025-10-18t10:00:00z")]
    [InlineData("2024-02-29T23:59:59.9999999+14:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("2025-10-18T10:00:00.123456789-05:30")]
    [InlineData("2023-02-29T10:00:00Z")]
    [InlineData("2025-10-18T24:00:00Z")]
    [InlineData("2025-10-18T10:00:60Z")]
    [InlineData("2025-10-18T10:00:00+14:01")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("2025-10-18T10:00:00.Z")]
    [InlineData("2025-10-18T10:00:00")]
    public void Edge_cases_agree_with_the_plain_reading(string text)
    {
        var plain = Plainly(text, out var expected);
        Assert.Equal(plain, OnexTimestampJsonConverter.TryParse(text, out var actual));
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Offset, actual.Offset);
    }

    [Fact]
    public void Writing_spells_what_Format_spells_for_random_instants_and_offsets()
    {
        var values =
            from ticks in Gen.Long[DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay]
            from minutes in Gen.OneOf(Gen.Const(0), Gen.Int[-14 * 60, 14 * 60])
            select new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes));
        values.Sample(value =>
        {
            Assert.Equal(Written(writer => writer.WriteStringValue(OnexTimestampJsonConverter.Format(value))), Written(writer => OnexTimestampJsonConverter.WriteValue(writer, value)));
        }, iter: 100_000, seed: "0N0XSchemas2");
    }

    private static string Written(Action<System.Text.Json.Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
