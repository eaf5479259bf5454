namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>
/// Redpanda refuses to compare: its checker throws on a construct it does not support (two combinators in one
/// schema, a boolean exclusive bound against a numeric one, a <c>$ref</c> it cannot follow), and the request fails
/// with an HTTP error instead of a verdict.
/// </summary>
internal sealed class RedpandaRefusal(int status, string message) : Exception(message)
{
    /// <summary>The HTTP status and <c>error_code</c> Redpanda answers with: 422 (invalid schema) or 500.</summary>
    public int Status { get; } = status;

    /// <summary>A 422: the schema is one Redpanda's checker does not support.</summary>
    public static RedpandaRefusal Invalid(string message) => new(422, message);
}
