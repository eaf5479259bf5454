using System.Globalization;
using System.Text.RegularExpressions;

namespace OnexSchemas.Model;

/// <summary>A SemVer 2.0.0 version. Build metadata is kept but, as the spec says, ignored for precedence.</summary>
public sealed partial record SemanticVersion(int Major, int Minor, int Patch, string? PreRelease = null, string? Build = null)
    : IComparable<SemanticVersion>
{
    /// <summary>Reads a version such as <c>1.2.3</c> or <c>2.0.0-rc.1+build.5</c>.</summary>
    public static bool TryParse(string? text, out SemanticVersion? version)
    {
        version = null;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups["major"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups["minor"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups["patch"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new SemanticVersion(
            major,
            minor,
            patch,
            match.Groups["pre"].Success ? match.Groups["pre"].Value : null,
            match.Groups["build"].Success ? match.Groups["build"].Value : null);
        return true;
    }

    /// <summary>Reads a version, or throws <see cref="FormatException"/>.</summary>
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version! : throw new FormatException($"'{text}' is not a SemVer 2.0.0 version.");

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0)
        {
            return core;
        }

        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreRelease(PreRelease!, other.PreRelease!),
        };
    }

    /// <summary>True when this version has higher precedence than <paramref name="other"/>.</summary>
    public bool IsGreaterThan(SemanticVersion other) => CompareTo(other) > 0;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
        if (PreRelease is not null)
        {
            text += "-" + PreRelease;
        }

        return Build is null ? text : text + "+" + Build;
    }

    private static int ComparePreRelease(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var aNumeric = long.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var aNumber);
            var bNumeric = long.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var bNumber);
            var order = (aNumeric, bNumeric) switch
            {
                (true, true) => aNumber.CompareTo(bNumber),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    [GeneratedRegex(
        @"^(?<major>0|[1-9]\d{0,8})\.(?<minor>0|[1-9]\d{0,8})\.(?<patch>0|[1-9]\d{0,8})" +
        @"(?:-(?<pre>(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?" +
        @"(?:\+(?<build>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
