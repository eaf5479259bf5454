using System.Globalization;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>The number rules: the bounds in both drafts' forms, and <c>multipleOf</c>.</summary>
internal sealed partial class Inclusion
{
    private static void CheckNumber(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        var integersOnly = (writer.Types & InstanceTypes.Fraction) == 0;
        if (ReaderLower(reader) is { } low && !WithinLower(writer.Lower(), low, integersOnly))
        {
            breaches.Add(new Breach(reader, low.Keyword,
                $"the writer allows numbers {(writer.Lower() is { } w ? $"from {Show(w.Value)}" : "of any size")}; the reader needs {(low.Exclusive ? "more than" : "at least")} {Show(low.Value)}",
                true, trail, _ => Around(low.Value, below: true)));
        }

        if (ReaderUpper(reader) is { } high && !WithinUpper(writer.Upper(), high, integersOnly))
        {
            breaches.Add(new Breach(reader, high.Keyword,
                $"the writer allows numbers {(writer.Upper() is { } w ? $"up to {Show(w.Value)}" : "of any size")}; the reader needs {(high.Exclusive ? "less than" : "at most")} {Show(high.Value)}",
                true, trail, _ => Around(high.Value, below: false)));
        }

        if (reader.MultipleOf is { } divisor && !Divides(writer, divisor, integersOnly))
        {
            breaches.Add(new Breach(reader, "multipleOf", $"the writer allows numbers that are not multiples of {divisor.ToString(CultureInfo.InvariantCulture)}", true, trail,
                _ => NotMultiples(writer, divisor)));
        }
    }

    // The reader's stricter reading: a draft-04 "exclusiveMinimum": true makes its minimum exclusive.
    private static (double Value, bool Exclusive, string Keyword)? ReaderLower(ReaderSchema reader)
    {
        (double, bool, string)? bound = reader.Minimum is { } min ? (min, reader.MinimumIsExclusive, reader.MinimumIsExclusive ? "exclusiveMinimum" : "minimum") : null;
        if (reader.ExclusiveMinimum is { } exclusive && (bound is not { } b || exclusive >= b.Item1))
        {
            bound = (exclusive, true, "exclusiveMinimum");
        }

        return bound;
    }

    private static (double Value, bool Exclusive, string Keyword)? ReaderUpper(ReaderSchema reader)
    {
        (double, bool, string)? bound = reader.Maximum is { } max ? (max, reader.MaximumIsExclusive, reader.MaximumIsExclusive ? "exclusiveMaximum" : "maximum") : null;
        if (reader.ExclusiveMaximum is { } exclusive && (bound is not { } b || exclusive <= b.Item1))
        {
            bound = (exclusive, true, "exclusiveMaximum");
        }

        return bound;
    }

    private static bool WithinLower((double Value, bool Exclusive)? writer, (double Value, bool Exclusive, string Keyword) reader, bool integersOnly)
    {
        if (writer is not { } w)
        {
            return false;
        }

        if (integersOnly)
        {
            // The smallest integer the writer allows, against the smallest the reader allows.
            var writerSmallest = w.Exclusive ? Math.Floor(w.Value) + 1 : Math.Ceiling(w.Value);
            var readerSmallest = reader.Exclusive ? Math.Floor(reader.Value) + 1 : Math.Ceiling(reader.Value);
            return writerSmallest >= readerSmallest;
        }

        return w.Value > reader.Value || (w.Value == reader.Value && (!reader.Exclusive || w.Exclusive));
    }

    private static bool WithinUpper((double Value, bool Exclusive)? writer, (double Value, bool Exclusive, string Keyword) reader, bool integersOnly)
    {
        if (writer is not { } w)
        {
            return false;
        }

        if (integersOnly)
        {
            var writerLargest = w.Exclusive ? Math.Ceiling(w.Value) - 1 : Math.Floor(w.Value);
            var readerLargest = reader.Exclusive ? Math.Ceiling(reader.Value) - 1 : Math.Floor(reader.Value);
            return writerLargest <= readerLargest;
        }

        return w.Value < reader.Value || (w.Value == reader.Value && (!reader.Exclusive || w.Exclusive));
    }

    // With a fractional divisor, validators that divide in floating point refuse some exact multiples (0.3 by 0.1),
    // so only the writer's very own divisor proves anything; with a whole divisor, exact divisibility does.
    private static bool Divides(WriterView writer, decimal divisor, bool integersOnly)
    {
        if (divisor != decimal.Truncate(divisor))
        {
            return writer.Divisors.Any(own => own == divisor);
        }

        return (integersOnly && divisor == 1) || writer.Divisors.Any(own => own == decimal.Truncate(own) && own % divisor == 0);
    }

    private static IEnumerable<Mutation> Around(double bound, bool below)
    {
        var step = below ? -1 : 1;
        foreach (var value in new[] { bound, bound + step, bound + step * 0.5, Math.Round(bound) + step, bound + step * 1e6 })
        {
            yield return Mutation.Replace(Number(value));
        }
    }

    private static IEnumerable<Mutation> NotMultiples(WriterView writer, decimal divisor)
    {
        var candidates = new List<decimal> { divisor / 2, divisor + 1, 1, 0.5m, divisor * 1.5m };
        candidates.AddRange(writer.Divisors);
        candidates.AddRange(writer.Divisors.Select(own => own * 3));
        foreach (var candidate in candidates)
        {
            yield return Mutation.Replace(JsonNode.Parse(candidate.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static JsonNode? Number(double value) =>
        Math.Floor(value) == value && Math.Abs(value) < 1e15
            ? JsonValue.Create((long)value)
            : JsonNode.Parse(value.ToString("R", CultureInfo.InvariantCulture));

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
