using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// Proposes small values a writer view may accept: its examples, its allowed values, and values built from its
/// keywords (required members only, the shortest strings, numbers at the bounds). Callers keep only what
/// <see cref="WriterView.Accepts"/> confirms, so a proposal never needs to be right, only likely.
/// </summary>
internal static class InstanceSynthesizer
{
    private const int MaxDepth = 8;

    // Proposals one request may make in all: a schema that requires itself (an object whose required member has the
    // object's own schema) has no finite instance, and the search must give up rather than explore every branch.
    private const int Budget = 400;

    /// <summary>Values <paramref name="writer"/> confirms it accepts, smallest first where it can tell.</summary>
    public static IEnumerable<JsonNode?> Accepted(WriterView writer, int limit = 4)
    {
        var found = 0;
        var budget = new SearchBudget(Budget);
        foreach (var candidate in Propose(writer, 0, budget))
        {
            if (writer.Accepts(ToElement(candidate)) == Truth.True)
            {
                yield return candidate;
                if (++found == limit)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>The first value <paramref name="writer"/> confirms, or <see langword="false"/>.</summary>
    public static bool TryCreate(WriterView writer, out JsonNode? value)
    {
        foreach (var candidate in Accepted(writer, limit: 1))
        {
            value = candidate;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The node as a <see cref="JsonElement"/>, for evaluation.</summary>
    public static JsonElement ToElement(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }

    /// <summary>A deep copy of <paramref name="node"/>.</summary>
    public static JsonNode? Copy(JsonNode? node) => node?.DeepClone();

    private static IEnumerable<JsonNode?> Propose(WriterView writer, int depth, SearchBudget budget)
    {
        foreach (var candidate in ProposeAll(writer, depth, budget))
        {
            if (--budget.Value < 0)
            {
                yield break;
            }

            yield return candidate;
        }
    }

    private static IEnumerable<JsonNode?> ProposeAll(WriterView writer, int depth, SearchBudget budget)
    {
        if (writer.IsEmpty || depth > MaxDepth || budget.Value <= 0)
        {
            yield break;
        }

        if (writer.FiniteValues() is { } values)
        {
            foreach (var value in values)
            {
                yield return JsonNode.Parse(value.GetRawText());
            }

            yield break;
        }

        foreach (var example in writer.Examples)
        {
            yield return JsonNode.Parse(example.GetRawText());
        }

        foreach (var single in InstanceTypeNames.Singles)
        {
            if ((writer.Types & single) == 0)
            {
                continue;
            }

            foreach (var candidate in OfType(writer, single, depth, budget))
            {
                yield return candidate;
            }
        }

        // A writer that is one branch of a oneOf or anyOf: build from each branch.
        foreach (var group in writer.Disjunctions().Take(1))
        {
            foreach (var branch in group)
            {
                foreach (var candidate in Propose(writer.With(branch), depth + 1, budget).Take(3))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static IEnumerable<JsonNode?> OfType(WriterView writer, InstanceTypes single, int depth, SearchBudget budget) => single switch
    {
        InstanceTypes.Object => Objects(writer, depth, budget),
        InstanceTypes.Array => Arrays(writer, depth, budget),
        InstanceTypes.String => Strings(writer),
        InstanceTypes.Integer => Numbers(writer, integer: true),
        InstanceTypes.Fraction => Numbers(writer, integer: false),
        InstanceTypes.Boolean => [JsonValue.Create(true), JsonValue.Create(false)],
        _ => [null],
    };

    private static IEnumerable<JsonNode?> Objects(WriterView writer, int depth, SearchBudget budget)
    {
        var required = writer.Required();
        var minimal = new JsonObject();
        foreach (var name in writer.DeclaredNames().Where(required.Contains).Concat(required.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            if (writer.Member(name) is not { } member || !TryFirst(member, depth, budget, out var value))
            {
                yield break;
            }

            minimal[name] = value;
        }

        // minProperties beyond the required names: add declared optional ones.
        foreach (var name in writer.DeclaredNames())
        {
            if (minimal.Count >= writer.MinProperties)
            {
                break;
            }

            if (!minimal.ContainsKey(name) && writer.Member(name) is { } member && TryFirst(member, depth, budget, out var value))
            {
                minimal[name] = value;
            }
        }

        yield return minimal;
    }

    private static bool TryFirst(WriterView writer, int depth, SearchBudget budget, out JsonNode? value)
    {
        foreach (var candidate in Propose(writer, depth + 1, budget).Take(24))
        {
            if (writer.Accepts(ToElement(candidate)) == Truth.True)
            {
                value = candidate;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static IEnumerable<JsonNode?> Arrays(WriterView writer, int depth, SearchBudget budget)
    {
        var array = new JsonArray();
        var length = Math.Max(writer.MinItems, 0);
        if (length > 1_000)
        {
            yield break;
        }

        for (var i = 0; i < length; i++)
        {
            if (!TryFirst(writer.Item(i), depth, budget, out var item))
            {
                yield break;
            }

            array.Add(item);
        }

        yield return array;
    }

    private static IEnumerable<JsonNode?> Strings(WriterView writer)
    {
        foreach (var conjunct in writer.Conjuncts)
        {
            if (conjunct.Format is { } format && Formats.Sample(format) is { } sample)
            {
                yield return JsonValue.Create(sample);
            }
        }

        var length = writer.MinLength;
        if (length > 10_000)
        {
            yield break;
        }

        foreach (var unit in new[] { "a", "0", "A", "x", "-", " " })
        {
            yield return JsonValue.Create(string.Concat(Enumerable.Repeat(unit, Math.Max(length, unit == "a" ? 0 : 1))));
        }

        foreach (var conjunct in writer.Conjuncts)
        {
            if (conjunct.Pattern is { } pattern && LiteralOf(pattern) is { Length: > 0 } literal)
            {
                yield return JsonValue.Create(literal.PadRight(length, 'a'));
            }
        }
    }

    /// <summary>The literal text a pattern spells when stripped of anchors, or null when it has other syntax.</summary>
    public static string? LiteralOf(string pattern)
    {
        var text = pattern.TrimStart('^').TrimEnd('$');
        return text.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or ' ' or ':' or '@') ? text : null;
    }

    private static IEnumerable<JsonNode?> Numbers(WriterView writer, bool integer)
    {
        var lower = writer.Lower();
        var upper = writer.Upper();
        var candidates = new List<double> { 0, 1, -1 };
        if (lower is { } low)
        {
            candidates.Add(low.Exclusive ? (integer ? Math.Floor(low.Value) + 1 : low.Value + 0.5) : integer ? Math.Ceiling(low.Value) : low.Value);
        }

        if (upper is { } high)
        {
            candidates.Add(high.Exclusive ? (integer ? Math.Ceiling(high.Value) - 1 : high.Value - 0.5) : integer ? Math.Floor(high.Value) : high.Value);
        }

        foreach (var divisor in writer.Divisors)
        {
            var start = lower?.Value ?? 0;
            candidates.Add((double)(Math.Ceiling((decimal)Math.Clamp(start, -1e15, 1e15) / divisor) * divisor));
        }

        foreach (var candidate in candidates)
        {
            var value = integer ? Math.Round(candidate) : candidate == Math.Floor(candidate) ? candidate + 0.5 : candidate;
            yield return integer && Math.Abs(value) < 1e15
                ? JsonValue.Create((long)value)
                : JsonNode.Parse(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A counter shared down one search.</summary>
    private sealed class SearchBudget(int value)
    {
        public int Value = value;
    }
}
