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
        "time" => TimePattern().IsMatch(value) ? TruthLogic.And(TruthLogic.Of(OffsetIsValid("0000-00-00T" + value)), Time(value[..8])) : Truth.False,
        "email" => EmailPattern().IsMatch(value) ? Truth.True : value.Contains('@', StringComparison.Ordinal) ? Truth.Unknown : Truth.False,
        "ipv4" => TruthLogic.Of(Ipv4Pattern().IsMatch(value) && value.Split('.').All(part => int.Parse(part, CultureInfo.InvariantCulture) <= 255 && (part.Length == 1 || part[0] != '0'))),
        "ipv6" => value.Contains('%', StringComparison.Ordinal) ? Truth.Unknown
            : value.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(value, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? Truth.True
            : value.Length == 0 || !value.Contains(':', StringComparison.Ordinal) ? Truth.False : Truth.Unknown,
        "hostname" => value.Length == 0 || value.StartsWith('-') || value.Contains(' ', StringComparison.Ordinal) ? Truth.False
            : value.Length <= 253 && HostnamePattern().IsMatch(value) ? Truth.True : Truth.Unknown,
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

        return TruthLogic.And(TruthLogic.Of(IsDate(value[..10]) && OffsetIsValid(value)), Time(value.Substring(11, 8)));
    }

    // Leap seconds (:60) are left undecided: validators disagree on them.
    private static Truth Time(string hhmmss) =>
        hhmmss.EndsWith(":60", StringComparison.Ordinal) && IsTime(hhmmss[..6] + "59") ? Truth.Unknown : TruthLogic.Of(IsTime(hhmmss));

    private static bool OffsetIsValid(string value)
    {
        var sign = Math.Max(value.LastIndexOf('+'), value.LastIndexOf('-'));
        if (sign <= 10 || value.Length - sign != 6)
        {
            return true; // "Z"
        }

        return int.Parse(value.AsSpan(sign + 1, 2), CultureInfo.InvariantCulture) <= 23 && int.Parse(value.AsSpan(sign + 4, 2), CultureInfo.InvariantCulture) <= 59;
    }

    private static bool IsDate(string value) =>
        DatePattern().IsMatch(value)
        && System.DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsTime(string hhmmss) =>
        int.Parse(hhmmss[..2], CultureInfo.InvariantCulture) <= 23
        && int.Parse(hhmmss.Substring(3, 2), CultureInfo.InvariantCulture) <= 59
        && int.Parse(hhmmss.Substring(6, 2), CultureInfo.InvariantCulture) <= 59;

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z")]
    private static partial Regex UuidPattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\\z")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\\z")]
    private static partial Regex TimePattern();

    // Dots only between characters of the local part: ".a@x.com" and "a..b@x.com" are not addresses.
    [GeneratedRegex("^[A-Za-z0-9_%+-]+(\\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\z")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\z")]
    private static partial Regex Ipv4Pattern();

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\z")]
    private static partial Regex HostnamePattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9.-]+(/[A-Za-z0-9._~/-]*)?\\z")]
    private static partial Regex UriPattern();
}
