namespace OnexSchemas.Reporting;

/// <summary>Picks the formatter for an output format.</summary>
public static class DiagnosticFormatters
{
    /// <summary>The formatter for <paramref name="format"/>, showing paths through <paramref name="paths"/>.</summary>
    public static IDiagnosticFormatter For(OutputFormat format, PathDisplay paths) => format switch
    {
        OutputFormat.Text => new TextFormatter(paths),
        OutputFormat.Json => new JsonFormatter(paths),
        OutputFormat.Sarif => new SarifFormatter(paths),
        OutputFormat.GitHub => new GitHubFormatter(paths),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
