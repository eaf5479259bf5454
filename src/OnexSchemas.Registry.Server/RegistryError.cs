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

    public static RegistryError SubjectSoftDeleted(string subject) =>
        new(404, 40404, $"Subject '{subject}' was soft deleted. Set permanent=true to delete permanently");

    public static RegistryError SubjectNotSoftDeleted(string subject) =>
        new(404, 40405, $"Subject '{subject}' was not deleted first before being permanently deleted");

    public static RegistryError VersionSoftDeleted(string subject, int version) =>
        new(404, 40406, $"Subject '{subject}' Version {version} was soft deleted. Set permanent=true to delete permanently");

    public static RegistryError VersionNotSoftDeleted(string subject, int version) =>
        new(404, 40407, $"Subject '{subject}' Version {version} was not deleted first before being permanently deleted");

    public static RegistryError NoSubjectMode(string subject) => new(404, 40409, $"Subject '{subject}' does not have subject-level mode configured");

    public static RegistryError InvalidMode(string? mode) =>
        new(422, 42204, $"Invalid mode. Valid values are {RegistryModes.ListText}" + (mode is null ? string.Empty : $"; got '{mode}'"));

    public static RegistryError ReadOnly(string subject) => new(422, 42205, $"Subject '{subject}' is in read-only mode");

    public static RegistryError NotImport(string subject) =>
        new(422, 42205, $"Subject '{subject}' is not in import mode: a schema id or version may be given only in IMPORT mode");

    public static RegistryError Referenced(string subject, int version) =>
        new(422, 42206, $"One or more references exist to the schema {{subject={subject},version={version}}}");

    public static RegistryError IdInUse(int wanted, int? existing) => new(422, 42207, existing is { } id
        ? $"Schema already registered with id {id} instead of input id {wanted}"
        : $"Overwrite new schema with id {wanted} is not permitted: the id holds another schema");

    public static RegistryError VersionInUse(string subject, int version) => new(422, 42207, $"Subject '{subject}' already has a version {version}");
}
