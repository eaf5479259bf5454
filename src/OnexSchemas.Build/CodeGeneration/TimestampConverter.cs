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
                writer.WriteStringValue(Format(value));

            /// <summary>Formats a value as the converter writes it.</summary>
            public static string Format(global::System.DateTimeOffset value) => value.Offset == global::System.TimeSpan.Zero
                ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", global::System.Globalization.CultureInfo.InvariantCulture)
                : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", global::System.Globalization.CultureInfo.InvariantCulture);

            /// <summary>Parses RFC 3339 <c>date-time</c>: full date, 'T', full time with optional fraction, and an offset.</summary>
            public static bool TryParse(string text, out global::System.DateTimeOffset value)
            {
                value = default;
                if (!global::System.Text.RegularExpressions.Regex.IsMatch(text, @"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant))
                {
                    return false;
                }

                return global::System.DateTimeOffset.TryParse(text.ToUpperInvariant(), global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out value);
            }
        }

        """;
}
