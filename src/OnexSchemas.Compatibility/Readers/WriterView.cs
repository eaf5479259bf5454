using System.Text.Json;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// What the writing schema says about the instances at one place: the conjunction of its schemas there (a schema,
/// its <c>allOf</c> branches and <c>$ref</c> targets, flattened, and any restriction a case split added), with the
/// facts every reader rule needs folded once. Ignoring a writer constraint can only make the writer accept more, so
/// every approximation here errs on the safe side: the reader verdict may call a change breaking that is not, never
/// the reverse.
/// </summary>
internal sealed class WriterView
{
    private static readonly ReaderSchema Anything = new();
    private static readonly JsonElement NullValue = JsonDocument.Parse("null").RootElement.Clone();
    private readonly ReaderSchema[] _conjuncts;
    private HashSet<string>? _required;
    private List<string>? _declared;

    private WriterView(ReaderSchema[] conjuncts, InstanceTypes restriction)
    {
        _conjuncts = conjuncts;
        Restriction = restriction;
        var types = restriction;
        foreach (var conjunct in conjuncts)
        {
            types &= TypesOf(conjunct, 0);
        }

        Types = types;
    }

    /// <summary>The schemas whose conjunction this is.</summary>
    public IReadOnlyList<ReaderSchema> Conjuncts => _conjuncts;

    /// <summary>A type restriction from a case split; <see cref="InstanceTypes.All"/> when none.</summary>
    public InstanceTypes Restriction { get; }

    /// <summary>The kinds of instance the writer may produce here.</summary>
    public InstanceTypes Types { get; }

    /// <summary>No instance satisfies the writer here.</summary>
    public bool IsEmpty => Types == InstanceTypes.None;

    /// <summary>The view of one schema.</summary>
    public static WriterView Of(ReaderSchema schema) => Of([schema]);

    /// <summary>The view of the conjunction of <paramref name="schemas"/>.</summary>
    public static WriterView Of(IEnumerable<ReaderSchema> schemas, InstanceTypes restriction = InstanceTypes.All)
    {
        var flat = new List<ReaderSchema>();
        var seen = new HashSet<ReaderSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in schemas)
        {
            Flatten(schema, flat, seen);
        }

        if (flat.Count == 0)
        {
            flat.Add(Anything);
        }

