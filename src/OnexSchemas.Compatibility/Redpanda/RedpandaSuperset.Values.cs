using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

internal sealed partial class RedpandaSuperset
{
    // A bound the reader has and the writer lacks is "added" unless it equals the keyword's default, which is how
    // Redpanda makes {"minLength": 0} the same as no minLength (Confluent reports MIN_LENGTH_ADDED).
    private static void NumericKeyword(
        RedpandaSchema reader, RedpandaSchema writer, string keyword, Func<double, double, bool> holds,
        SchemaChangeType changed, SchemaChangeType added, string p, List<SchemaChange> res, double? defaultValue = null)
    {
        var readerValue = NumberOf(reader, writer, keyword, reader);
        var writerValue = NumberOf(reader, writer, keyword, writer);
        if (readerValue is { } r && writerValue is { } w)
        {
            if (!holds(r, w))
            {
                res.Add(new SchemaChange(changed, RedpandaPath.Join(p, keyword)));
            }
        }
        else if (readerValue is { } only && (defaultValue is not { } d || only != d))
        {
            res.Add(new SchemaChange(added, RedpandaPath.Join(p, keyword)));
        }
    }

    private static double? NumberOf(RedpandaSchema reader, RedpandaSchema writer, string keyword, RedpandaSchema schema)
    {
        if (!schema.TryGet(keyword, out var value))
        {
            return null;
        }

        return LosslessDouble(value) ?? throw RedpandaRefusal.Invalid(
            $"is_numeric_property_value_superset-{keyword} not implemented for type {value.ValueKind}. input: older: '{reader.GetRawText()}', newer: '{writer.GetRawText()}'");
    }

    // Redpanda reads numbers as doubles and refuses an integer a double cannot hold exactly (beyond 2^53).
    private static double? LosslessDouble(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetInt64(out var whole))
        {
            var asDouble = (double)whole;
            return asDouble is >= -9.2233720368547758E18 and < 9.2233720368547758E18 && (long)asDouble == whole ? asDouble : null;
        }

        if (value.TryGetUInt64(out var unsigned))
        {
            var asDouble = (double)unsigned;
            return asDouble < 1.8446744073709552E19 && (ulong)asDouble == unsigned ? asDouble : null;
        }

