namespace OnexSchemas.Naming;

/// <summary>The spellings of <see cref="EventPattern"/>: its topic segment and its PascalCase name.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class EventPatterns
{
    /// <summary>The lower-case topic segment: <c>request</c>, <c>response</c>, <c>event</c> or <c>audit</c>.</summary>
    public static string Segment(this EventPattern pattern) => pattern switch
    {
        EventPattern.Request => "request",
        EventPattern.Response => "response",
        EventPattern.Event => "event",
        EventPattern.Audit => "audit",
        _ => throw new System.ArgumentOutOfRangeException(nameof(pattern)),
    };

    /// <summary>The PascalCase name used in C# type names: <c>Request</c>, <c>Response</c>, <c>Event</c> or <c>Audit</c>.</summary>
    public static string PascalName(this EventPattern pattern) => CSharpNames.Pascal(pattern.Segment());

    /// <summary>Reads a pattern segment; false for anything but request, response, event and audit.</summary>
    public static bool TryParse(string segment, out EventPattern pattern)
    {
        switch (segment)
        {
            case "request": pattern = EventPattern.Request; return true;
            case "response": pattern = EventPattern.Response; return true;
            case "event": pattern = EventPattern.Event; return true;
            case "audit": pattern = EventPattern.Audit; return true;
            default: pattern = default; return false;
        }
    }

    /// <summary>The segments, in declaration order, for messages that list them.</summary>
    public static string ListText => "request, response, event, audit";
}
