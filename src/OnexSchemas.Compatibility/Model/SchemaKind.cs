namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// The schema classes the registry's loader distinguishes. Two nodes of different kinds are a type change,
/// except that anything may become <see cref="Empty"/> and <see cref="False"/> may become anything.
/// </summary>
internal enum SchemaKind
{
    /// <summary><c>{}</c>, <c>true</c>, or a schema with annotations only: accepts everything.</summary>
    Empty,

    /// <summary><c>false</c>: accepts nothing.</summary>
    False,

    /// <summary>An object schema (declared by <c>type</c> or sniffed from object keywords).</summary>
    Object,

    /// <summary>An array schema.</summary>
    Array,

    /// <summary>A string schema.</summary>
    String,

    /// <summary>A number or integer schema.</summary>
    Number,

    /// <summary><c>"type": "boolean"</c>.</summary>
    Boolean,

    /// <summary><c>"type": "null"</c>.</summary>
    Null,

    /// <summary>An <c>enum</c>.</summary>
    Enum,

    /// <summary>A <c>const</c>.</summary>
    Const,

    /// <summary><c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, a type list, or several keyword groups at once.</summary>
    Combined,

    /// <summary>A <c>not</c>.</summary>
    Not,

    /// <summary>A <c>$ref</c> that could not be resolved; compared by its text.</summary>
    Reference,
}
