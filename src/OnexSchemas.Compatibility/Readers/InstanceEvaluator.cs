using System.Text.Json;
using OnexSchemas.Compatibility.Model;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// Evaluates an instance against a <see cref="ReaderSchema"/>, in three values: a construct it does not model, a
/// pattern .NET cannot compile, or a format it does not check makes the answer <see cref="Truth.Unknown"/>, never a
/// guess. Counterexamples are only reported when this says the writer accepts them and the reader refuses them.
/// </summary>
internal static class InstanceEvaluator
{
    private const int MaxDepth = 200;

    public static Truth Evaluate(ReaderSchema schema, JsonElement instance) => Evaluate(schema, instance, 0);

    private static Truth Evaluate(ReaderSchema schema, JsonElement instance, int depth)
    {
        if (depth > MaxDepth)
        {
            return Truth.Unknown;
        }

        if (schema.IsFalse)
        {
            return Truth.False;
        }

        var type = InstanceTypeNames.Of(instance);
        var result = TruthLogic.Of((schema.Types & type) != 0);
        if (result == Truth.False)
        {
            return result;
        }

        if (schema.Values is { } values && !values.Any(value => JsonElement.DeepEquals(value, instance)))
        {
            return Truth.False;
        }

        result = TruthLogic.And(result, type switch
        {
            InstanceTypes.String => String(schema, instance.GetString()!),
            InstanceTypes.Integer or InstanceTypes.Fraction => Number(schema, instance),
            InstanceTypes.Object => Object(schema, instance, depth),
            InstanceTypes.Array => Array(schema, instance, depth),
            _ => Truth.True,
        });
        if (result == Truth.False)
        {
            return result;
        }

        result = TruthLogic.And(result, Combinators(schema, instance, depth));
        if (result != Truth.False && schema.Unmodeled is not null)
        {
            result = Truth.Unknown;
        }

        return result;
    }

    private static Truth String(ReaderSchema schema, string value)
    {
        var length = CodePoints(value);
        if (length < (schema.MinLength ?? 0) || (schema.MaxLength is { } max && length > max))
        {
            return Truth.False;
        }

        var result = Truth.True;
        if (schema.Pattern is { } pattern)
        {
            result = TruthLogic.And(result, Matches(pattern, value));
        }

        if (schema.Format is { } format)
        {
            result = TruthLogic.And(result, Formats.Check(format, value));
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="value"/> matches <paramref name="pattern"/> (unanchored, as JSON Schema says). The
    /// pattern runs on .NET's engine, which agrees with ECMA-262 on printable ASCII text; beyond it (<c>\d</c> on
    /// other digits, <c>$</c> before a final line break, <c>.</c> on surrogate pairs) the engines differ, so such text
    /// is unknown.
    /// </summary>
    public static Truth Matches(string pattern, string value)
    {
        if (PatternCache.Get(pattern) is not { } regex || !IsPrintableAscii(value))
        {
            return Truth.Unknown;
        }

        try
        {
            return TruthLogic.Of(regex.IsMatch(value));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return Truth.Unknown;
        }
    }

    private static bool IsPrintableAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Unicode code points, as JSON Schema counts string length.</summary>
    public static int CodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static Truth Number(ReaderSchema schema, JsonElement instance)
    {
        if (!instance.TryGetDouble(out var value) || double.IsInfinity(value))
        {
            return Truth.Unknown;
        }

        if (schema.Minimum is { } min && (schema.MinimumIsExclusive ? value <= min : value < min))
        {
            return Truth.False;
        }

        if (schema.Maximum is { } max && (schema.MaximumIsExclusive ? value >= max : value > max))
        {
            return Truth.False;
        }

        if ((schema.ExclusiveMinimum is { } exclusiveMin && value <= exclusiveMin) || (schema.ExclusiveMaximum is { } exclusiveMax && value >= exclusiveMax))
        {
            return Truth.False;
        }

        if (schema.MultipleOf is { } divisor)
        {
            if (!instance.TryGetDecimal(out var exact))
            {
                return Truth.Unknown;
            }

            if (exact % divisor != 0)
            {
                return Truth.False;
            }

            // An exact multiple; a validator that divides in floating point may still refuse it (0.3 by 0.1).
            var quotient = value / (double)divisor;
            return divisor == decimal.Truncate(divisor) || quotient == Math.Floor(quotient) ? Truth.True : Truth.Unknown;
        }

        return Truth.True;
    }

    private static Truth Object(ReaderSchema schema, JsonElement instance, int depth)
    {
        var count = 0;
        var result = Truth.True;
        foreach (var member in instance.EnumerateObject())
        {
            count++;
            var declared = schema.Property(member.Name);
            var covered = declared is not null;
            var coverageUnknown = false;
            if (declared is not null)
            {
                result = TruthLogic.And(result, Evaluate(declared, member.Value, depth + 1));
            }

            if (schema.PatternProperties is { } patterns)
            {
                foreach (var (pattern, patternSchema) in patterns)
                {
                    var match = Matches(pattern, member.Name);
                    if (match == Truth.True)
                    {
                        covered = true;
                        result = TruthLogic.And(result, Evaluate(patternSchema, member.Value, depth + 1));
                    }
                    else if (match == Truth.Unknown)
                    {
                        result = TruthLogic.And(result, Truth.Unknown);
                        coverageUnknown = true;
                    }
                }
            }

            // Whether additionalProperties applies depends on a match that cannot be decided.
            if (!covered && schema.AdditionalProperties is { } additional)
            {
                var extra = Evaluate(additional, member.Value, depth + 1);
                result = TruthLogic.And(result, coverageUnknown && extra == Truth.False ? Truth.Unknown : extra);
            }

            if (schema.PropertyNames is { } names)
            {
                result = TruthLogic.And(result, Evaluate(names, NameElement(member.Name), depth + 1));
            }

            if (schema.DependentRequired is { } dependentRequired && dependentRequired.TryGetValue(member.Name, out var needed)
                && needed.Any(name => !instance.TryGetProperty(name, out _)))
            {
                return Truth.False;
            }

            if (schema.DependentSchemas is { } dependentSchemas && dependentSchemas.TryGetValue(member.Name, out var dependent))
            {
                result = TruthLogic.And(result, Evaluate(dependent, instance, depth + 1));
            }

            if (result == Truth.False)
            {
                return result;
            }
        }

        if (schema.Required is { } required && required.Any(name => !instance.TryGetProperty(name, out _)))
        {
            return Truth.False;
        }

        if (count < (schema.MinProperties ?? 0) || (schema.MaxProperties is { } max && count > max))
        {
            return Truth.False;
        }

        return result;
    }

    private static Truth Array(ReaderSchema schema, JsonElement instance, int depth)
    {
        var length = instance.GetArrayLength();
        if (length < (schema.MinItems ?? 0) || (schema.MaxItems is { } max && length > max))
        {
            return Truth.False;
        }

        var result = Truth.True;
        var contains = schema.Contains is null ? Truth.True : Truth.False;
        var index = 0;
        var items = new List<JsonElement>(length);
        foreach (var item in instance.EnumerateArray())
        {
            items.Add(item);
            var itemSchema = schema.TupleItems is { } tuple
                ? index < tuple.Length ? tuple[index] : schema.AdditionalItems
                : schema.Items;
            if (itemSchema is not null)
            {
                result = TruthLogic.And(result, Evaluate(itemSchema, item, depth + 1));
                if (result == Truth.False)
                {
                    return result;
                }
            }

            if (schema.Contains is { } wanted && contains != Truth.True)
            {
                var found = Evaluate(wanted, item, depth + 1);
                contains = found == Truth.True ? Truth.True : found == Truth.Unknown ? Truth.Unknown : contains;
            }

            index++;
        }

        result = TruthLogic.And(result, contains);
        if (schema.UniqueItems)
        {
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (JsonElement.DeepEquals(items[i], items[j]))
                    {
                        return Truth.False;
                    }
                }
            }
        }

        return result;
    }

