namespace OnexSchemas.Compatibility;

/// <summary>
/// The SCREAMING_SNAKE name the schema registry prints for a <see cref="SchemaChangeType"/> member.
/// </summary>
/// <param name="name">The registry's name, for example <c>TYPE_CHANGED</c>.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class RegistryNameAttribute(string name) : Attribute
{
    /// <summary>The registry's name, for example <c>TYPE_CHANGED</c>.</summary>
    public string Name { get; } = name;
}
