using OnexSchemas.Cli;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary>Mistakes a release review found the tool answering badly, each pinned.</summary>
public sealed class ReviewFindingsTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(RepositoryPaths.Root, args);

    [Theory]
    [InlineData("validate")]
    [InlineData("list")]
    public void A_root_without_schemas_is_a_usage_error_not_a_clean_run(string command)
    {
        var empty = Directory.CreateTempSubdirectory("onex-empty-");
        try
        {
            var result = Run(command, "--root", empty.FullName);

            result.AssertNoCrash();
            Assert.True(result.ExitCode == ExitCodes.UsageOrIo, result.ToString());
            Assert.Contains("no schema files", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_root_that_is_a_file_says_so()
    {
        var result = Run("validate", "--root", Path.Combine(RepositoryPaths.Schemas, "onex-schemas.json"));

        Assert.True(result.ExitCode == ExitCodes.UsageOrIo, result.ToString());
        Assert.Contains("is a file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_suggests_the_topic_a_typo_was_meant_to_name_and_only_near_ones()
    {
        var typo = Run("show", "omninode.codegen.request.validat.v1", "--root", RepositoryPaths.Schemas);
        var unrelated = Run("show", "omninode.zzz.event.nothing.v1", "--root", RepositoryPaths.Schemas);

        Assert.Equal(ExitCodes.UsageOrIo, typo.ExitCode);
        Assert.Contains("did you mean: omninode.codegen.request.validate.v1", typo.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", unrelated.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compat_refuses_a_directory_and_a_document_that_is_no_schema()
    {
        var directory = Directory.CreateTempSubdirectory("onex-compat-");
        try
        {
            var array = Path.Combine(directory.FullName, "array.json");
            File.WriteAllText(array, "[1]");

            var fromDirectory = Run("compat", directory.FullName, array);
            var fromArray = Run("compat", array, array);

            Assert.Equal(ExitCodes.UsageOrIo, fromDirectory.ExitCode);
            Assert.Contains("is a directory", fromDirectory.Error, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.UsageOrIo, fromArray.ExitCode);
            Assert.Contains("is not a JSON Schema", fromArray.Error, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
