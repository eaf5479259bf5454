using System.Text.RegularExpressions;
using OnexSchemas.Diagnostics;
using OnexSchemas.Linting;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>
/// Every rule of the catalog is exercised: the valid fixture tree has no finding of it, and its breaking fixture
/// gives exactly that rule, in the right file, at the right line and column.
/// </summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds => new(LintRules.Select(rule => rule.Id));

    private static IEnumerable<RuleDescriptor> LintRules => RuleCatalog.All.Where(rule => rule.Origin == RuleOrigin.Lint);

    [Fact]
    public void ValidTreeHasNoFindings()
    {
        using var tree = TreeBuilder.Valid();

        var result = tree.Lint();

        Findings.None(result);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Tree.Topics.Count);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ValidTreeHasNoFindingOfRule(string ruleId)
    {
        using var tree = TreeBuilder.Valid();

        Findings.NoneOf(tree.Lint(), ruleId);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void BreakingFixtureGivesExactlyThatRuleAtTheRightPlace(string ruleId)
    {
        Assert.True(RuleCases.ById.TryGetValue(ruleId, out var @case), $"{ruleId} has no breaking fixture in {nameof(RuleCases)}");
        using var tree = TreeBuilder.Valid();
        @case.Break(tree);

        var result = tree.Lint();

        Findings.OnlyRules(result, [ruleId, .. @case.Companions ?? []]);
        var finding = Findings.Single(result, ruleId);
        Assert.Equal(@case.Expected(tree), finding.Location);
        Assert.Equal(RuleCatalog.Find(ruleId)!.DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Equal(finding.Severity != DiagnosticSeverity.Error, result.Succeeded);
    }

    [Fact]
    public void EveryBreakingFixtureNamesARuleOfTheCatalog()
    {
        var catalogIds = RuleCatalog.All.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(RuleCases.ById.Keys, id => Assert.Contains(id, catalogIds));
    }

    [Fact]
    public void IdsRunWithoutGapsInOrderWithinEachOrigin()
    {
        foreach (var (origin, prefix, first) in new[] { (RuleOrigin.Lint, "ONEX", 1), (RuleOrigin.Governance, "ONEX", 101), (RuleOrigin.Generator, "ONEXG", 1), (RuleOrigin.Build, "ONEXB", 1) })
        {
            var ids = RuleCatalog.All.Where(rule => rule.Origin == origin).Select(rule => rule.Id).ToList();
            var expected = Enumerable.Range(first, ids.Count).Select(number => $"{prefix}{number:000}");
            Assert.Equal(expected, ids);
        }

        Assert.Equal(
            RuleCatalog.All.Select(rule => rule.Origin).Order(),
            RuleCatalog.All.Select(rule => rule.Origin));
    }

    [Fact]
    public void NamesAreUniqueKebabCaseAndPurposesAreSentences()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(rule => rule.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*\\z"), rule.Name);
            Assert.EndsWith(".", rule.Purpose, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void FindReturnsTheRuleOrNull()
    {
        Assert.Same(RuleCatalog.ReferenceCycle, RuleCatalog.Find("ONEX007"));
        Assert.Null(RuleCatalog.Find("ONEX999"));
        Assert.Null(RuleCatalog.Find("onex007"));
    }

    [Fact]
    public void OnlyReferenceSiblingsIsALintWarning()
    {
        var nonErrors = LintRules.Where(rule => rule.DefaultSeverity != DiagnosticSeverity.Error).Select(rule => rule.Id);

        Assert.Equal(["ONEX025"], nonErrors);
    }

    [Fact]
    public void EveryRuleTheLinterRunsIsInTheCatalog()
    {
        Assert.All(SchemaLinter.Rules, rule =>
        {
            Assert.Contains(rule.Descriptor, rule.Reports);
            Assert.All(rule.Reports, reported => Assert.Same(reported, RuleCatalog.Find(reported.Id)));
            Assert.All(rule.Reports, reported => Assert.Equal(RuleOrigin.Lint, reported.Origin));
        });
    }

    [Fact]
    public void EveryLintIdIsReportedBySomeRuleOrByTheLoader()
    {
        // The loader reports ONEX001 (syntax and limits) and ONEX024 (the tree config) before any rule runs.
        var declared = SchemaLinter.Rules.SelectMany(rule => rule.Reports).Append(RuleCatalog.JsonSyntax).Append(RuleCatalog.TreeConfig).ToHashSet();

        Assert.All(LintRules, rule => Assert.Contains(rule, declared));
    }
}
