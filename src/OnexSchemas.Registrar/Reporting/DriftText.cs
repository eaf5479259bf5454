namespace OnexSchemas.Registrar.Reporting;

/// <summary>Drift as a person reads it.</summary>
public static class DriftText
{
    /// <summary>Writes one line per difference and a summary.</summary>
    public static void Write(TextWriter output, string registry, IReadOnlyList<Drift> drift, int subjects)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(drift);
        if (drift.Count == 0)
        {
            output.WriteLine($"{registry} matches the tree: {subjects} subject(s), no drift.");
            return;
        }

        output.WriteLine($"Drift between the tree and {registry}:");
        var width = Enum.GetValues<DriftKind>().Max(kind => kind.ToDisplayName().Length);
        foreach (var item in drift)
        {
            output.WriteLine($"  {item.Kind.ToDisplayName().PadRight(width)}  {item.Subject}: {item.Detail}");
        }

        output.WriteLine($"{drift.Count} difference(s) over {subjects} subject(s) of the tree.");
    }
}
