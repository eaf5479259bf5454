using System.Globalization;
using System.Text;
using NJsonSchema;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.CodeGeneration;

/// <summary>
/// Emits <c>Validate()</c> for a generated record: the checks the schema states and the C# types do not
/// (ranges, lengths, patterns, item counts and uniqueness, formats), so that deserializing and then validating accepts
/// exactly what the schema accepts. Types already enforce the rest: required members, enums, uuids, date-times,
/// closed objects (unknown members are refused on read).
/// </summary>
internal sealed class ValidationEmitter
{
    private readonly SchemaTypeNames _names;
    private readonly string _root;
    private readonly List<string> _patterns = [];
    private StringBuilder _body = new();
    private int _depth;

    public ValidationEmitter(SchemaTypeNames names, string rootNamespace)
    {
        _names = names;
        _root = "global::" + rootNamespace;
    }

    /// <summary>The partial part with <c>Validate</c> for the record <paramref name="typeName"/> generated from <paramref name="schema"/>.</summary>
    public string Emit(JsonSchema schema, string typeName, string toolVersion, bool isEnvelope)
    {
        _patterns.Clear();
        _body = new StringBuilder();
        _depth = 0;
        foreach (var (name, property) in schema.ActualSchema.Properties.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (isEnvelope && name == "payload")
            {
                // The envelope is generic over its payload, so the reader cannot refuse a null one; a generated payload
                // validates itself.
                Check(2, "Payload is null", "path + \"/payload\"", "must not be null");
                Line(2, $"else if (Payload is {_root}.IOnexValidatable payload)");
                Line(2, "{");
                Line(3, "payload.Validate(path + \"/payload\", errors);");
                Line(2, "}");
                continue;
            }

            if (!NeedsChecks(property))
            {
                continue;
            }

            var member = CSharpNames.Pascal(name);
            var path = $"path + \"/{EscapePointer(name)}\"";
            if (property.IsRequired)
            {
                EmitValue(member, path, property, 2);
            }
            else
            {
                var local = Local(name);
                Separate();
                Line(2, $"if ({member} is {{ }} {local})");
                Line(2, "{");
                EmitValue(local, path, property, 3);
                Line(2, "}");
            }
        }

        if (isEnvelope)
        {
            EmitPayloadTypeChecks();
        }

        var builder = new StringBuilder();
        builder.Append($"public sealed partial record {typeName}{(isEnvelope ? "<TPayload>" : string.Empty)} : {_root}.IOnexValidatable\n{{\n");
        if (isEnvelope)
        {
            builder.Append("    // The payload type's catalog entry, looked up once per envelope type; null for a payload the catalog does not know.\n");
            builder.Append($"    private static readonly {_root}.{CSharpNames.DescriptorClass}? s_payload = {_root}.{CSharpNames.CatalogClass}.FindByType(typeof(TPayload));\n\n");
        }

        builder.Append("    /// <summary>Checks what the schema states beyond the types: ranges, lengths, patterns, item counts and formats.</summary>\n");
        builder.Append("    /// <returns>Every violation, each located by its JSON pointer; empty when the value is valid.</returns>\n");
        builder.Append($"    public global::System.Collections.Generic.IReadOnlyList<{_root}.OnexValidationError> Validate()\n    {{\n");
        builder.Append($"        var errors = new global::System.Collections.Generic.List<{_root}.OnexValidationError>();\n");
        builder.Append("        Validate(string.Empty, errors);\n        return errors;\n    }\n\n");
        builder.Append("    /// <inheritdoc />\n");
        builder.Append($"    public void Validate(string path, global::System.Collections.Generic.ICollection<{_root}.OnexValidationError> errors)\n    {{\n");
        builder.Append(_body);
        builder.Append("    }\n");
        for (var index = 0; index < _patterns.Count; index++)
        {
            builder.Append($"\n    [global::System.Text.RegularExpressions.GeneratedRegex(@\"{EcmaScript(_patterns[index]).Replace("\"", "\"\"")}\", global::System.Text.RegularExpressions.RegexOptions.ECMAScript)]\n");
            builder.Append($"    private static partial global::System.Text.RegularExpressions.Regex Pattern{index}();\n");
        }

        builder.Append("}\n");
        foreach (var (name, property) in schema.ActualSchema.Properties.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (property.ActualSchema.Format == "date-time" && !string.IsNullOrEmpty(property.ActualSchema.Pattern))
            {
                builder.Append('\n').Append(PatternTimestampConverter(typeName, name, property.ActualSchema.Pattern, property.IsRequired, toolVersion));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// What the envelope schema cannot state: an envelope of a catalogued payload type carries that type's
    /// <c>event_type</c> and a <c>version</c> of the same major (only the major: producer and consumer may be on
    /// different minors of one topic).
    /// </summary>
    private void EmitPayloadTypeChecks()
    {
        Separate();
        Line(2, "if (s_payload is { } payloadType)");
        Line(2, "{");
        Line(3, "if (!string.Equals(EventType, payloadType.EventType, global::System.StringComparison.Ordinal))");
        Line(3, "{");
        Line(4, $"errors.Add(new {_root}.OnexValidationError(path + \"/event_type\", \"must be \" + payloadType.EventType + \", the event type of the payload\"));");
        Line(3, "}");
        Line(0, string.Empty);
        Line(3, $"if (!{_root}.OnexValidation.SameMajor(Version, payloadType.SchemaVersion))");
        Line(3, "{");
        Line(4, $"errors.Add(new {_root}.OnexValidationError(path + \"/version\", \"must have the major version of the payload schema, \" + payloadType.SchemaVersion));");
        Line(3, "}");
        Line(2, "}");
    }

    /// <summary>
    /// The reader of a date-time member that also has a pattern: the pattern constrains the text (the envelope's
    /// timestamp wants exactly three fraction digits), which the parsed DateTimeOffset no longer shows to Validate().
    /// Class.liquid puts it on the property by this name.
    /// </summary>
    private string PatternTimestampConverter(string typeName, string member, string pattern, bool required, string toolVersion)
    {
        var type = required ? "global::System.DateTimeOffset" : "global::System.DateTimeOffset?";
        var timestamp = $"{_root}.{EventCodeGenerator.TimestampConverterName}";
        var message = $"is not an RFC 3339 date-time matching {pattern}".Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("{", "{{").Replace("}", "}}");
        var builder = new StringBuilder();
        builder.Append($"/// <summary>Reads <c>{member}</c> of <c>{typeName}</c>: an RFC 3339 date-time whose text matches <c>{System.Security.SecurityElement.Escape(pattern)}</c>.</summary>\n");
        builder.Append($"[global::System.CodeDom.Compiler.GeneratedCode(\"OnexSchemas.Build\", \"{toolVersion}\")]\n");
        builder.Append($"public sealed partial class {typeName}{CSharpNames.Pascal(member)}JsonConverter : global::System.Text.Json.Serialization.JsonConverter<{type}>\n{{\n");
        if (!required)
        {
            builder.Append("    /// <inheritdoc />\n    public override bool HandleNull => true;\n\n");
        }

        builder.Append("    /// <inheritdoc />\n");
        builder.Append($"    public override {type} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)\n    {{\n");
        builder.Append("        var text = reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString()! : null;\n");
        builder.Append($"        if (text is null || !Pattern().IsMatch(text) || !{timestamp}.TryParse(text, out var value))\n        {{\n");
        builder.Append($"            throw new global::System.Text.Json.JsonException($\"'{{text}}' {message}\");\n        }}\n\n");
        builder.Append("        return value;\n    }\n\n");
        builder.Append("    /// <inheritdoc />\n");
        builder.Append($"    public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {type} value, global::System.Text.Json.JsonSerializerOptions options) =>\n");
        builder.Append(required
            ? $"        {timestamp}.WriteValue(writer, value);\n"
            : $"        {timestamp}.WriteValue(writer, value ?? throw new global::System.Text.Json.JsonException(\"null is not a value of this member\"));\n");
        builder.Append($"\n    [global::System.Text.RegularExpressions.GeneratedRegex(@\"{EcmaScript(pattern).Replace("\"", "\"\"")}\", global::System.Text.RegularExpressions.RegexOptions.ECMAScript)]\n");
        builder.Append("    private static partial global::System.Text.RegularExpressions.Regex Pattern();\n}\n");
        return builder.ToString();
    }

    private void EmitValue(string value, string path, JsonSchema declared, int indent)
    {
        var schema = declared.ActualSchema;
        if (schema.IsEnumeration)
        {
            return; // the enum type admits only the schema's values
        }

        if (_names.NameOf(schema) is not null && schema.Type.HasFlag(JsonObjectType.Object))
        {
            Separate();
            Line(indent, $"{value}.Validate({path}, errors);");
            return;
        }

        if (schema.Type.HasFlag(JsonObjectType.String))
        {
            EmitString(value, path, schema, indent);
        }
        else if (schema.Type.HasFlag(JsonObjectType.Integer) || schema.Type.HasFlag(JsonObjectType.Number))
        {
            EmitNumber(value, path, schema, indent);
        }
        else if (schema.Type.HasFlag(JsonObjectType.Array))
        {
            EmitArray(value, path, schema, indent);
        }
        else if (schema.Type.HasFlag(JsonObjectType.Object) && schema.AdditionalPropertiesSchema is { } values)
        {
            EmitMap(value, path, schema, values, indent);
        }
    }

    private void EmitString(string value, string path, JsonSchema schema, int indent)
    {
        if (schema.Format is "uuid" or "date-time")
        {
            // Guid and DateTimeOffset, read through the RFC 3339 converter; a date-time's pattern is checked on read by
            // its own converter (see PatternTimestampConverter), as the parsed value no longer has the text.
            return;
        }

        if (schema.Format == "uri")
        {
            // NJsonSchema types uri as System.Uri, which also holds relative references, and IRIs, and (on Unix) takes
            // "/path" for an absolute file URI; the format wants an RFC 3986 URI, with a scheme.
            value += ".OriginalString";
            Check(indent, $"!{_root}.OnexValidation.IsUri({value})", path, "must be an absolute URI (RFC 3986)");
        }

        if (schema.MinLength is { } min)
        {
            Check(indent, $"{_root}.OnexValidation.Length({value}) < {min}", path, $"must be at least {Characters(min)} long");
        }

        if (schema.MaxLength is { } max)
        {
            Check(indent, $"{_root}.OnexValidation.Length({value}) > {max}", path, $"must be at most {Characters(max)} long");
        }

        if (!string.IsNullOrEmpty(schema.Pattern))
        {
            _patterns.Add(schema.Pattern);
            Check(indent, $"!Pattern{_patterns.Count - 1}().IsMatch({value})", path, $"must match the pattern {schema.Pattern}");
        }
    }

    private void EmitNumber(string value, string path, JsonSchema schema, int indent)
    {
        var literal = schema.Type.HasFlag(JsonObjectType.Integer) ? (Func<decimal, string>)IntegerLiteral : DoubleLiteral;
        if (schema.Minimum is { } minimum)
        {
            var exclusive = schema.IsExclusiveMinimum;
            Check(indent, $"{value} {(exclusive ? "<=" : "<")} {literal(minimum)}", path, $"must be {(exclusive ? "greater than" : "at least")} {Number(minimum)}");
        }

        if (schema.ExclusiveMinimum is { } exclusiveMinimum)
        {
            Check(indent, $"{value} <= {literal(exclusiveMinimum)}", path, $"must be greater than {Number(exclusiveMinimum)}");
        }

        if (schema.Maximum is { } maximum)
        {
            var exclusive = schema.IsExclusiveMaximum;
            Check(indent, $"{value} {(exclusive ? ">=" : ">")} {literal(maximum)}", path, $"must be {(exclusive ? "less than" : "at most")} {Number(maximum)}");
        }

        if (schema.ExclusiveMaximum is { } exclusiveMaximum)
        {
            Check(indent, $"{value} >= {literal(exclusiveMaximum)}", path, $"must be less than {Number(exclusiveMaximum)}");
        }

        if (schema.MultipleOf is { } multipleOf)
        {
            Check(indent, $"!{_root}.OnexValidation.IsMultipleOf({value}, {DoubleLiteral(multipleOf)})", path, $"must be a multiple of {Number(multipleOf)}");
        }
    }

    private void EmitArray(string value, string path, JsonSchema schema, int indent)
    {
        if (schema.MinItems > 0)
        {
            Check(indent, $"{value}.Count < {schema.MinItems}", path, $"must have at least {Plural(schema.MinItems, "item")}");
        }

        if (schema.MaxItems > 0)
        {
            Check(indent, $"{value}.Count > {schema.MaxItems}", path, $"must have at most {Plural(schema.MaxItems, "item")}");
        }

        if (schema.UniqueItems)
        {
            Check(indent, $"!{_root}.OnexValidation.AreUnique({value})", path, "must not contain the same item twice");
        }

        if (schema.Item is { } item && (NeedsChecks(item) || IsReference(item)))
        {
            var index = "i" + _depth.ToString(CultureInfo.InvariantCulture);
            _depth++;
            Separate();
            Line(indent, $"for (var {index} = 0; {index} < {value}.Count; {index}++)");
            Line(indent, "{");
            EmitItem($"{value}[{index}]", $"{path} + \"/\" + {index}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)", item, indent + 1);
            Line(indent, "}");
            _depth--;
        }
    }

    // An item or map value: the types say it is not null, but System.Text.Json does not hold collection contents to
    // nullable annotations, so a JSON null arrives as a null reference; the schema's type admits no null.
    private void EmitItem(string value, string path, JsonSchema item, int indent)
    {
        if (!IsReference(item))
        {
            EmitValue(value, path, item, indent);
            return;
        }

        Check(indent, $"{value} is null", path, "must not be null");
        if (NeedsChecks(item))
        {
            Line(indent, "else");
            Line(indent, "{");
            EmitValue(value, path, item, indent + 1);
            Line(indent, "}");
        }
    }

    private void EmitMap(string value, string path, JsonSchema schema, JsonSchema values, int indent)
    {
        if (schema.MinProperties > 0)
        {
            Check(indent, $"{value}.Count < {schema.MinProperties}", path, $"must have at least {Plural(schema.MinProperties, "member")}");
        }

        if (schema.MaxProperties > 0)
        {
            Check(indent, $"{value}.Count > {schema.MaxProperties}", path, $"must have at most {Plural(schema.MaxProperties, "member")}");
        }

        if (NeedsChecks(values) || IsReference(values))
        {
            var entry = "entry" + _depth.ToString(CultureInfo.InvariantCulture);
            _depth++;
            Separate();
            Line(indent, $"foreach (var {entry} in {value})");
            Line(indent, "{");
            EmitItem($"{entry}.Value", $"{path} + \"/\" + {_root}.OnexValidation.EscapePointer({entry}.Key)", values, indent + 1);
            Line(indent, "}");
            _depth--;
        }
    }

    private bool NeedsChecks(JsonSchema declared)
    {
        var schema = declared.ActualSchema;
        if (schema.IsEnumeration)
        {
            return false;
        }

        if (_names.NameOf(schema) is not null && schema.Type.HasFlag(JsonObjectType.Object))
        {
            return true;
        }

        return schema.MinLength is not null || schema.MaxLength is not null || !string.IsNullOrEmpty(schema.Pattern) || schema.Format == "uri"
            || schema.Minimum is not null || schema.Maximum is not null || schema.ExclusiveMinimum is not null || schema.ExclusiveMaximum is not null || schema.MultipleOf is not null
            || schema.MinItems > 0 || schema.MaxItems > 0 || schema.UniqueItems || (schema.Item is { } item && (NeedsChecks(item) || IsReference(item)))
            || schema.MinProperties > 0 || schema.MaxProperties > 0 || (schema.AdditionalPropertiesSchema is { } values && (NeedsChecks(values) || IsReference(values)));
    }

    /// <summary>True when the C# type of <paramref name="declared"/> is a reference type: strings (but uuid and date-time), records, lists, maps.</summary>
    private static bool IsReference(JsonSchema declared)
    {
        var schema = declared.ActualSchema;
        if (schema.IsEnumeration)
        {
            return false;
        }

        return schema.Type.HasFlag(JsonObjectType.String) ? schema.Format is not ("uuid" or "date-time")
            : schema.Type.HasFlag(JsonObjectType.Object) || schema.Type.HasFlag(JsonObjectType.Array);
    }

    /// <summary>
    /// A schema pattern with ECMA-262's meaning in .NET: with <c>RegexOptions.ECMAScript</c> (ASCII <c>\d</c>, <c>\w</c>,
    /// <c>\s</c>), and every <c>$</c> outside a class as <c>\z</c>: without the multiline flag ECMA-262's <c>$</c> matches
    /// only at the end of the input, where .NET's also matches before a final newline.
    /// </summary>
    internal static string EcmaScript(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                builder.Append(c).Append(pattern[++i]);
            }
            else if (inClass)
            {
                inClass = c != ']';
                builder.Append(c);
            }
            else if (c == '[')
            {
                inClass = true;
                builder.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    builder.Append(pattern[++i]);
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    builder.Append(pattern[++i]); // a leading ']' is a member in .NET
                }
            }
            else
            {
                builder.Append(c == '$' ? "\\z" : c.ToString());
            }
        }

        return builder.ToString();
    }

    private void Check(int indent, string condition, string path, string message)
    {
        Separate();
        Line(indent, $"if ({condition})");
        Line(indent, "{");
        Line(indent + 1, $"errors.Add(new {_root}.OnexValidationError({path}, \"{message.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"));");
        Line(indent, "}");
    }

    // A blank line between statements, none after an opening brace: the layout a person would write.
    private void Separate()
    {
        var afterOpeningBrace = _body.Length >= 2 && _body[^2] == '{' && _body[^1] == '\n';
        if (_body.Length > 0 && !afterOpeningBrace)
        {
            _body.Append('\n');
        }
    }

    private void Line(int indent, string text)
    {
        if (text.Length == 0)
        {
            _body.Append('\n');
            return;
        }

        _body.Append(' ', indent * 4).Append(text).Append('\n');
    }

    private static string Local(string name)
    {
        var pascal = CSharpNames.Pascal(name);
        return "value" + pascal;
    }

    private static string EscapePointer(string token) => token.Replace("~", "~0").Replace("/", "~1").Replace("\"", "\\\"");

    private static string IntegerLiteral(decimal value) => decimal.Truncate(value) == value
        ? value.ToString("0", CultureInfo.InvariantCulture) + "L"
        : DoubleLiteral(value);

    private static string DoubleLiteral(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "d";

    private static string Characters(int count) => Plural(count, "character");

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
