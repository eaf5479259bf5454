namespace OnexSchemas.Compatibility.Reporting;

/// <summary>The text form of a compatibility verdict: one line per change with its reason, then the summary line.</summary>
public static class CompatibilityResultText
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="result">The verdict.</param>
    public static void Write(TextWriter output, CompatibilityResult result)
    {
        foreach (var judged in result.Changes)
        {
            output.WriteLine($"{(judged.IsCompatible ? "compatible  " : "INCOMPATIBLE")}  {judged.Change}  ({ChangeVocabulary.Reason(judged.Change.Type)})");
        }

        output.WriteLine($"{(result.IsCompatible ? "compatible" : "incompatible")} under {result.Level.ToRegistryName()} ({result.Policy.ToRegistryName()}); required bump: {result.RequiredBump.ToWord()}");
    }
}
