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
        public static partial class OnexValidation
        {
            // RFC 3986 section 3: scheme ":" hier-part [ "?" query ] [ "#" fragment ], in US-ASCII, percent-encoded where needed.
            private const string Unreserved = @"A-Za-z0-9\-._~";
            private const string SubDelims = @"!$&'()*+,;=";
            private const string PChar = @"(?:[" + Unreserved + SubDelims + @":@]|%[0-9A-Fa-f]{2})";
            private const string UriPattern =
                @"^[A-Za-z][A-Za-z0-9+\-.]*:"
                + @"(?://(?:(?:[" + Unreserved + SubDelims + @":]|%[0-9A-Fa-f]{2})*@)?"
                + @"(?:\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\.[" + Unreserved + SubDelims + @":]+)\]|(?:[" + Unreserved + SubDelims + @"]|%[0-9A-Fa-f]{2})*)"
                + @"(?::[0-9]*)?(?:/" + PChar + @"*)*"
                + @"|/?(?:" + PChar + @"+(?:/" + PChar + @"*)*)?)"
                + @"(?:\?(?:" + PChar + @"|[/?])*)?(?:\#(?:" + PChar + @"|[/?])*)?\z";

            /// <summary>True when <paramref name="value"/> is a URI as RFC 3986 defines it: absolute, with a scheme, in US-ASCII.</summary>
            public static bool IsUri(string value) => UriRegex().IsMatch(value);

            [global::System.Text.RegularExpressions.GeneratedRegex(UriPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
            private static partial global::System.Text.RegularExpressions.Regex UriRegex();

            /// <summary>True when two SemVer versions have the same major version, the text before the first dot.</summary>
            public static bool SameMajor(string version, string other)
            {
                var end = version.IndexOf('.');
                var otherEnd = other.IndexOf('.');
                return end > 0 && end == otherEnd && string.CompareOrdinal(version, 0, other, 0, end) == 0;
            }

            /// <summary>The length of a string as JSON Schema counts it: in Unicode code points, not UTF-16 units.</summary>
            public static int Length(string value)
            {
                // Text without surrogates (nearly all) has as many code points as chars: one vectorized search says so.
                var first = global::System.MemoryExtensions.IndexOfAnyInRange(global::System.MemoryExtensions.AsSpan(value), '\uD800', '\uDFFF');
                if (first < 0)
                {
                    return value.Length;
                }

                var length = value.Length;
                for (var i = first; i + 1 < value.Length; i++)
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
        /// Reads and writes a generated enum as exactly the strings of its schema's <c>enum</c>. System.Text.Json's own
        /// enum converter also reads numbers, numeric strings, names with white space around them and comma-separated
        /// combinations, none of which the schema admits.
        /// </summary>
        /// <typeparam name="TEnum">The generated enum; its wire strings are its <c>JsonStringEnumMemberName</c>s.</typeparam>
        [global::System.CodeDom.Compiler.GeneratedCode("OnexSchemas.Build", "{{version}}")]
        public sealed class OnexEnumJsonConverter<TEnum> : global::System.Text.Json.Serialization.JsonConverter<TEnum>
            where TEnum : struct, global::System.Enum
        {
            private static global::System.Collections.Generic.Dictionary<string, TEnum>? s_values;
            private static global::System.Collections.Generic.Dictionary<TEnum, string>? s_names;

            /// <inheritdoc />
            public override TEnum Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && Values(options).TryGetValue(reader.GetString()!, out var value))
                {
                    return value;
                }

                throw new global::System.Text.Json.JsonException($"expected one of {string.Join(", ", Values(options).Keys)}");
            }

            /// <inheritdoc />
            public override void Write(global::System.Text.Json.Utf8JsonWriter writer, TEnum value, global::System.Text.Json.JsonSerializerOptions options)
            {
                Values(options);
                if (!s_names!.TryGetValue(value, out var name))
                {
                    throw new global::System.Text.Json.JsonException($"{value} is not a value of {typeof(TEnum).Name}");
                }

                writer.WriteStringValue(name);
            }

            // The wire strings, as System.Text.Json's enum converter writes them (it honours JsonStringEnumMemberName).
            private static global::System.Collections.Generic.Dictionary<string, TEnum> Values(global::System.Text.Json.JsonSerializerOptions options)
            {
                if (s_values is { } known)
                {
                    return known;
                }

                var inner = (global::System.Text.Json.Serialization.JsonConverter<TEnum>)new global::System.Text.Json.Serialization.JsonStringEnumConverter<TEnum>().CreateConverter(typeof(TEnum), options)!;
                var values = new global::System.Collections.Generic.Dictionary<string, TEnum>(global::System.StringComparer.Ordinal);
                var names = new global::System.Collections.Generic.Dictionary<TEnum, string>();
                foreach (var value in global::System.Enum.GetValues<TEnum>())
                {
                    var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
                    using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
                    {
                        inner.Write(writer, value, options);
                    }

                    var name = global::System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory).RootElement.GetString()!;
                    values[name] = value;
                    names[value] = name;
                }

                s_names = names;
                s_values = values;
                return values;
            }
        }

        /// <summary>
        /// Reads an optional member: it may be left out, but an explicit <c>null</c> is not a value of its schema (no
        /// generated schema type admits null), so it is refused rather than read as "absent". Writing is unchanged:
        /// absent members are not written.
        /// </summary>
        /// <typeparam name="T">The member's type.</typeparam>
        [global::System.CodeDom.Compiler.GeneratedCode("OnexSchemas.Build", "{{version}}")]
        public sealed class OnexOptionalJsonConverter<T> : global::System.Text.Json.Serialization.JsonConverter<T>
        {
            /// <inheritdoc />
            public override bool HandleNull => true;

            /// <inheritdoc />
            public override T? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
                {
                    throw new global::System.Text.Json.JsonException("null is not a value of this member; leave the member out instead");
                }

                // Strings are most optional members; they are read here, without a nested call into the serializer.
                if (typeof(T) == typeof(string) && reader.TokenType == global::System.Text.Json.JsonTokenType.String)
                {
                    return (T)(object)reader.GetString()!;
                }

                return global::System.Text.Json.JsonSerializer.Deserialize(ref reader, TypeInfo(options));
            }

            /// <inheritdoc />
            public override void Write(global::System.Text.Json.Utf8JsonWriter writer, T value, global::System.Text.Json.JsonSerializerOptions options) =>
                global::System.Text.Json.JsonSerializer.Serialize(writer, value, TypeInfo(options));

            // A converter instance belongs to one property of one options instance, so the lookup is made once.
            private global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>? _typeInfo;

            private global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> TypeInfo(global::System.Text.Json.JsonSerializerOptions options)
            {
                var typeInfo = _typeInfo;
                if (typeInfo is null || !ReferenceEquals(typeInfo.Options, options))
                {
                    typeInfo = (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
                    _typeInfo = typeInfo;
                }

                return typeInfo;
            }
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
