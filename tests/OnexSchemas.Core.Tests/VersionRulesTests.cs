using System.Text.Json;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX013 (the version is SemVer) and ONEX012 (its major is the file's .vN).</summary>
public sealed class VersionRulesTests
{
    private const string Request = ValidTree.RequestPath;
    private const string Version = "\"version\": \"1.2.0\"";

    [Theory]
    [InlineData("1.2")]
    [InlineData("v1.2.0")]
    [InlineData("01.2.0")]
    [InlineData("1.2.0-")]
    [InlineData("1.2.0-01")]
    [InlineData("1.2.0 ")]
    [InlineData("1.2.0\n")]
    [InlineData("1.x.0")]
    public void VersionThatIsNotSemVerIsReportedAtVersion(string version)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Version, "\"version\": " + JsonSerializer.Serialize(version));

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX013");
        Assert.Equal(tree.LocationOf(Request, "\"version\""), Findings.Single(result, "ONEX013").Location);
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.99.7")]
    [InlineData("1.3.0-rc.1")]
    [InlineData("1.3.0+build.7")]
    public void SemVerWithTheFilesMajorIsFine(string version)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Version, $"\"version\": \"{version}\"");

        Findings.None(tree.Lint());
    }

    [Theory]
    [InlineData("0.9.0")]
    [InlineData("2.0.0")]
    [InlineData("2.0.0-rc.1")]
    public void MajorOtherThanTheFilesIsReportedAtVersion(string version)
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Version, $"\"version\": \"{version}\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX012");
        Assert.Equal(tree.LocationOf(Request, "\"version\""), Findings.Single(result, "ONEX012").Location);
    }

    [Fact]
    public void MajorOfASharedSchemaIsCheckedToo()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.SharedPath, "\"version\": \"1.0.0\"", "\"version\": \"3.1.0\"");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX012");
        Assert.Equal(tree.LocationOf(ValidTree.SharedPath, "\"version\""), Findings.Single(result, "ONEX012").Location);
    }

    [Fact]
    public void VersionThatIsNotAStringIsAMetadataFindingNotASemVerOne()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, Version, "\"version\": 1.2");

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX014");
        Assert.Equal(tree.LocationOf(Request, "\"version\""), Findings.Single(result, "ONEX014").Location);
    }
}
