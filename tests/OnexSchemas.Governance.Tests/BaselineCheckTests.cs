using OnexSchemas.Git;
using OnexSchemas.Governance.Tests.Support;
using OnexSchemas.Naming;

namespace OnexSchemas.Governance.Tests;

/// <summary>
/// The check workflow as a library service (what <c>check --against</c>, and later the registrar, call): real git,
/// typed results.
/// </summary>
public sealed class BaselineCheckTests : IDisposable
{
    private static readonly GovernanceOptions Options = new() { Today = new DateOnly(2026, 1, 15) };
    private readonly GitSandbox _git = new();

    public void Dispose() => _git.Dispose();

    [Fact]
    public void A_breaking_change_is_typed_with_its_topic_and_verdict()
    {
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["amount"]!["type"] = "string");

        var result = BaselineCheck.Run(_git.SchemasRoot, "HEAD", Options);

        Assert.Equal("HEAD", result.Against);
        Assert.Equal("schemas", result.BaselineDirectory);
        var change = Assert.Single(result.Governance.Changes);
        Assert.Equal("events/billing/event/invoice_paid.v1.json", change.RelativePath);
        Assert.True(TopicName.TryParse("omninode.billing.event.invoice_paid.v1", "omninode", out var topic, out _));
        Assert.Equal(topic, change.Topic);
        Assert.Equal(FileChangeKind.Modified, change.Kind);
        Assert.Equal(FileVerdict.Breaking, change.Verdict);
        Assert.False(change.Passed);
        Assert.False(result.Passed);
        Assert.Equal(result.Diagnostics.Count(diagnostic => diagnostic.IsError), result.ErrorCount);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule == Diagnostics.RuleCatalog.BreakingChange);
    }

    [Fact]
    public void A_file_the_meta_schema_refuses_gets_its_lint_finding_and_no_verdict_instead_of_crashing_the_checker()
    {
        // Found by fuzzing: "enum": null reached Redpanda's enum comparison, which threw; the registry would refuse
        // such a schema (42201), so there is nothing to judge.
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["note"]!["enum"] = null);

        var result = BaselineCheck.Run(_git.SchemasRoot, "HEAD", Options);

        Assert.Empty(result.Governance.Changes);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("ONEX003", finding.Id);
        Assert.Contains("#/properties/note/enum", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_and_governance_findings_come_back_merged_in_file_and_line_order()
    {
        // A description removed (lint) and a breaking change (governance) in the same file.
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["amount"]!["type"] = "string";
            schema["properties"]!["note"]!.AsObject().Remove("description");
        });

        var result = BaselineCheck.Run(_git.SchemasRoot, "HEAD", Options);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Origin == Diagnostics.RuleOrigin.Lint);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Origin == Diagnostics.RuleOrigin.Governance);
        var order = result.Diagnostics.Select(diagnostic => (diagnostic.Location.FilePath, diagnostic.Location.Line, diagnostic.Location.Column)).ToList();
        Assert.Equal(order.OrderBy(entry => entry.FilePath, StringComparer.Ordinal).ThenBy(entry => entry.Line).ThenBy(entry => entry.Column), order);
    }

    [Fact]
    public void A_shared_schema_has_no_topic_and_shows_its_path()
    {
        _git.Write("schemas/common/money.v1.json", new System.Text.Json.Nodes.JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://schemas.omninode.dev/common/money.v1.json",
            ["title"] = "Money",
            ["description"] = "An amount.",
            ["type"] = "number",
        });

        var result = BaselineCheck.Run(_git.SchemasRoot, "HEAD", Options);

        var change = Assert.Single(result.Governance.Changes);
        Assert.Null(change.Topic);
        Assert.Equal("common/money.v1.json", change.DisplayName);
        Assert.Equal(FileVerdict.Added, change.Verdict);
    }

    [Fact]
    public void A_ref_that_names_no_commit_is_a_git_error()
    {
        var error = Assert.Throws<GitException>(() => BaselineCheck.Run(_git.SchemasRoot, "no-such-branch", Options));
        Assert.Contains("no-such-branch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_level_is_found_inside_a_work_tree_and_not_outside()
    {
        Assert.Equal(Path.GetFullPath(_git.Root), GitRepository.TryFindTopLevel(_git.SchemasRoot));

        var outside = Path.Combine(Path.GetTempPath(), "onex-no-git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            // GIT_CEILING_DIRECTORIES is not needed: the temp folder is not inside a repository on CI or here.
            Assert.Null(GitRepository.TryFindTopLevel(outside));
        }
        finally
        {
            Directory.Delete(outside);
        }
    }
}
