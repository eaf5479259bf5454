using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// The <c>format</c>s a validating reader checks, decided strictly enough that a value called valid here is valid for
/// every mainstream validator and one called invalid is invalid for them all; anything else is unknown.
/// </summary>
internal static partial class Formats
{
    /// <summary>Whether <paramref name="value"/> satisfies <paramref name="format"/>.</summary>
    public static Truth Check(string format, string value) => format switch
    {
        "uuid" => TruthLogic.Of(UuidPattern().IsMatch(value)),
        "date-time" => DateTime(value),
        "date" => TruthLogic.Of(IsDate(value)),
        "time" => TruthLogic.Of(TimePattern().IsMatch(value) && IsTime(value[..8])),
        "email" => TruthLogic.Of(EmailPattern().IsMatch(value)),
        "ipv4" => TruthLogic.Of(Ipv4Pattern().IsMatch(value) && value.Split('.').All(part => int.Parse(part, CultureInfo.InvariantCulture) <= 255 && (part.Length == 1 || part[0] != '0'))),
        "ipv6" => value.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(value, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? Truth.True
            : value.Length == 0 || !value.Contains(':', StringComparison.Ordinal) ? Truth.False : Truth.Unknown,
        "hostname" => value.Length == 0 || value.StartsWith('-') || value.Contains(' ', StringComparison.Ordinal) ? Truth.False
            : HostnamePattern().IsMatch(value) ? Truth.True : Truth.Unknown,
        "uri" => value.Length == 0 || value.Contains(' ', StringComparison.Ordinal) || !value.Contains(':', StringComparison.Ordinal) ? Truth.False
            : Uri.TryCreate(value, UriKind.Absolute, out _) && UriPattern().IsMatch(value) ? Truth.True : Truth.Unknown,
        _ => Truth.Unknown,
    };

    /// <summary>A value that satisfies <paramref name="format"/>, for building instances.</summary>
    public static string? Sample(string format) => format switch
    {
        "uuid" => "00000000-0000-4000-8000-000000000000",
        "date-time" => "2026-01-01T00:00:00.000Z",
        "date" => "2026-01-01",
        "time" => "00:00:00Z",
        "email" => "a@example.com",
        "ipv4" => "127.0.0.1",
        "ipv6" => "::1",
        "hostname" => "example.com",
        "uri" => "https://example.com/",
        _ => null,
    };

    private static Truth DateTime(string value)
    {
        var match = DateTimePattern().Match(value);
        if (!match.Success)
        {
            return Truth.False;
        }

        return TruthLogic.Of(IsDate(value[..10]) && IsTime(value.Substring(11, 8)));
    }

    private static bool IsDate(string value) =>
        DatePattern().IsMatch(value)
        && System.DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // Leap seconds are left out: validators disagree on them.
    private static bool IsTime(string hhmmss) =>
        int.Parse(hhmmss[..2], CultureInfo.InvariantCulture) <= 23
        && int.Parse(hhmmss.Substring(3, 2), CultureInfo.InvariantCulture) <= 59
        && int.Parse(hhmmss.Substring(6, 2), CultureInfo.InvariantCulture) <= 59;

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex TimePattern();

    [GeneratedRegex("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$")]
    private static partial Regex Ipv4Pattern();

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex HostnamePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9.-]+(/[A-Za-z0-9._~/-]*)?$")]
    private static partial Regex UriPattern();
}
