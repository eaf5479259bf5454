using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Core.Tests;

/// <summary>SemVer 2.0.0: what parses, what does not, and precedence as section 11 of the spec orders it.</summary>
public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("0.0.0", 0, 0, 0, null, null)]
    [InlineData("1.2.3", 1, 2, 3, null, null)]
    [InlineData("10.20.30", 10, 20, 30, null, null)]
    [InlineData("999999999.999999999.999999999", 999_999_999, 999_999_999, 999_999_999, null, null)]
    [InlineData("1.0.0-alpha", 1, 0, 0, "alpha", null)]
    [InlineData("1.0.0-alpha.1", 1, 0, 0, "alpha.1", null)]
    [InlineData("1.0.0-0.3.7", 1, 0, 0, "0.3.7", null)]
    [InlineData("1.0.0-x.7.z.92", 1, 0, 0, "x.7.z.92", null)]
    [InlineData("1.0.0-x-y-z.--", 1, 0, 0, "x-y-z.--", null)]
    [InlineData("1.0.0-0a", 1, 0, 0, "0a", null)]
    [InlineData("1.0.0+20130313144700", 1, 0, 0, null, "20130313144700")]
    [InlineData("1.0.0-beta+exp.sha.5114f85", 1, 0, 0, "beta", "exp.sha.5114f85")]
    [InlineData("1.0.0+21AF26D3----117B344092BD", 1, 0, 0, null, "21AF26D3----117B344092BD")]
    [InlineData("1.0.0+001", 1, 0, 0, null, "001")]
    public void WellFormedVersionParsesAndRoundTrips(string text, int major, int minor, int patch, string? preRelease, string? build)
    {
        Assert.True(SemanticVersion.TryParse(text, out var version));

        Assert.Equal(new SemanticVersion(major, minor, patch, preRelease, build), version);
        Assert.Equal(text, version!.ToString());
        Assert.Equal(version, SemanticVersion.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("01.2.3")]
    [InlineData("1.02.3")]
    [InlineData("1.2.03")]
    [InlineData("v1.2.3")]
    [InlineData("-1.2.3")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3+")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3-alpha..1")]
    [InlineData("1.2.3-alpha_1")]
    [InlineData("1.2.3+build..1")]
    [InlineData("1.2.3-é")]
    [InlineData("1.2.3-1١")]
    [InlineData(" 1.2.3")]
    [InlineData("1.2.3 ")]
    [InlineData("1.2.3\n")]
    [InlineData("1.2.3-rc.1\n")]
    [InlineData("1000000000.0.0")]
    [InlineData("1.2.3-rc.1+")]
    public void MalformedVersionIsRefused(string text)
    {
        Assert.False(SemanticVersion.TryParse(text, out var version));
        Assert.Null(version);
        Assert.Throws<FormatException>(() => SemanticVersion.Parse(text));
    }

    [Fact]
    public void NullIsNotAVersion()
    {
        Assert.False(SemanticVersion.TryParse(null, out var version));
        Assert.Null(version);
    }

    [Fact]
    public void PrecedenceFollowsTheSpec()
    {
        // SemVer 2.0.0 section 11, extended with core-version steps.
        string[] ordered =
        [
            "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.10.0", "2.0.0", "10.0.0",
        ];
        var versions = ordered.Select(SemanticVersion.Parse).ToArray();

        for (var i = 0; i < versions.Length; i++)
        {
            for (var j = 0; j < versions.Length; j++)
            {
                Assert.True(Math.Sign(versions[i].CompareTo(versions[j])) == Math.Sign(i.CompareTo(j)), $"{ordered[i]} vs {ordered[j]}");
                Assert.Equal(i > j, versions[i].IsGreaterThan(versions[j]));
            }
        }
    }

    [Fact]
    public void NumericPreReleaseIdentifiersSortBeforeAlphanumericOnes()
    {
        Assert.True(SemanticVersion.Parse("1.0.0-2").CompareTo(SemanticVersion.Parse("1.0.0-10")) < 0);
        Assert.True(SemanticVersion.Parse("1.0.0-999").CompareTo(SemanticVersion.Parse("1.0.0-a")) < 0);
        Assert.True(SemanticVersion.Parse("1.0.0-a.1").CompareTo(SemanticVersion.Parse("1.0.0-a.1.0")) < 0);
    }

    [Fact]
    public void BuildMetadataDoesNotAffectPrecedence()
    {
        var left = SemanticVersion.Parse("1.2.3+build.1");
        var right = SemanticVersion.Parse("1.2.3+build.2");

        Assert.Equal(0, left.CompareTo(right));
        Assert.Equal(0, left.CompareTo(SemanticVersion.Parse("1.2.3")));
        Assert.False(left.IsGreaterThan(right));
        Assert.False(right.IsGreaterThan(left));
    }

    [Fact]
    public void AnyVersionFollowsNull()
    {
        Assert.True(SemanticVersion.Parse("0.0.0").CompareTo(null) > 0);
    }
}
