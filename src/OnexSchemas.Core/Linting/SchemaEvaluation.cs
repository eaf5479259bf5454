using Json.Schema;

namespace OnexSchemas.Linting;

/// <summary>How the linter asks JsonSchema.Net to evaluate, and how it reads the answer back as located messages.</summary>
internal static class SchemaEvaluation
{
    /// <summary>List output with format assertion on: <c>uuid</c> and <c>date-time</c> are checked, as generated code will check them.</summary>
    public static EvaluationOptions ListOptions { get; } = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>
    /// The failing leaves of a list-format result as (instance pointer, message), deepest first and one per place:
    /// the leaves say what is wrong, their parents only that a child failed.
    /// </summary>
    public static IEnumerable<(string Pointer, string Message)> Failures(EvaluationResults results)
    {
        var nodes = results.Details is { Count: > 0 } details ? details : [results];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<(string Pointer, string Message)>();
        foreach (var node in nodes)
        {
            if (node.IsValid || node.Errors is not { Count: > 0 } errors)
            {
                continue;
            }

            var pointer = node.InstanceLocation.ToString();
            foreach (var (keyword, message) in errors)
            {
                if (seen.Add(pointer + "\u0000" + keyword))
                {
                    failures.Add((pointer, Describe(keyword, message)));
                }
            }
        }

        if (failures.Count == 0 && !results.IsValid)
        {
            failures.Add((results.InstanceLocation.ToString(), "does not match the schema"));
        }

        return failures.OrderByDescending(failure => failure.Pointer.Length).ThenBy(failure => failure.Pointer, StringComparer.Ordinal);
    }

    // JsonSchema.Net reports a member rejected by "additionalProperties": false as a failing false schema with no keyword.
    private static string Describe(string keyword, string message) =>
        keyword.Length == 0 && message.Contains("false schema", StringComparison.Ordinal)
            ? "this member is not allowed: the object is closed (additionalProperties: false)"
            : $"{message} ({keyword})";
}
