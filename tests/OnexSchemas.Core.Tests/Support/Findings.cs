using OnexSchemas.Diagnostics;
using OnexSchemas.Linting;

namespace OnexSchemas.Tests.Support;

/// <summary>Assertions over lint findings whose failure messages list every finding, so a failing test says what it saw.</summary>
public static class Findings
{
    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<Diagnostic> Of(LintResult result, string ruleId) =>
        result.Diagnostics.Where(diagnostic => diagnostic.Id == ruleId).ToList();

    /// <summary>The one finding of <paramref name="ruleId"/>; fails when there is none or more than one.</summary>
    public static Diagnostic Single(LintResult result, string ruleId)
    {
        var matches = Of(result, ruleId);
        Assert.True(matches.Count == 1, $"expected exactly one {ruleId} finding, got {matches.Count}:\n{Describe(result.Diagnostics)}");
        return matches[0];
    }

    /// <summary>Asserts the findings are of exactly these rules (each at least once, nothing else).</summary>
    public static void OnlyRules(LintResult result, params string[] ruleIds)
    {
        var expected = ruleIds.Distinct().Order(StringComparer.Ordinal).ToArray();
        var actual = result.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(actual),
            $"expected findings of [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]:\n{Describe(result.Diagnostics)}");
    }

    /// <summary>Asserts there are no findings at all.</summary>
    public static void None(LintResult result) =>
        Assert.True(result.Diagnostics.Count == 0, $"expected no findings, got:\n{Describe(result.Diagnostics)}");

    /// <summary>Asserts no finding is of <paramref name="ruleId"/>.</summary>
    public static void NoneOf(LintResult result, string ruleId) =>
        Assert.True(Of(result, ruleId).Count == 0, $"expected no {ruleId} finding, got:\n{Describe(result.Diagnostics)}");

    /// <summary>One line per finding, as the text formatter shows them.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(diagnostic =>
            $"  {diagnostic.Location.FilePath}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity} {diagnostic.Id}: {diagnostic.Message}").ToList();
        return lines.Count == 0 ? "  (none)" : string.Join("\n", lines);
    }
}
