namespace OnexSchemas.Build.Generator.Model;

/// <summary>The messaging pattern of a topic, its third segment (mirrors OnexSchemas.Model.EventPattern).</summary>
internal enum TopicPattern
{
    /// <summary>A request, answered on the response topic of the same domain, operation and major.</summary>
    Request,

    /// <summary>The answer to a request.</summary>
    Response,

    /// <summary>A broadcast fact.</summary>
    Event,

    /// <summary>An append-only audit record.</summary>
    Audit,
}
