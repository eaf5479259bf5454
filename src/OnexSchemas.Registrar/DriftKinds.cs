namespace OnexSchemas.Registrar;

/// <summary>The drift kinds' names, as <c>registry diff</c> prints them.</summary>
public static class DriftKinds
{
    /// <summary>The kind's name: <c>missing</c>, <c>extra</c>, <c>differs</c>, <c>level differs</c>.</summary>
    public static string ToDisplayName(this DriftKind kind) => kind switch
    {
        DriftKind.Missing => "missing",
        DriftKind.Extra => "extra",
        DriftKind.Differs => "differs",
        DriftKind.LevelDiffers => "level differs",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind's name in JSON.</summary>
    public static string ToJsonName(this DriftKind kind) => kind.ToDisplayName().Replace(' ', '_');
}
