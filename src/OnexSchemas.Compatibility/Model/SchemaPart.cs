namespace OnexSchemas.Compatibility.Model;

/// <summary>
/// One keyword group the registry's loader turns into its own schema. A schema object with several groups (say
/// <c>type</c> and <c>enum</c>) becomes an <c>allOf</c> of the parts, in this order, which is why such a change is
/// reported under <c>allOf/0</c>.
/// </summary>
internal enum SchemaPart : byte
{
    Enum,
    AllOf,
    AnyOf,
    OneOf,
    Not,
    Const,
    TypeString,
    TypeInteger,
    TypeNumber,
    TypeObject,
    TypeArray,
    TypeBoolean,
    TypeNull,
    TypeList,
    SniffedObject,
    SniffedArray,
    SniffedNumber,
    SniffedString,
}
