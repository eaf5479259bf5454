namespace OnexSchemas.Build.CodeGeneration;

/// <summary>The source of the types every generated validator and the JSON context share; emitted once per project.</summary>
internal static class SupportTypes
{
    public static string ValidationSource(string @namespace, string version) => $$"""
        namespace {{@namespace}};

        /// <summary>One way a value breaks its schema.</summary>
        /// <param name="Path">The JSON pointer of the offending value, e.g. <c>/issues/2/line</c>.</param>
        /// <param name="Message">What the schema requires there.</param>
        [global::System.CodeDom.Compiler.GeneratedCode("OnexSchemas.Build", "{{version}}")]
        public sealed record OnexValidationError(string Path, string Message)
        {
            /// <inheritdoc />
            public override string ToString() => $"{(Path.Length == 0 ? "/" : Path)}: {Message}";
        }

        /// <summary>A generated record that can check itself against its schema.</summary>
        public interface IOnexValidatable
        {
            /// <summary>Adds the violations of this value, found at <paramref name="path"/>, to <paramref name="errors"/>.</summary>
            /// <param name="path">The JSON pointer of this value in the document being validated.</param>
            /// <param name="errors">Where violations are added.</param>
            void Validate(string path, global::System.Collections.Generic.ICollection<OnexValidationError> errors);
        }

        /// <summary>The checks generated validators call, written once so that every validator agrees with JSON Schema's rules.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("OnexSchemas.Build", "{{version}}")]
        public static class OnexValidation
        {
            /// <summary>The length of a string as JSON Schema counts it: in Unicode code points, not UTF-16 units.</summary>
            public static int Length(string value)
            {
                var length = value.Length;
                for (var i = 0; i + 1 < value.Length; i++)
                {
                    if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
                    {
                        length--;
                        i++;
                    }
                }

                return length;
            }

            /// <summary>True when <paramref name="value"/> divided by <paramref name="divisor"/> is a whole number.</summary>
            public static bool IsMultipleOf(double value, double divisor)
            {
                var quotient = value / divisor;
                return global::System.Math.Abs(quotient - global::System.Math.Round(quotient)) < 1e-9;
            }

            /// <summary>True when no two items are equal.</summary>
            public static bool AreUnique<T>(global::System.Collections.Generic.IReadOnlyList<T> items)
            {
                var seen = new global::System.Collections.Generic.HashSet<T>();
                foreach (var item in items)
                {
                    if (!seen.Add(item))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>Escapes a map key for use as a JSON pointer token.</summary>
            public static string EscapePointer(string token) => token.Replace("~", "~0").Replace("/", "~1");
        }

        /// <summary>
        /// Reads JSON integers as JSON Schema defines them: any number without a fractional part, so <c>3.0</c> is read as 3
        /// while <c>3.5</c> is refused.
        /// </summary>
        [global::System.CodeDom.Compiler.GeneratedCode("OnexSchemas.Build", "{{version}}")]
        public sealed class OnexIntegerJsonConverter : global::System.Text.Json.Serialization.JsonConverter<long>
        {
            /// <inheritdoc />
            public override long Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Number)
                {
                    if (reader.TryGetInt64(out var whole))
                    {
                        return whole;
                    }

                    if (reader.TryGetDecimal(out var number) && decimal.Truncate(number) == number && number >= long.MinValue && number <= long.MaxValue)
                    {
                        return (long)number;
                    }
                }

                throw new global::System.Text.Json.JsonException("expected an integer");
            }

            /// <inheritdoc />
            public override void Write(global::System.Text.Json.Utf8JsonWriter writer, long value, global::System.Text.Json.JsonSerializerOptions options) =>
                writer.WriteNumberValue(value);
        }

        """;
}
