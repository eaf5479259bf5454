using System.Globalization;
using System.Text;

namespace OnexSchemas.Build.Generator.Model;

/// <summary>
/// The naming rules shared with the MSBuild record generator and OnexSchemas.Core (which the generator cannot
/// reference): snake_case segments become PascalCase by upper-casing the first letter of each '_'-separated part.
/// </summary>
internal static class Naming
{
    /// <summary><c>batch_stamp</c> → <c>BatchStamp</c>, <c>codegen</c> → <c>Codegen</c>, <c>node_v2</c> → <c>NodeV2</c>.</summary>
    public static string PascalCase(string snake)
    {
        var builder = new StringBuilder(snake.Length);
        var upper = true;
        foreach (var c in snake)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>The payload record's name, <c>{Operation}{Pattern}V{major}</c>: <c>ValidateRequestV1</c>, <c>AgentExecutionAuditV1</c>.</summary>
    public static string TypeName(string operation, TopicPattern pattern, int major) =>
        PascalCase(operation) + PatternName(pattern) + "V" + major.ToString(CultureInfo.InvariantCulture);

    /// <summary>The PascalCase name of a pattern.</summary>
    public static string PatternName(TopicPattern pattern) => pattern switch
    {
        TopicPattern.Request => "Request",
        TopicPattern.Response => "Response",
        TopicPattern.Event => "Event",
        _ => "Audit",
    };

    /// <summary>The lower-case topic segment of a pattern.</summary>
    public static string PatternSegment(TopicPattern pattern) => pattern switch
    {
        TopicPattern.Request => "request",
        TopicPattern.Response => "response",
        TopicPattern.Event => "event",
        _ => "audit",
    };

    /// <summary>Reads a pattern segment; false for anything but request, response, event and audit.</summary>
    public static bool TryParsePattern(string segment, out TopicPattern pattern)
    {
        switch (segment)
        {
            case "request": pattern = TopicPattern.Request; return true;
            case "response": pattern = TopicPattern.Response; return true;
            case "event": pattern = TopicPattern.Event; return true;
            case "audit": pattern = TopicPattern.Audit; return true;
            default: pattern = default; return false;
        }
    }

    /// <summary>True when a segment is lower snake_case, <c>^[a-z][a-z0-9]*(_[a-z0-9]+)*$</c>.</summary>
    public static bool IsSnakeCase(string segment)
    {
        if (segment.Length == 0 || segment[0] < 'a' || segment[0] > 'z')
        {
            return false;
        }

        for (var i = 1; i < segment.Length; i++)
        {
            var c = segment[i];
            if (c == '_')
            {
                // An underscore is followed by at least one letter or digit: no "__" and no trailing "_".
                if (i + 1 >= segment.Length || segment[i + 1] == '_')
                {
                    return false;
                }
            }
            else if (!IsLowerAlphanumeric(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads <c>v{major}</c> where major is 1 to 999999999 without leading zeros, <c>^v[1-9][0-9]{0,8}$</c>.</summary>
    public static bool TryParseMajor(string segment, out int major)
    {
        major = 0;
        if (segment.Length < 2 || segment.Length > 10 || segment[0] != 'v' || segment[1] < '1' || segment[1] > '9')
        {
            return false;
        }

        for (var i = 1; i < segment.Length; i++)
        {
            if (segment[i] < '0' || segment[i] > '9')
            {
                major = 0;
                return false;
            }

            major = (major * 10) + (segment[i] - '0');
        }

        return true;
    }

    private static bool IsLowerAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
