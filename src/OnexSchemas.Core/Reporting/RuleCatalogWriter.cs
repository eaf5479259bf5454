using System.Text;
using System.Text.Json;
using OnexSchemas.Diagnostics;

namespace OnexSchemas.Reporting;

/// <summary>
/// Renders <see cref="RuleCatalog"/>: the text, JSON and Markdown of <c>onex-schemas rules</c> (the Markdown is
/// <c>docs/rules.md</c>'s table) and the generator's <c>AnalyzerReleases.Unshipped.md</c>. Tests keep both files
/// equal to what this writes, so the catalog is their one source.
/// </summary>
public static class RuleCatalogWriter
{
    /// <summary>One line per rule: id, severity, name, origin, purpose.</summary>
    public static void WriteText(TextWriter output)
    {
        foreach (var rule in RuleCatalog.All)
        {
            output.WriteLine($"{rule.Id,-8}  {TextFormatter.SeverityWord(rule.DefaultSeverity),-7}  {rule.Name,-32}  {OriginWord(rule.Origin),-10}  {rule.Purpose}");
        }
    }

    /// <summary>A JSON array of <c>{id, name, origin, severity, purpose}</c>.</summary>
    public static string Json() => JsonSerializer.Serialize(
        RuleCatalog.All.Select(rule => new { id = rule.Id, name = rule.Name, origin = OriginWord(rule.Origin), severity = TextFormatter.SeverityWord(rule.DefaultSeverity), purpose = rule.Purpose }),
        JsonOutput.SerializerOptions);

    /// <summary>The rule table as it appears in <c>docs/rules.md</c>.</summary>
    public static string Markdown()
    {
        var builder = new StringBuilder();
        builder.Append("| ID | Name | Reported by | Severity | Purpose |\n|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            builder.Append($"| {rule.Id} | `{rule.Name}` | {OriginWord(rule.Origin)} | {TextFormatter.SeverityWord(rule.DefaultSeverity)} | {rule.Purpose.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return builder.ToString();
    }

    /// <summary>The source generator's release-tracking file, <c>AnalyzerReleases.Unshipped.md</c>, in Roslyn's format.</summary>
    public static string AnalyzerReleasesUnshipped()
    {
        var builder = new StringBuilder();
        builder.Append("; Unshipped analyzer release\n");
        builder.Append("; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n");
        builder.Append("; Rendered from OnexSchemas.Diagnostics.RuleCatalog; a test keeps this file equal to it.\n\n");
        builder.Append("### New Rules\n\n");
        builder.Append("Rule ID | Category | Severity | Notes\n");
        builder.Append("--------|----------|----------|-------\n");
        foreach (var rule in RuleCatalog.All.Where(rule => rule.Origin == RuleOrigin.Generator))
        {
            var severity = rule.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "Error",
                DiagnosticSeverity.Warning => "Warning",
                _ => "Info",
            };
            builder.Append($"{rule.Id} | OnexSchemas | {severity} | {rule.Title ?? rule.Purpose}\n");
        }

        return builder.ToString();
    }

    /// <summary>The word for an origin: <c>lint</c>, <c>check</c>, <c>generator</c> or <c>build</c>.</summary>
    public static string OriginWord(RuleOrigin origin) => origin switch
    {
        RuleOrigin.Lint => "lint",
        RuleOrigin.Governance => "check",
        RuleOrigin.Generator => "generator",
        RuleOrigin.Build => "build",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };
}