        return new WriterView([.. flat], restriction);
    }

    /// <summary>This view with one more schema in the conjunction.</summary>
    public WriterView With(ReaderSchema schema) => Of([.. _conjuncts, schema], Restriction);

    /// <summary>This view restricted to the kinds in <paramref name="types"/>.</summary>
    public WriterView Restrict(InstanceTypes types) => new(_conjuncts, Restriction & types);

    /// <summary>Whether the writer instance <paramref name="value"/> passes every conjunct (unknown when one cannot tell).</summary>
    public Truth Accepts(JsonElement value)
    {
        if ((InstanceTypeNames.Of(value) & Restriction) == 0)
        {
            return Truth.False;
        }

        var result = Truth.True;
        foreach (var conjunct in _conjuncts)
        {
            result = TruthLogic.And(result, InstanceEvaluator.Evaluate(conjunct, value));
            if (result == Truth.False)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// The finite set of values the writer allows, when a conjunct has <c>enum</c> or <c>const</c>: the first such
    /// list, without the values another conjunct certainly refuses. Null when the writer is not finite here.
    /// </summary>
    public IReadOnlyList<JsonElement>? FiniteValues()
    {
        foreach (var conjunct in _conjuncts)
        {
            if (conjunct.Values is { } values)
            {
                return [.. values.Where(value => Accepts(value) != Truth.False)];
            }
        }

        if (Types == InstanceTypes.Null)
        {
            return [NullValue];
        }

        return null;
    }

    /// <summary>The <c>anyOf</c> and <c>oneOf</c> groups of the conjuncts: the writer satisfies one branch of each.</summary>
    public IEnumerable<ReaderSchema[]> Disjunctions()
    {
        foreach (var conjunct in _conjuncts)
        {
            if (conjunct.AnyOf is { } anyOf)
            {
                yield return anyOf;
            }

            if (conjunct.OneOf is { } oneOf)
            {
                yield return oneOf;
            }
        }
    }

    /// <summary>The largest <c>minLength</c>.</summary>
    public int MinLength => _conjuncts.Max(conjunct => conjunct.MinLength ?? 0);

    /// <summary>The smallest <c>maxLength</c>, or null.</summary>
    public int? MaxLength => Min(_conjuncts.Select(conjunct => conjunct.MaxLength));

    /// <summary>Whether a conjunct has exactly this <c>pattern</c>.</summary>
    public bool HasPattern(string pattern) => _conjuncts.Any(conjunct => string.Equals(conjunct.Pattern, pattern, StringComparison.Ordinal));

    /// <summary>Whether any conjunct has a <c>pattern</c>.</summary>
    public bool HasAnyPattern => _conjuncts.Any(conjunct => conjunct.Pattern is not null);

    /// <summary>Whether a conjunct has exactly this <c>format</c>.</summary>
    public bool HasFormat(string format) => _conjuncts.Any(conjunct => string.Equals(conjunct.Format, format, StringComparison.Ordinal));

    /// <summary>
    /// The writer's lower bound on numbers: the largest, and whether it excludes its value. The draft-04 boolean
    /// form counts as inclusive here (the looser reading) and as exclusive on the reader side (the stricter), so the
    /// verdict holds whichever way a validator reads it.
    /// </summary>
    public (double Value, bool Exclusive)? Lower()
    {
        (double Value, bool Exclusive)? bound = null;
        foreach (var conjunct in _conjuncts)
        {
            bound = Tighter(bound, conjunct.Minimum is { } min ? (min, false) : null, lower: true);
            bound = Tighter(bound, conjunct.ExclusiveMinimum is { } exclusive ? (exclusive, true) : null, lower: true);
        }

        return bound;
    }

    /// <summary>The writer's upper bound on numbers; see <see cref="Lower"/>.</summary>
    public (double Value, bool Exclusive)? Upper()
    {
        (double Value, bool Exclusive)? bound = null;
        foreach (var conjunct in _conjuncts)
        {
            bound = Tighter(bound, conjunct.Maximum is { } max ? (max, false) : null, lower: false);
            bound = Tighter(bound, conjunct.ExclusiveMaximum is { } exclusive ? (exclusive, true) : null, lower: false);
        }

        return bound;
    }

    /// <summary>Every <c>multipleOf</c> of the conjuncts.</summary>
    public IEnumerable<decimal> Divisors => _conjuncts.Where(conjunct => conjunct.MultipleOf is not null).Select(conjunct => conjunct.MultipleOf!.Value);

    /// <summary>The names any conjunct requires (folded once: the rules ask often).</summary>
    public IReadOnlySet<string> Required() => _required ??= FoldRequired();

    /// <summary>The names any conjunct declares in <c>properties</c>, in first-seen order (folded once).</summary>
    public IReadOnlyList<string> DeclaredNames() => _declared ??= FoldDeclaredNames();

    private HashSet<string> FoldRequired()
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var conjunct in _conjuncts)
        {
            if (conjunct.Required is { } names)
            {
                required.UnionWith(names);
            }
        }

        return required;
    }

    private List<string> FoldDeclaredNames()
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var conjunct in _conjuncts)
        {
            foreach (var (name, _) in conjunct.Properties ?? [])
            {
                if (seen.Add(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// The writer's schema for the value of member <paramref name="name"/>: in each conjunct its declared schema, the
    /// <c>patternProperties</c> it matches, or else <c>additionalProperties</c>. A pattern that cannot be evaluated
    /// on the name drops that conjunct's <c>additionalProperties</c> (it might not apply), which only loosens the writer.
    /// </summary>
    public WriterView Member(string name)
    {
        var schemas = new List<ReaderSchema>();
        foreach (var conjunct in _conjuncts)
        {
            var covered = false;
            var undecided = false;
            if (conjunct.Property(name) is { } declared)
            {
                schemas.Add(declared);
                covered = true;
            }

            foreach (var (pattern, schema) in conjunct.PatternProperties ?? [])
            {
                switch (InstanceEvaluator.Matches(pattern, name))
                {
                    case Truth.True:
                        schemas.Add(schema);
                        covered = true;
                        break;
                    case Truth.Unknown:
                        undecided = true;
                        break;
                }
            }

            if (!covered && !undecided && conjunct.AdditionalProperties is { } additional)
            {
                schemas.Add(additional);
            }
        }

        return Of(schemas);
    }

    /// <summary>The writer's schemas for members no conjunct declares nor matches by pattern: every <c>additionalProperties</c>.</summary>
    public WriterView Extra() => Of(_conjuncts.Where(conjunct => conjunct.AdditionalProperties is not null).Select(conjunct => conjunct.AdditionalProperties!));

    /// <summary>Every <c>patternProperties</c> entry of the conjuncts.</summary>
    public IEnumerable<KeyValuePair<string, ReaderSchema>> Patterns => _conjuncts.SelectMany(conjunct => conjunct.PatternProperties ?? []);

    /// <summary>Every <c>propertyNames</c> schema of the conjuncts.</summary>
    public IEnumerable<ReaderSchema> NameSchemas => _conjuncts.Where(conjunct => conjunct.PropertyNames is not null).Select(conjunct => conjunct.PropertyNames!);

    /// <summary>The largest <c>minProperties</c>, at least the number of required names.</summary>
    public int MinProperties => Math.Max(_conjuncts.Max(conjunct => conjunct.MinProperties ?? 0), Required().Count);

    /// <summary>
    /// The most members a writer object may have: the smallest <c>maxProperties</c>, or the declared names of a
    /// conjunct closed by <c>"additionalProperties": false</c> without patterns. Null when unbounded.
    /// </summary>
    public int? MaxProperties
    {
        get
        {
            var max = Min(_conjuncts.Select(conjunct => conjunct.MaxProperties));
            foreach (var conjunct in _conjuncts)
            {
                if (conjunct.AdditionalProperties is { IsFalse: true } && conjunct.PatternProperties is null)
                {
                    var declared = conjunct.Properties?.Count ?? 0;
                    max = max is null ? declared : Math.Min(max.Value, declared);
                }
            }

            return max;
        }
    }

    /// <summary>The writer's schema for the item at <paramref name="index"/> (<c>items</c>, a tuple position or <c>additionalItems</c>).</summary>
    public WriterView Item(int index)
    {
        var schemas = new List<ReaderSchema>();
        foreach (var conjunct in _conjuncts)
        {
            if (conjunct.TupleItems is { } tuple)
            {
                if (index < tuple.Length)
                {
                    schemas.Add(tuple[index]);
                }
                else if (conjunct.AdditionalItems is { } additional)
                {
                    schemas.Add(additional);
                }
            }
            else if (conjunct.Items is { } items)
            {
                schemas.Add(items);
            }
        }

        return Of(schemas);
    }

    /// <summary>The longest tuple among the conjuncts.</summary>
    public int TupleLength => _conjuncts.Max(conjunct => conjunct.TupleItems?.Length ?? 0);

    /// <summary>The largest <c>minItems</c>.</summary>
    public int MinItems => _conjuncts.Max(conjunct => conjunct.MinItems ?? 0);

    /// <summary>The most items a writer array may have, or null when unbounded.</summary>
    public int? MaxItems
    {
        get
        {
            var max = Min(_conjuncts.Select(conjunct => conjunct.MaxItems));
            foreach (var conjunct in _conjuncts)
            {
                if (conjunct.TupleItems is { } tuple && conjunct.AdditionalItems is { IsFalse: true })
                {
                    max = max is null ? tuple.Length : Math.Min(max.Value, tuple.Length);
                }
            }

            return max;
        }
    }

    /// <summary>Whether a conjunct demands <c>uniqueItems</c>.</summary>
    public bool UniqueItems => _conjuncts.Any(conjunct => conjunct.UniqueItems);

    /// <summary>Every <c>contains</c> schema of the conjuncts.</summary>
    public IEnumerable<ReaderSchema> ContainsSchemas => _conjuncts.Where(conjunct => conjunct.Contains is not null).Select(conjunct => conjunct.Contains!);

    /// <summary>Examples declared on the conjuncts, as seeds for counterexamples.</summary>
    public IEnumerable<JsonElement> Examples => _conjuncts.SelectMany(conjunct => conjunct.Examples ?? []);

    /// <summary>
    /// The kinds a schema admits: its <c>type</c>, the kinds of its <c>enum</c> or <c>const</c> values, and, through
    /// its combinators, the kinds its branches admit. Deep or cyclic schemas stop at a depth and admit everything.
    /// </summary>
    private static InstanceTypes TypesOf(ReaderSchema schema, int depth)
    {
        if (schema.IsFalse)
        {
            return InstanceTypes.None;
        }

        if (schema.CachedTypes is { } cached)
        {
            return cached;
        }

        var types = schema.Types;
        if (schema.Values is { } values)
        {
            var valueTypes = InstanceTypes.None;
            foreach (var value in values)
            {
                valueTypes |= InstanceTypeNames.Of(value);
            }

            types &= valueTypes;
        }

        // "not": {} (or true) refuses everything.
        if (schema.Not is { IsTrivial: true })
        {
            types = InstanceTypes.None;
        }

        if (depth < 8)
        {
            foreach (var branch in schema.AllOf ?? [])
            {
                types &= TypesOf(branch, depth + 1);
            }

            foreach (var group in new[] { schema.AnyOf, schema.OneOf })
            {
                if (group is not null)
                {
                    var union = InstanceTypes.None;
                    foreach (var branch in group)
                    {
                        union |= TypesOf(branch, depth + 1);
                    }

                    types &= union;
                }
            }

            schema.CachedTypes = types;
        }

        return types;
    }

    private static void Flatten(ReaderSchema schema, List<ReaderSchema> flat, HashSet<ReaderSchema> seen)
    {
        if (!seen.Add(schema))
        {
            return;
        }

        flat.Add(schema);
        foreach (var branch in schema.AllOf ?? [])
        {
            Flatten(branch, flat, seen);
        }
    }

    private static int? Min(IEnumerable<int?> values)
    {
        int? min = null;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                min = min is null ? v : Math.Min(min.Value, v);
            }
        }

        return min;
    }

    private static (double Value, bool Exclusive)? Tighter((double Value, bool Exclusive)? current, (double Value, bool Exclusive)? candidate, bool lower)
    {
        if (candidate is not { } c)
        {
            return current;
        }

        if (current is not { } b)
        {
            return c;
        }

        if (c.Value == b.Value)
        {
            return (b.Value, b.Exclusive || c.Exclusive);
        }

        return lower ? (c.Value > b.Value ? c : b) : (c.Value < b.Value ? c : b);
    }
}
