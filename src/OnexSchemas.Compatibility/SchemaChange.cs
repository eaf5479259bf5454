namespace OnexSchemas.Compatibility;

/// <summary>
/// One located difference between an original and an updated schema, written the way the schema registry writes
/// it: <c>TYPE_CHANGED #/properties/a</c>.
/// </summary>
/// <param name="Type">What changed.</param>
/// <param name="Path">Where, as the registry's JSON-pointer-like path (<c>#/</c> is the root; names are not escaped).</param>
public sealed record SchemaChange(SchemaChangeType Type, string Path)
{
    /// <summary>The registry's SCREAMING_SNAKE name of <see cref="Type"/>.</summary>
    public string TypeName => Type.ToRegistryName();

    /// <summary>The change as the registry's tests print it, for example <c>TYPE_CHANGED #/properties/a</c>.</summary>
    /// <returns>The type name, a space and the path.</returns>
    public override string ToString() => TypeName + " " + Path;
}
