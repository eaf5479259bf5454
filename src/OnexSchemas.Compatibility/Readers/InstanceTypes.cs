using System.Text.Json;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// The kinds of JSON instance, with integers apart from the other numbers: <c>"type": "integer"</c> accepts only
/// the first, <c>"type": "number"</c> both.
/// </summary>
[Flags]
internal enum InstanceTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Object = 4,
    Array = 8,
    String = 16,
    Integer = 32,

    /// <summary>A number with a fractional part.</summary>
    Fraction = 64,

    Number = Integer | Fraction,
    All = Null | Boolean | Object | Array | String | Number,
}

/// <summary>Reading and naming <see cref="InstanceTypes"/>.</summary>
internal static class InstanceTypeNames
{
    /// <summary>The single kinds, in the order witnesses are tried.</summary>
    public static readonly InstanceTypes[] Singles =
    [
        InstanceTypes.Object, InstanceTypes.String, InstanceTypes.Integer, InstanceTypes.Fraction,
        InstanceTypes.Boolean, InstanceTypes.Null, InstanceTypes.Array,
    ];

    /// <summary>The kinds a <c>type</c> keyword name admits, or <see cref="InstanceTypes.None"/> for an unknown name.</summary>
    public static InstanceTypes FromKeyword(string? name) => name switch
    {
        "null" => InstanceTypes.Null,
        "boolean" => InstanceTypes.Boolean,
        "object" => InstanceTypes.Object,
        "array" => InstanceTypes.Array,
        "string" => InstanceTypes.String,
        "integer" => InstanceTypes.Integer,
        "number" => InstanceTypes.Number,
        _ => InstanceTypes.None,
    };

    /// <summary>The kind of <paramref name="value"/>; a number with a zero fractional part (1.0) is an integer.</summary>
    public static InstanceTypes Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => InstanceTypes.Null,
        JsonValueKind.True or JsonValueKind.False => InstanceTypes.Boolean,
        JsonValueKind.Object => InstanceTypes.Object,
        JsonValueKind.Array => InstanceTypes.Array,
        JsonValueKind.String => InstanceTypes.String,
        JsonValueKind.Number => IsInteger(value) ? InstanceTypes.Integer : InstanceTypes.Fraction,
        _ => InstanceTypes.None,
    };

    /// <summary>The <c>type</c> keyword name for one kind, for messages.</summary>
    public static string Name(InstanceTypes single) => single switch
    {
        InstanceTypes.Null => "null",
        InstanceTypes.Boolean => "boolean",
        InstanceTypes.Object => "object",
        InstanceTypes.Array => "array",
        InstanceTypes.String => "string",
        InstanceTypes.Integer => "integer",
        InstanceTypes.Fraction => "number",
        _ => single.ToString().ToLowerInvariant(),
    };

    /// <summary>The names of every kind in <paramref name="types"/>, for messages.</summary>
    public static string Names(InstanceTypes types) =>
        types == InstanceTypes.None ? "nothing" : string.Join(", ", Singles.Where(single => (types & single) != 0).Select(Name));

    private static bool IsInteger(JsonElement value)
    {
        if (value.TryGetInt64(out _))
        {
            return true;
        }

        return value.TryGetDouble(out var number) && !double.IsInfinity(number) && Math.Floor(number) == number;
    }
}
