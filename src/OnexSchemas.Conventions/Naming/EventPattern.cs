namespace OnexSchemas.Naming;

/// <summary>The messaging pattern a topic serves, the third segment of its name.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
enum EventPattern
{
    /// <summary>A request answered on the matching response topic, matched by correlation id.</summary>
    Request,

    /// <summary>The answer to a request.</summary>
    Response,

    /// <summary>A broadcast fact, consumed by any number of subscribers.</summary>
    Event,

    /// <summary>An append-only audit record (event sourcing).</summary>
    Audit,
}
