using System.Globalization;

namespace OnexSchemas.Catalog;

/// <summary>The catalog's wording shared by every format: counts and durations in words.</summary>
public static class CatalogWords
{
    /// <summary><c>1 topic</c>, <c>46 topics</c>.</summary>
    public static string Count(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>Retention in words with its exact value: <c>7 days (604800000 ms)</c>, <c>forever</c>.</summary>
    public static string Retention(long milliseconds) => milliseconds switch
    {
        < 0 => "forever",
        var ms when ms % 86_400_000 == 0 => Count(ms / 86_400_000, "day") + $" ({ms.ToString(CultureInfo.InvariantCulture)} ms)",
        var ms when ms % 3_600_000 == 0 => Count(ms / 3_600_000, "hour") + $" ({ms.ToString(CultureInfo.InvariantCulture)} ms)",
        var ms => ms.ToString(CultureInfo.InvariantCulture) + " ms",
    };

    /// <summary>The services a topic names, or <c>none declared</c>.</summary>
    public static string Services(IReadOnlyList<string> services) =>
        services.Count == 0 ? "none declared" : string.Join(", ", services);

    /// <summary><c>, sunset 2027-06-01</c> for a deprecated schema with a sunset date, nothing otherwise.</summary>
    public static string Sunset(DateOnly? sunset) =>
        sunset is { } date ? ", sunset " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
