using System.Text.Json;
using Json.Schema;
using OnexSchemas.Json;

namespace OnexSchemas.Linting;

/// <summary>How the linter asks JsonSchema.Net to evaluate, and how it reads the answer back as located messages.</summary>
internal static class SchemaEvaluation
{
    /// <summary>
    /// Hierarchical output with format assertion on: <c>uuid</c> and <c>date-time</c> are checked, as generated code
    /// will check them. Hierarchical, because only the failing path explains a failure: a flat list also holds the
    /// losing branches of an <c>anyOf</c> that passed.
    /// </summary>
    public static EvaluationOptions Options { get; } = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
    };

    /// <summary>A yes/no answer, which stops at the first failure: the common case, a valid value, pays for nothing more.</summary>
    public static EvaluationOptions FlagOptions { get; } = new()
    {
        OutputFormat = OutputFormat.Flag,
        RequireFormatValidation = true,
    };

    /// <summary>Evaluates quickly, and again with full output only when the value is invalid.</summary>
    public static EvaluationResults Evaluate(JsonSchema schema, JsonElement instance)
    {
        var quick = schema.Evaluate(instance, FlagOptions);
        return quick.IsValid ? quick : schema.Evaluate(instance, Options);
    }

    /// <summary>
    /// Evaluates and returns the failures (none when valid). JsonSchema.Net compares array items for
    /// <c>uniqueItems</c> through <see cref="decimal"/> and throws on valid JSON beyond its range (1e40); such a value
    /// cannot be checked, and it becomes a failure at that number instead of an exception.
    /// </summary>
    public static IReadOnlyList<(string Pointer, string Message)> FailuresOf(JsonSchema schema, JsonElement instance)
    {
        EvaluationResults results;
        try
        {
            results = Evaluate(schema, instance);
        }
        catch (FormatException) when (FirstNumberBeyondDecimal(instance, string.Empty) is { } beyond)
        {
            return [(beyond.Pointer, $"the number {beyond.Text} is beyond ±7.9e28, the range in which the validator compares array items for 'uniqueItems', so this value cannot be checked; use a smaller number")];
        }

        return results.IsValid ? [] : Failures(results).ToList();
    }

    /// <summary>The failures of a result as (instance pointer, message), deepest first and one per place and keyword.</summary>
    public static IEnumerable<(string Pointer, string Message)> Failures(EvaluationResults results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<(string Pointer, string Message)>();
        Collect(results);
        if (failures.Count == 0 && !results.IsValid)
        {
            failures.Add((results.InstanceLocation.ToString(), "does not match the schema"));
        }

        return failures.OrderByDescending(failure => failure.Pointer.Length).ThenBy(failure => failure.Pointer, StringComparer.Ordinal);

        void Collect(EvaluationResults node)
        {
            if (node.IsValid)
            {
                return;
            }

            if (node.Errors is { Count: > 0 } errors)
            {
                var pointer = node.InstanceLocation.ToString();
                foreach (var (keyword, message) in errors)
                {
                    if (seen.Add(pointer + "\u0000" + keyword + "\u0000" + message))
                    {
                        failures.Add((pointer, Describe(keyword, message)));
                    }
                }
            }

            if (node.Details is { Count: > 0 } details)
            {
                foreach (var child in details)
                {
                    Collect(child);
                }
            }
        }
    }

    // JsonSchema.Net reports a member rejected by "additionalProperties": false as a failing false schema with no keyword.
    private static string Describe(string keyword, string message) =>
        keyword.Length == 0 && message.Contains("false schema", StringComparison.Ordinal)
            ? "this member is not allowed: the object is closed (additionalProperties: false)"
            : $"{message} ({keyword})";

    private static (string Pointer, string Text)? FirstNumberBeyondDecimal(JsonElement value, string pointer)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                return value.TryGetDecimal(out _) ? null : (pointer, value.GetRawText());
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (FirstNumberBeyondDecimal(item, JsonPointerText.Append(pointer, index++)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    if (FirstNumberBeyondDecimal(member.Value, JsonPointerText.Append(pointer, member.Name)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
