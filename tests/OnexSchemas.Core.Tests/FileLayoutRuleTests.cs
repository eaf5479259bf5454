using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX008 (and ONEX009 for paths that spell a bad topic): a schema's path is its identity.</summary>
public sealed class FileLayoutRuleTests
{
    [Fact]
    public void AuditTopicsMayOmitThePatternSegment()
    {
        using var tree = TreeBuilder.Valid();
        tree.Write("events/audit/ping_sent.v1.json", ValidTree.TopicSchema("events/audit/ping_sent.v1.json", "omninode.audit.ping_sent.v1"));

        var result = tree.Lint();

        Findings.None(result);
        Assert.Contains(result.Tree.Topics, topic => topic.Name.Value == "omninode.audit.ping_sent.v1" && topic.Name.PatternImplied);
    }

    [Theory]
    [InlineData("misc/orphan.v1.json")]
    [InlineData("orphan.v1.json")]
    [InlineData("common/nested/orphan.v1.json")]
    [InlineData("common/orphan.json")]
    [InlineData("events/demo/orphan.v1.json")]
    [InlineData("events/demo/event/orphan.json")]
    [InlineData("events/demo/event/orphan.v0.json")]
    [InlineData("events/demo/event/orphan.v01.json")]
    [InlineData("events/demo/event/deeper/orphan.v1.json")]
    public void SchemaOutsideTheLayoutIsReportedForTheWholeFile(string path)
    {
        using var tree = TreeBuilder.Valid();
        tree.Write(path, ValidTree.SharedSchema(path));

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX008");
        Assert.Equal(tree.FileLocation(path), Findings.Single(result, "ONEX008").Location);
    }

    [Theory]
    [InlineData("events/Demo/event/pinged.v1.json")]
    [InlineData("events/demo/notice/pinged.v1.json")]
    [InlineData("events/demo/event/Pinged.v1.json")]
    [InlineData("events/demo/event/ping-sent.v1.json")]
    [InlineData("events/demo/event/ping__sent.v1.json")]
    public void PathThatSpellsABadTopicNameBreaksTopicNaming(string path)
    {
        using var tree = TreeBuilder.Valid();
        tree.Write(path, ValidTree.SharedSchema(path));

        var result = tree.Lint();

        Findings.OnlyRules(result, "ONEX009");
        Assert.Equal(tree.FileLocation(path), Findings.Single(result, "ONEX009").Location);
    }

    [Fact]
    public void CommonSchemaWithASnakeCaseNameIsInPlace()
    {
        using var tree = TreeBuilder.Valid();
        tree.Write("common/dlq_record.v2.json", ValidTree.SharedSchema("common/dlq_record.v2.json").Replace("\"1.0.0\"", "\"2.0.0\"", StringComparison.Ordinal));

        Findings.None(tree.Lint());
    }
}
