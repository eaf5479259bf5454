namespace OnexSchemas.Compatibility.Readers;

/// <summary>Three-valued logic for evaluations that may meet a construct they cannot decide.</summary>
internal enum Truth
{
    False,
    True,
    Unknown,
}

/// <summary>Kleene's connectives over <see cref="Truth"/>.</summary>
internal static class TruthLogic
{
    public static Truth And(Truth left, Truth right) =>
        left == Truth.False || right == Truth.False ? Truth.False
        : left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown
        : Truth.True;

    public static Truth Not(Truth value) => value switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };

    public static Truth Of(bool value) => value ? Truth.True : Truth.False;
}
