using System.Globalization;
using System.Text;
using NJsonSchema;

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
    private readonly List<string> _patterns = [];
    private StringBuilder _body = new();
    private int _depth;

    public ValidationEmitter(SchemaTypeNames names)
    {
        _names = names;
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
                // The envelope is generic over its payload; a generated payload validates itself.
                Separate();
                Line(2, "if (Payload is global::Omninode.Events.IOnexValidatable payload)");
                Line(2, "{");
                Line(3, "payload.Validate(path + \"/payload\", errors);");
                Line(2, "}");
                continue;
            }

            if (!NeedsChecks(property))
            {
                continue;
            }

            var member = TypeNaming.Pascal(name);
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

        var builder = new StringBuilder();
        builder.Append($"public sealed partial record {typeName}{(isEnvelope ? "<TPayload>" : string.Empty)} : global::Omninode.Events.IOnexValidatable\n{{\n");
        builder.Append("    /// <summary>Checks what the schema states beyond the types: ranges, lengths, patterns, item counts and formats.</summary>\n");
        builder.Append("    /// <returns>Every violation, each located by its JSON pointer; empty when the value is valid.</returns>\n");
        builder.Append("    public global::System.Collections.Generic.IReadOnlyList<global::Omninode.Events.OnexValidationError> Validate()\n    {\n");
        builder.Append("        var errors = new global::System.Collections.Generic.List<global::Omninode.Events.OnexValidationError>();\n");
        builder.Append("        Validate(string.Empty, errors);\n        return errors;\n    }\n\n");
        builder.Append("    /// <inheritdoc />\n");
        builder.Append("    public void Validate(string path, global::System.Collections.Generic.ICollection<global::Omninode.Events.OnexValidationError> errors)\n    {\n");
        builder.Append(_body);
        builder.Append("    }\n");
        for (var index = 0; index < _patterns.Count; index++)
        {
            builder.Append($"\n    [global::System.Text.RegularExpressions.GeneratedRegex(@\"{_patterns[index].Replace("\"", "\"\"")}\")]\n");
            builder.Append($"    private static partial global::System.Text.RegularExpressions.Regex Pattern{index}();\n");
        }

        builder.Append("}\n");
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
            return; // Guid and DateTimeOffset, read through the RFC 3339 converter
        }

        if (schema.Format == "uri")
        {
            // NJsonSchema types uri as System.Uri, which also holds relative references; the format wants absolute ones.
            Check(indent, $"!{value}.IsAbsoluteUri", path, "must be an absolute URI");
            value += ".OriginalString";
        }

        if (schema.MinLength is { } min)
        {
            Check(indent, $"global::Omninode.Events.OnexValidation.Length({value}) < {min}", path, $"must be at least {Characters(min)} long");
        }

        if (schema.MaxLength is { } max)
        {
            Check(indent, $"global::Omninode.Events.OnexValidation.Length({value}) > {max}", path, $"must be at most {Characters(max)} long");
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
            Check(indent, $"!global::Omninode.Events.OnexValidation.IsMultipleOf({value}, {DoubleLiteral(multipleOf)})", path, $"must be a multiple of {Number(multipleOf)}");
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
            Check(indent, $"!global::Omninode.Events.OnexValidation.AreUnique({value})", path, "must not contain the same item twice");
        }

        if (schema.Item is { } item && NeedsChecks(item))
        {
            var index = "i" + _depth.ToString(CultureInfo.InvariantCulture);
            _depth++;
            Separate();
            Line(indent, $"for (var {index} = 0; {index} < {value}.Count; {index}++)");
            Line(indent, "{");
            EmitValue($"{value}[{index}]", $"{path} + \"/\" + {index}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)", item, indent + 1);
            Line(indent, "}");
            _depth--;
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

        if (NeedsChecks(values))
        {
            var entry = "entry" + _depth.ToString(CultureInfo.InvariantCulture);
            _depth++;
            Separate();
            Line(indent, $"foreach (var {entry} in {value})");
            Line(indent, "{");
            EmitValue($"{entry}.Value", $"{path} + \"/\" + global::Omninode.Events.OnexValidation.EscapePointer({entry}.Key)", values, indent + 1);
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
            || schema.MinItems > 0 || schema.MaxItems > 0 || schema.UniqueItems || (schema.Item is { } item && NeedsChecks(item))
            || schema.MinProperties > 0 || schema.MaxProperties > 0 || (schema.AdditionalPropertiesSchema is { } values && NeedsChecks(values));
    }

    private void Check(int indent, string condition, string path, string message)
    {
        Separate();
        Line(indent, $"if ({condition})");
        Line(indent, "{");
        Line(indent + 1, $"errors.Add(new global::Omninode.Events.OnexValidationError({path}, \"{message.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"));");
        Line(indent, "}");
    }

    // A blank line between statements, none after an opening brace: the layout a person would write.
    private void Separate()
    {
        if (_body.Length > 0 && !_body.ToString().EndsWith("{\n", StringComparison.Ordinal))
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
        var pascal = TypeNaming.Pascal(name);
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
