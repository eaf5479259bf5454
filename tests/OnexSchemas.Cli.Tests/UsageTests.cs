using OnexSchemas.Cli;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary>Mistakes in how the tool is called: exit code 2 and a short message on standard error, never a crash.</summary>
public sealed class UsageTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(RepositoryPaths.Root, args);

    [Theory]
    [InlineData("validate", "--bogus")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("list", "--format", "sarif")]
    [InlineData("frobnicate")]
    [InlineData("show")]
    public void BadCommandLineExitsTwo(params string[] args)
    {
        var result = Run(args);

        result.AssertNoCrash();
        Assert.True(result.ExitCode == ExitCodes.UsageOrIo, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("onex-schemas: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOptionIsNamed()
    {
        var result = Run("validate", "--bogus");

        Assert.Contains("--bogus", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("list")]
    public void MissingRootDirectoryExitsTwoWithOneLine(string command)
    {
        using var tree = TreeBuilder.Empty();
        var missing = Path.Combine(tree.Workspace, "no-such-dir");

        var result = CliRunner.Run(tree.Workspace, command, "--root", missing);

        result.AssertNoCrash();
        Assert.True(result.ExitCode == ExitCodes.UsageOrIo, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        var lines = result.Error.TrimEnd().Split('\n');
        var line = Assert.Single(lines);
        Assert.Contains(missing, line, StringComparison.Ordinal);
    }

    [Fact]
    public void RootThatIsAFileExitsTwo()
    {
        using var tree = TreeBuilder.Valid();

        var result = CliRunner.Run(tree.Workspace, "validate", "--root", tree.FullPath(ValidTree.ConfigPath));

        result.AssertNoCrash();
        Assert.True(result.ExitCode == ExitCodes.UsageOrIo, result.ToString());
    }

    [Fact]
    public void ValidFixtureTreeExitsZeroUnderBothCommandNames()
    {
        using var tree = TreeBuilder.Valid();

        var validate = CliRunner.Run(tree.Workspace, "validate", "--root", "schemas");
        var lint = CliRunner.Run(tree.Workspace, "lint", "--root", "schemas");

        Assert.True(validate.ExitCode == ExitCodes.Success, validate.ToString());
        Assert.Equal(validate, lint);
        Assert.Equal("4 file(s) checked: 0 error(s), 0 warning(s).", validate.Output.TrimEnd());
    }
}
