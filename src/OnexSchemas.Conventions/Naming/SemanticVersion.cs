using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OnexSchemas.Naming;

/// <summary>
/// A SemVer 2.0.0 version, the grammar of semver.org read without regular expressions (so the source generator
/// compiles the same reader). Build metadata is kept but, as the spec says, ignored for precedence.
/// </summary>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
/// <param name="Patch">The patch version.</param>
/// <param name="PreRelease">The pre-release identifiers after '-', if any.</param>
/// <param name="Build">The build metadata after '+', if any.</param>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record SemanticVersion(int Major, int Minor, int Patch, string? PreRelease = null, string? Build = null)
    : IComparable<SemanticVersion>
{
    /// <summary>Reads a version such as <c>1.2.3</c> or <c>2.0.0-rc.1+build.5</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        if (text is null)
        {
            return false;
        }

        var position = 0;
        if (!ReadNumber(text, ref position, out var major)
            || !Skip(text, ref position, '.') || !ReadNumber(text, ref position, out var minor)
            || !Skip(text, ref position, '.') || !ReadNumber(text, ref position, out var patch))
        {
            return false;
        }

        string? preRelease = null;
        if (position < text.Length && text[position] == '-')
        {
            var start = ++position;
            if (!ReadIdentifiers(text, ref position, numericWithoutLeadingZero: true))
            {
                return false;
            }

            preRelease = text.Substring(start, position - start);
        }

        string? build = null;
        if (position < text.Length && text[position] == '+')
        {
            var start = ++position;
            if (!ReadIdentifiers(text, ref position, numericWithoutLeadingZero: false))
            {
                return false;
            }

            build = text.Substring(start, position - start);
        }

        if (position != text.Length)
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, preRelease, build);
        return true;
    }

    /// <summary>Reads a version, or throws <see cref="FormatException"/>.</summary>
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException("'" + text + "' is not a SemVer 2.0.0 version.");

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = Major != other.Major ? Major.CompareTo(other.Major)
            : Minor != other.Minor ? Minor.CompareTo(other.Minor)
            : Patch.CompareTo(other.Patch);
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

    /// <summary>The version without pre-release and build: the part the next-version rules step.</summary>
    public SemanticVersion Core => this with { PreRelease = null, Build = null };

    /// <summary>The next patch version, <c>M.m.(p+1)</c>.</summary>
    public SemanticVersion NextPatch => new(Major, Minor, Patch + 1);

    /// <summary>The next minor version, <c>M.(m+1).0</c>.</summary>
    public SemanticVersion NextMinor => new(Major, Minor + 1, 0);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture) + "." + Patch.ToString(CultureInfo.InvariantCulture);
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

    // MAJOR, MINOR and PATCH: 0 or a number without leading zeros, at most nine digits so it fits an int.
    private static bool ReadNumber(string text, ref int position, out int value)
    {
        value = 0;
        var start = position;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            if (position - start == 9)
            {
                return false;
            }

            value = (value * 10) + (text[position] - '0');
            position++;
        }

        var length = position - start;
        return length > 0 && (length == 1 || text[start] != '0');
    }

    private static bool Skip(string text, ref int position, char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    // Dot-separated non-empty [0-9A-Za-z-] identifiers; numeric pre-release identifiers have no leading zero.
    private static bool ReadIdentifiers(string text, ref int position, bool numericWithoutLeadingZero)
    {
        while (true)
        {
            var start = position;
            var numeric = true;
            while (position < text.Length && IsIdentifierChar(text[position]))
            {
                numeric &= text[position] >= '0' && text[position] <= '9';
                position++;
            }

            var length = position - start;
            if (length == 0 || (numericWithoutLeadingZero && numeric && length > 1 && text[start] == '0'))
            {
                return false;
            }

            if (position < text.Length && text[position] == '.')
            {
                position++;
                continue;
            }

            return true;
        }
    }

    private static bool IsIdentifierChar(char c) =>
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}