    private static Truth Combinators(ReaderSchema schema, JsonElement instance, int depth)
    {
        var result = Truth.True;
        if (schema.AllOf is { } allOf)
        {
            foreach (var branch in allOf)
            {
                result = TruthLogic.And(result, Evaluate(branch, instance, depth + 1));
                if (result == Truth.False)
                {
                    return result;
                }
            }
        }

        if (schema.AnyOf is { } anyOf)
        {
            var any = Truth.False;
            foreach (var branch in anyOf)
            {
                var matched = Evaluate(branch, instance, depth + 1);
                any = matched == Truth.True ? Truth.True : matched == Truth.Unknown && any == Truth.False ? Truth.Unknown : any;
                if (any == Truth.True)
                {
                    break;
                }
            }

            result = TruthLogic.And(result, any);
        }

        if (schema.OneOf is { } oneOf)
        {
            int matches = 0, unknown = 0;
            foreach (var branch in oneOf)
            {
                switch (Evaluate(branch, instance, depth + 1))
                {
                    case Truth.True: matches++; break;
                    case Truth.Unknown: unknown++; break;
                }
            }

            result = TruthLogic.And(result, matches > 1 ? Truth.False : unknown > 0 ? Truth.Unknown : TruthLogic.Of(matches == 1));
        }

        if (schema.Not is { } not)
        {
            result = TruthLogic.And(result, TruthLogic.Not(Evaluate(not, instance, depth + 1)));
        }

        if (schema.If is { } condition)
        {
            var taken = Evaluate(condition, instance, depth + 1);
            var then = schema.Then is null ? Truth.True : Evaluate(schema.Then, instance, depth + 1);
            var otherwise = schema.Else is null ? Truth.True : Evaluate(schema.Else, instance, depth + 1);
            result = TruthLogic.And(result, taken switch
            {
                Truth.True => then,
                Truth.False => otherwise,
                _ => then == otherwise ? then : Truth.Unknown,
            });
        }

        return result;
    }

    private static JsonElement NameElement(string name) => JsonSerializer.SerializeToElement(name, ReaderJson.Default.String);
}
