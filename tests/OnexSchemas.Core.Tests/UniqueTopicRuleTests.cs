using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX022: no two files define the same topic or the same <c>$id</c>.</summary>
public sealed class UniqueTopicRuleTests
{
    [Fact]
    public void DuplicateTopicIsReportedOnTheSecondFileNamingTheFirst()
    {
        using var tree = TreeBuilder.Valid();
        RuleCases.ById["ONEX022"].Break(tree);

        var finding = Findings.Single(tree.Lint(), "ONEX022");

        Assert.Equal(tree.LocationOf("events/demo/response/pong.v1.json", "\"topic\""), finding.Location);
        Assert.Contains(ValidTree.ResponsePath, finding.Message, StringComparison.Ordinal);
        Assert.Contains(ValidTree.ResponseTopic, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateIdIsReportedAtIdAndNotAsAMetaSchemaProblem()
    {
        using var tree = TreeBuilder.Valid();
        const string copy = "common/shared_copy.v1.json";
        tree.Write(copy, ValidTree.Shared);

        var result = tree.Lint();

        // The copy's $id is not its path (ONEX011) and repeats the original's (ONEX022); nothing else is wrong with it.
        Findings.OnlyRules(result, "ONEX011", "ONEX022");
        var finding = Findings.Single(result, "ONEX022");
        Assert.Equal(tree.LocationOf(copy, "\"$id\""), finding.Location);
        Assert.Contains(ValidTree.SharedPath, finding.Message, StringComparison.Ordinal);
    }
}
