using OnexSchemas.Compatibility.Readers;

namespace OnexSchemas.Compatibility.Reporting;

/// <summary>
/// The text form of the verdicts: the registry's changes with their reasons and its summary line, then what readers
/// would refuse with the message that breaks, then the bump the update needs.
/// </summary>
public static class CompatibilityResultText
{
    /// <summary>Writes the registry verdict <paramref name="result"/> to <paramref name="output"/>.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="result">The registry verdict.</param>
    public static void Write(TextWriter output, CompatibilityResult result)
    {
        foreach (var judged in result.Changes)
        {
            output.WriteLine($"{(judged.IsCompatible ? "compatible  " : "INCOMPATIBLE")}  {judged.Change}  ({ChangeVocabulary.Reason(judged.Change.Type)})");
        }

        if (result.Refusal is { } refusal)
        {
            output.WriteLine($"REFUSED       HTTP {refusal.Status}: {refusal.Message}");
        }

        // Redpanda has one policy, so naming STRICT beside it would suggest a choice there is none of.
        var policy = result.Profile == RegistryProfile.Confluent ? $", {result.Policy.ToRegistryName()}" : string.Empty;
        var verdict = result.Refusal is not null ? "refuses to compare" : result.IsCompatible ? "compatible" : "incompatible";
        output.WriteLine($"registry ({result.Profile.ToConfigName()}{policy}): {verdict} under {result.Level.ToRegistryName()}");
    }

    /// <summary>Writes the reader verdict <paramref name="verdict"/> to <paramref name="output"/>.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="verdict">The reader verdict.</param>
    public static void Write(TextWriter output, ReaderVerdict verdict)
    {
        foreach (var finding in verdict.Findings)
        {
            output.WriteLine($"{(finding.Decided ? "BREAKS     " : "UNDECIDED  ")}  {finding.Keyword} at {finding.Path} ({(finding.Direction == CheckDirection.Backward ? "BACKWARD" : "FORWARD")}): {finding.Message}");
            if (finding.Counterexample is { } counterexample)
            {
                output.WriteLine($"             counterexample: {counterexample}");
            }
        }

        output.WriteLine(verdict.IsCompatible
            ? $"readers: compatible under {verdict.Level.ToRegistryName()}: every message valid under the writing schema stays valid"
            : $"readers: incompatible under {verdict.Level.ToRegistryName()}: messages valid under the writing schema fail the reading one");
    }

    /// <summary>Writes both verdicts and the bump the update needs.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="report">Both verdicts.</param>
    public static void Write(TextWriter output, CompatibilityReport report)
    {
        Write(output, report.Registry);
        Write(output, report.Readers);
        output.WriteLine($"{(report.IsCompatible ? "compatible" : "incompatible")} under {report.Level.ToRegistryName()}; required bump: {report.RequiredBump.ToWord()}");
    }
}
