namespace OnexSchemas.Compatibility;

/// <summary>Formatting of <see cref="RequiredBump"/>.</summary>
public static class RequiredBumps
{
    /// <summary>The bump as output prints it: <c>none</c>, <c>patch</c>, <c>minor</c> or <c>major</c>.</summary>
    /// <param name="bump">The bump.</param>
    /// <returns>The lower-case word.</returns>
    public static string ToWord(this RequiredBump bump) => bump switch
    {
        RequiredBump.None => "none",
        RequiredBump.Patch => "patch",
        RequiredBump.Minor => "minor",
        RequiredBump.Major => "major",
        _ => throw new ArgumentOutOfRangeException(nameof(bump), bump, null),
    };
}
