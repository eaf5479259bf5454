namespace OnexSchemas.Compatibility;

/// <summary>
/// The registry answers with an error instead of a verdict: Redpanda's checker throws on constructs it does not
/// support (two combinators in one schema, a draft-04 boolean bound against a numeric one, a <c>$ref</c> it cannot
/// follow), so the compatibility check or the registration fails with this status.
/// </summary>
/// <param name="Status">The HTTP status, which is also the body's <c>error_code</c>: 422, or 500 for a runaway reference chain.</param>
/// <param name="Message">The registry's message.</param>
public sealed record RegistryRefusal(int Status, string Message);
