namespace OnexSchemas.Registry.Server;

/// <summary>
/// An error the registry answers with: the HTTP status and the body <c>{"error_code": …, "message": …}</c> that
/// Confluent's and Redpanda's registries send, which clients turn into typed exceptions.
/// </summary>
internal sealed class RegistryError(int status, int code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public int Code { get; } = code;

    public static RegistryError SubjectNotFound(string subject) => new(404, 40401, $"Subject '{subject}' not found.");

    public static RegistryError VersionNotFound(string version) => new(404, 40402, $"Version {version} not found.");

    public static RegistryError SchemaNotFound() => new(404, 40403, "Schema not found");

    public static RegistryError SchemaIdNotFound(int id) => new(404, 40403, $"Schema {id} not found");

    public static RegistryError NoSubjectLevel(string subject) => new(404, 40408, $"Subject '{subject}' does not have subject-level compatibility configured");

    public static RegistryError Incompatible(string subject, IEnumerable<string> messages) =>
        new(409, 409, $"Schema being registered is incompatible with an earlier schema for subject \"{subject}\", details: [{string.Join(", ", messages)}]");

    public static RegistryError InvalidVersion(string version) =>
        new(422, 42202, $"The specified version '{version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");

    public static RegistryError InvalidLevel(string? level) =>
        new(422, 42203, $"Invalid compatibility level. Valid values are {Compatibility.CompatibilityLevels.ListText}" + (level is null ? string.Empty : $"; got '{level}'"));
}