        return value.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;
    }

    private static void StringSuperset(RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        // format is not compared.
        NumericKeyword(reader, writer, "minLength", (r, w) => r <= w, SchemaChangeType.MinLengthIncreased, SchemaChangeType.MinLengthAdded, p, res, 0);
        NumericKeyword(reader, writer, "maxLength", (r, w) => r >= w, SchemaChangeType.MaxLengthDecreased, SchemaChangeType.MaxLengthAdded, p, res);
        if (!reader.TryGet("pattern", out var readerPattern))
        {
            return;
        }

        if (!writer.TryGet("pattern", out var writerPattern))
        {
            res.Add(new SchemaChange(SchemaChangeType.PatternAdded, RedpandaPath.Join(p, "pattern")));
        }
        else if (!string.Equals(readerPattern.GetString(), writerPattern.GetString(), StringComparison.Ordinal))
        {
            // Patterns are compared as text; no regular-expression inclusion is attempted.
            res.Add(new SchemaChange(SchemaChangeType.PatternChanged, RedpandaPath.Join(p, "pattern")));
        }
    }

    private static void NumericSuperset(RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        NumericKeyword(reader, writer, "minimum", (r, w) => r <= w, SchemaChangeType.MinimumIncreased, SchemaChangeType.MinimumAdded, p, res);
        NumericKeyword(reader, writer, "maximum", (r, w) => r >= w, SchemaChangeType.MaximumDecreased, SchemaChangeType.MaximumAdded, p, res);

        // The writer's step must be a multiple of the reader's, up to three units in the last place; a widened
        // step is MULTIPLE_OF_CHANGED (Redpanda never says MULTIPLE_OF_EXPANDED).
        NumericKeyword(reader, writer, "multipleOf", (r, w) => Math.Abs(Math.IEEERemainder(w, r)) <= 3 * Ulp(w),
            SchemaChangeType.MultipleOfChanged, SchemaChangeType.MultipleOfAdded, p, res);
        ExclusiveLimit(reader, writer, "exclusiveMinimum", (r, w) => r <= w, SchemaChangeType.ExclusiveMinimumIncreased, SchemaChangeType.ExclusiveMinimumAdded, p, res);
        ExclusiveLimit(reader, writer, "exclusiveMaximum", (r, w) => r >= w, SchemaChangeType.ExclusiveMaximumDecreased, SchemaChangeType.ExclusiveMaximumAdded, p, res);
    }

    // Draft-04's boolean flags are compared as flags (true on the reader only is "added"), draft-06's numbers as
    // bounds; one of each is an error, not a verdict.
    private static void ExclusiveLimit(
        RedpandaSchema reader, RedpandaSchema writer, string keyword, Func<double, double, bool> holds,
        SchemaChangeType changed, SchemaChangeType added, string p, List<SchemaChange> res)
    {
        var hasReader = reader.TryGet(keyword, out var r);
        var hasWriter = writer.TryGet(keyword, out var w);
        if (!hasReader)
        {
            return;
        }

        var at = RedpandaPath.Join(p, keyword);
        var readerFlag = r.ValueKind is JsonValueKind.True or JsonValueKind.False;
        double? readerBound = readerFlag ? null : LosslessDouble(r) ?? throw NotBooleanOrNumber(keyword, reader);
        if (!hasWriter)
        {
            if (!readerFlag || r.ValueKind == JsonValueKind.True)
            {
                res.Add(new SchemaChange(added, at));
            }

            return;
        }

        var writerFlag = w.ValueKind is JsonValueKind.True or JsonValueKind.False;
        double? writerBound = writerFlag ? null : LosslessDouble(w) ?? throw NotBooleanOrNumber(keyword, writer);
        if (readerFlag != writerFlag)
        {
            throw RedpandaRefusal.Invalid($"is_numeric_superset-{keyword} not implemented for mixed types: older: '{reader.GetRawText()}', newer: '{writer.GetRawText()}'");
        }

        var ok = readerFlag ? r.ValueKind == w.ValueKind || r.ValueKind == JsonValueKind.False : holds(readerBound!.Value, writerBound!.Value);
        if (!ok)
        {
            res.Add(new SchemaChange(changed, at));
        }
    }

    private static RedpandaRefusal NotBooleanOrNumber(string keyword, RedpandaSchema schema) => RedpandaRefusal.Invalid(
        $"is_numeric_superset-{keyword} not implemented for types other than \"boolean\" and \"number\". input: '{schema.GetRawText()}'");

    private static double Ulp(double value)
    {
        var magnitude = Math.Abs(value);
        return double.IsFinite(magnitude) ? Math.BitIncrement(magnitude) - magnitude : double.NaN;
    }

    // Either side alone having an enum is a change, even when removing it only loosens the schema.
    private static void EnumSuperset(RedpandaSchema reader, RedpandaSchema writer, string p, List<SchemaChange> res)
    {
        var hasReader = reader.TryGet("enum", out var readerValues);
        var hasWriter = writer.TryGet("enum", out var writerValues);
        if (!hasReader && !hasWriter)
        {
            return;
        }

        var at = RedpandaPath.Join(p, "enum");
        if (!(hasReader && hasWriter) || writerValues.GetArrayLength() > readerValues.GetArrayLength())
        {
            res.Add(new SchemaChange(SchemaChangeType.EnumArrayChanged, at));
            return;
        }

        foreach (var value in writerValues.EnumerateArray())
        {
            if (!readerValues.EnumerateArray().Any(candidate => RedpandaValues.Equal(candidate, value)))
            {
                res.Add(new SchemaChange(SchemaChangeType.EnumArrayChanged, at));
                return;
            }
        }
    }
}
