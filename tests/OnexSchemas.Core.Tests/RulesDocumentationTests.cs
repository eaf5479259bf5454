using OnexSchemas.Diagnostics;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>docs/rules.md lists every rule of the catalog.</summary>
public sealed class RulesDocumentationTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(rule => rule.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleIsDocumentedWithItsName(string ruleId)
    {
        Assert.True(File.Exists(RepositoryPaths.RulesDocument), $"{RepositoryPaths.RulesDocument} does not exist");
        var text = File.ReadAllText(RepositoryPaths.RulesDocument);
        var rule = RuleCatalog.Find(ruleId)!;

        var lines = text.Split('\n').Where(line => line.Contains(ruleId, StringComparison.Ordinal)).ToList();

        Assert.True(lines.Count > 0, $"{ruleId} does not appear in docs/rules.md");
        Assert.Contains(lines, line => line.Contains(rule.Name, StringComparison.Ordinal));
    }
}
