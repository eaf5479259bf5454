namespace OnexSchemas.Naming;

/// <summary>Lower snake_case, the spelling of every topic segment, shared schema name and property name.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class SnakeCase
{
    /// <summary>The grammar, for messages: <c>[a-z][a-z0-9]*(_[a-z0-9]+)*</c>.</summary>
    public const string Grammar = "[a-z][a-z0-9]*(_[a-z0-9]+)*";

    /// <summary>True when <paramref name="segment"/> is lower snake_case: no leading digit, no "__", no trailing "_".</summary>
    public static bool IsMatch(string segment)
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
                if (i + 1 >= segment.Length || segment[i + 1] == '_')
                {
                    return false;
                }
            }
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
