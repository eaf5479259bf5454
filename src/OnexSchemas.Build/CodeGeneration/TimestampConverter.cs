namespace OnexSchemas.Build.CodeGeneration;

/// <summary>
/// The source of the converter every <c>date-time</c> goes through. System.Text.Json's default reads values without
/// an offset (which RFC 3339, and so the schemas, refuse) and writes without milliseconds (which the envelope's
/// timestamp requires); this converter reads RFC 3339 strictly and always writes milliseconds.
/// </summary>
internal static class TimestampConverter
{
    public static string Source(string @namespace, string name, string version) => $$"""
        namespace {{@namespace}};

        /// <summary>
        /// Reads and writes <c>date-time</c> values as RFC 3339: an offset (<c>Z</c> or <c>+hh:mm</c>) is required on read,
        /// and values are written with millisecond precision, <c>2025-10-18T10:00:00.000Z</c>.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCode("OnexSchemas.Build", "{{version}}")]
        public sealed class {{name}} : global::System.Text.Json.Serialization.JsonConverter<global::System.DateTimeOffset>
        {
            /// <inheritdoc />
            public override global::System.DateTimeOffset Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            {
                var text = reader.GetString();
                if (text is null || !TryParse(text, out var value))
                {
                    throw new global::System.Text.Json.JsonException($"'{text}' is not an RFC 3339 date-time with an offset, such as 2025-10-18T10:00:00.000Z.");
                }

                return value;
            }

            /// <inheritdoc />
            public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value, global::System.Text.Json.JsonSerializerOptions options) =>
                WriteValue(writer, value);

            /// <summary>Writes a value as <see cref="Format"/> spells it, straight into the writer's UTF-8 (no string, no format parsing).</summary>
            public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value)
            {
                global::System.Span<byte> text = stackalloc byte[29];
                var clock = value.Offset == global::System.TimeSpan.Zero ? value.UtcDateTime : value.DateTime;
                Put(text, 0, clock.Year, 4);
                text[4] = (byte)'-';
                Put(text, 5, clock.Month, 2);
                text[7] = (byte)'-';
                Put(text, 8, clock.Day, 2);
                text[10] = (byte)'T';
                Put(text, 11, clock.Hour, 2);
                text[13] = (byte)':';
                Put(text, 14, clock.Minute, 2);
                text[16] = (byte)':';
                Put(text, 17, clock.Second, 2);
                text[19] = (byte)'.';
                Put(text, 20, (int)(clock.Ticks / global::System.TimeSpan.TicksPerMillisecond % 1000), 3);
                if (value.Offset == global::System.TimeSpan.Zero)
                {
                    text[23] = (byte)'Z';
                    writer.WriteStringValue(text[..24]);
                    return;
                }

                var offset = value.Offset;
                text[23] = offset < global::System.TimeSpan.Zero ? (byte)'-' : (byte)'+';
                offset = offset.Duration();
                Put(text, 24, offset.Hours, 2);
                text[26] = (byte)':';
                Put(text, 27, offset.Minutes, 2);
                writer.WriteStringValue(text);
            }

            private static void Put(global::System.Span<byte> text, int start, int number, int digits)
            {
                for (var index = start + digits - 1; index >= start; index--)
                {
                    text[index] = (byte)('0' + number % 10);
                    number /= 10;
                }
            }

            /// <summary>Formats a value as the converter writes it.</summary>
            public static string Format(global::System.DateTimeOffset value) => value.Offset == global::System.TimeSpan.Zero
                ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", global::System.Globalization.CultureInfo.InvariantCulture)
                : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", global::System.Globalization.CultureInfo.InvariantCulture);

            /// <summary>Parses RFC 3339 <c>date-time</c>: full date, 'T', full time with optional fraction, and an offset.</summary>
            public static bool TryParse(string text, out global::System.DateTimeOffset value)
            {
                value = default;
                if (!TryReadShape(text, out var fractionLength))
                {
                    return false;
                }

                // The usual form (at most seven fraction digits, no leap second) is read field by field; anything
                // else that has the shape goes to the framework's parser, which decides the rare cases as before.
                return fractionLength <= 7 && TryReadFields(text, fractionLength, out value)
                    || global::System.DateTimeOffset.TryParse(text.ToUpperInvariant(), global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out value);
            }

            // The text is yyyy-MM-dd, T or t, HH:mm:ss, an optional '.' and digits, then Z, z or +hh:mm / -hh:mm.
            private static bool TryReadShape(string text, out int fractionLength)
            {
                fractionLength = 0;
                if (text.Length < 20 || !Digits(text, 0, 4) || text[4] != '-' || !Digits(text, 5, 2) || text[7] != '-' || !Digits(text, 8, 2)
                    || (text[10] != 'T' && text[10] != 't') || !Digits(text, 11, 2) || text[13] != ':' || !Digits(text, 14, 2) || text[16] != ':' || !Digits(text, 17, 2))
                {
                    return false;
                }

                var index = 19;
                if (text[index] == '.')
                {
                    index++;
                    while (index < text.Length && text[index] is >= '0' and <= '9')
                    {
                        index++;
                    }

                    fractionLength = index - 20;
                    if (fractionLength == 0)
                    {
                        return false;
                    }
                }

                return index < text.Length && (text[index] is 'Z' or 'z'
                    ? index == text.Length - 1
                    : text[index] is '+' or '-' && index == text.Length - 6 && Digits(text, index + 1, 2) && text[index + 3] == ':' && Digits(text, index + 4, 2));
            }

            private static bool TryReadFields(string text, int fractionLength, out global::System.DateTimeOffset value)
            {
                value = default;
                int year = Number(text, 0, 4), month = Number(text, 5, 2), day = Number(text, 8, 2);
                int hour = Number(text, 11, 2), minute = Number(text, 14, 2), second = Number(text, 17, 2);
                if (year < 1 || month is < 1 or > 12 || day < 1 || day > global::System.DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
                {
                    return false;
                }

                long ticks = fractionLength == 0 ? 0 : Number(text, 20, fractionLength);
                for (var digits = fractionLength; digits < 7; digits++)
                {
                    ticks *= 10;
                }

                var zone = 20 + (fractionLength == 0 ? -1 : fractionLength);
                var offset = global::System.TimeSpan.Zero;
                if (text[zone] is '+' or '-')
                {
                    int offsetHours = Number(text, zone + 1, 2), offsetMinutes = Number(text, zone + 4, 2);
                    if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60)
                    {
                        return false;
                    }

                    offset = new global::System.TimeSpan(offsetHours, offsetMinutes, 0);
                    offset = text[zone] == '-' ? offset.Negate() : offset;
                }

                var local = new global::System.DateTime(year, month, day, hour, minute, second).AddTicks(ticks);
                var utcTicks = local.Ticks - offset.Ticks;
                if (utcTicks < global::System.DateTime.MinValue.Ticks || utcTicks > global::System.DateTime.MaxValue.Ticks)
                {
                    return false;
                }

                value = new global::System.DateTimeOffset(local, offset);
                return true;
            }

            private static bool Digits(string text, int start, int count)
            {
                for (var index = start; index < start + count; index++)
                {
                    if (text[index] is < '0' or > '9')
                    {
                        return false;
                    }
                }

                return true;
            }

            private static int Number(string text, int start, int count)
            {
                var number = 0;
                for (var index = start; index < start + count; index++)
                {
                    number = number * 10 + (text[index] - '0');
                }

                return number;
            }
        }

        """;
}
