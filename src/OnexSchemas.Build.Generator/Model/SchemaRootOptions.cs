namespace OnexSchemas.Build.Generator.Model;

/// <summary>
/// What the generator takes from the build: where topic schemas live. Value-equal, so that an options change that
/// does not move the root leaves every parsed file cached.
/// </summary>
/// <param name="EventsPrefix">
/// The normalised <c>{OnexSchemasRoot}/events/</c> prefix ('/' separators, no '.' or '..' segments, trailing '/'),
/// or null when the build sets no <c>OnexSchemasRoot</c>: then no file is a schema.
/// </param>
/// <param name="IsRooted">False when the root is relative and the build gave no project directory to resolve it against.</param>
/// <param name="ConfigPath">The normalised <c>{OnexSchemasRoot}/onex-schemas.json</c>, or null with no root.</param>
internal sealed record SchemaRootOptions(string? EventsPrefix, bool IsRooted, string? ConfigPath)
{
    /// <summary>Options under which nothing is a schema.</summary>
    public static SchemaRootOptions None { get; } = new(null, false, null);
}
