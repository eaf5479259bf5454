using Microsoft.CodeAnalysis;
using OnexSchemas.Build.Generator.Tests.Infrastructure;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>Broken files are reported at their file and line, and skipped; the rest still generates.</summary>
public sealed class DiagnosticTests
{
    private const string BrokenPath = "events/demo/event/broken.v1.json";

    [Fact]
    public void Invalid_json_is_reported_at_the_file_and_line_and_the_file_is_skipped()
    {
        var (broken, expected) = TestTree.Marked("""
            {
              "description": "Missing a comma after the topic.",
              "x-onex": {
                "topic": "omninode.demo.event.broken.v1"
                ¦"version": "1.0.0"
              }
            }
            """);
        var run = GeneratorHarness.Run(
            [TestTree.File(BrokenPath, broken), TestTree.File("events/demo/event/fine.v1.json", TestTree.Schema("omninode.demo.event.fine.v1"))],
            TestTree.Root);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ONEXG001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(TestTree.Root + "/" + BrokenPath, span.Path);
        Assert.Equal(expected, span.StartLinePosition);
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Contains("expected ',' or '}'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(BrokenPath, diagnostic.GetMessage(), StringComparison.Ordinal);

        Assert.DoesNotContain(run.Result.GeneratedSources, s => s.HintName.Contains("BrokenEventV1", StringComparison.Ordinal));
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName == "Omninode.Events.Demo.FineEventV1.g.cs");
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
    }

    public static TheoryData<string, string> MalformedJson => new()
    {
        { "{\n  \"a\": 1,\n¦}", "expected a property name" },
        { "{\n  ¦// a comment\n  \"a\": 1\n}", "expected a property name" },
        { "{\n  \"a\": 0¦1\n}", "leading zero" },
        { "{\n  \"a\": \"abc¦\n}", "control character U+000A" },
        { "{\"a\": \"\\¦x\"}", "invalid escape" },
        { "{\"a\": \"\\u12¦G4\"}", "four hexadecimal digits" },
        { "{}\n¦{}", "after the root value" },
        { "¦", "empty" },
        { "  \n¦", "empty" },
        { "{¦'a': 1}", "double quotes" },
        { "{\"a\": ¦True}", "expected a value" },
        { "{\"a\": ¦NaN}", "expected a value" },
        { "{\"a\" ¦1}", "expected ':'" },
        { "{\"a\": -¦}", "digit after '-'" },
        { "{\"a\": 1.¦}", "digit after '.'" },
        { "{\"a\": 1e¦}", "exponent" },
        { "{\"a\": [1, 2¦", "inside an array" },
        { "{\"a\": [1 ¦2]}", "expected ',' or ']'" },
        { "{\"a\": ¦\"unterminated", "unterminated string" },
        { "{\"a\": 1¦", "inside an object" },
        { "{\"x-onex\": {\"version\": \"1.0.0\"}, ¦\"x-onex\": {}}", "appears twice" },
        { "{\"x-onex\": {\"version\": \"1.0.0\", ¦\"version\": \"1.0.1\"}}", "appears twice" },
        { new string('[', 128) + "¦[" + new string(']', 129), "deeper than 128" },
    };

    [Theory]
    [MemberData(nameof(MalformedJson))]
    public void Malformed_json_is_ONEXG001_at_the_offending_character(string marked, string messagePart)
    {
        var (text, expected) = TestTree.Marked(marked);
        var run = GeneratorHarness.Run([TestTree.File(BrokenPath, text)], TestTree.Root);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ONEXG001", diagnostic.Id);
        Assert.Equal(expected, diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(messagePart, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadMetadata => new()
    {
        { "¦[]", "ONEXG002", "not an object" },
        { "¦{\"description\": \"no metadata\"}", "ONEXG002", "has no \"x-onex\"" },
        { "{\"x-onex\": ¦\"omninode.demo.event.broken.v1\"}", "ONEXG002", "is not an object" },
        { "{\n  \"description\": \"d\",\n  ¦\"x-onex\": {\n    \"topic\": \"omninode.demo.event.broken.v1\"\n  }\n}", "ONEXG002", "has no \"version\"" },
        { "{\"x-onex\": {\"version\": ¦1}}", "ONEXG002", "not a string" },
        { "{\"x-onex\": {\"version\": ¦\"1.0\"}}", "ONEXG002", "not a SemVer" },
        { "{\"x-onex\": {\"version\": ¦\"01.0.0\"}}", "ONEXG002", "not a SemVer" },
        { "{\"x-onex\": {\"version\": ¦\"1.0.0-01\"}}", "ONEXG002", "not a SemVer" },
        { "{\"x-onex\": {\"version\": \"1.0.0\", \"topic\": ¦[\"omninode.demo.event.broken.v1\"]}}", "ONEXG002", "topic is not a string" },
        { "{\"x-onex\": {\"version\": \"1.0.0\", \"topic\": ¦\"omninode.demo.event.other.v1\"}}", "ONEXG004", "path names 'omninode.demo.event.broken.v1'" },
        { "{\"x-onex\": {\"topic\": \"omninode.demo.event.broken.v1\",\n \"version\": ¦\"2.0.0\"}}", "ONEXG005", "but the file is '.v1'" },
    };

    [Theory]
    [MemberData(nameof(BadMetadata))]
    public void Unusable_metadata_is_reported_where_it_is_wrong(string marked, string id, string messagePart)
    {
        var (text, expected) = TestTree.Marked(marked);
        var run = GeneratorHarness.Run([TestTree.File(BrokenPath, text)], TestTree.Root);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(expected, diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(messagePart, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
        Assert.Equal(3, run.Result.GeneratedSources.Length); // abstractions, Topics and the catalog, all empty of topics
    }

    [Fact]
    public void A_missing_topic_is_taken_from_the_path_and_a_prerelease_version_is_kept()
    {
        var run = GeneratorHarness.Run(
            [TestTree.File("events/demo/event/fine.v1.json", "{\"description\": \"d\", \"x-onex\": {\"version\": \"1.2.3-rc.1+build.5\"}}")],
            TestTree.Root);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("public static string SchemaVersion => \"1.2.3-rc.1+build.5\";", run.Source("Demo.FineEventV1.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("events/codegen/validate.v1.json")]
    [InlineData("events/codegen/request/Validate.v1.json")]
    [InlineData("events/codegen/request/validate.json")]
    [InlineData("events/codegen/request/validate.v01.json")]
    [InlineData("events/codegen/query/validate.v1.json")]
    [InlineData("events/code-gen/request/validate.v1.json")]
    [InlineData("events/codegen/request/extra/validate.v1.json")]
    [InlineData("events/validate.v1.json")]
    public void A_json_file_under_events_that_names_no_topic_is_a_warning_at_the_file(string relativePath)
    {
        var run = GeneratorHarness.Run([TestTree.File(relativePath, "not even read")], TestTree.Root);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ONEXG003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(TestTree.Root + "/" + relativePath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Topics_whose_CSharp_names_collide_are_reported_and_the_later_one_skipped()
    {
        var run = GeneratorHarness.Run(
            [
                TestTree.File("events/a1b/event/thing.v1.json", TestTree.Schema("omninode.a1b.event.thing.v1")),
                TestTree.File("events/a_1b/event/thing.v1.json", TestTree.Schema("omninode.a_1b.event.thing.v1")),
                TestTree.File("events/a_1b/event/other.v1.json", TestTree.Schema("omninode.a_1b.event.other.v1")),
                TestTree.File("events/topics/event/thing.v1.json", TestTree.Schema("omninode.topics.event.thing.v1")),
                TestTree.File("events/request/request/thing.v1.json", TestTree.Schema("omninode.request.request.thing.v1")),
                TestTree.File("events/audit/audit/thing.v1.json", TestTree.Schema("omninode.audit.audit.thing.v1")),
                TestTree.File("events/audit/thing.v1.json", TestTree.Schema("omninode.audit.thing.v1")),
            ],
            TestTree.Root);

        Assert.All(run.Diagnostics, d => Assert.Equal("ONEXG006", d.Id));
        Assert.Equal(
            ["events/a_1b/event/other.v1.json", "events/a_1b/event/thing.v1.json", "events/audit/audit/thing.v1.json", "events/request/request/thing.v1.json", "events/topics/event/thing.v1.json"],
            run.Diagnostics.Select(d => d.GetMessage().Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(
            run.Diagnostics.Where(d => d.GetMessage().Contains("a_1b", StringComparison.Ordinal)),
            d => Assert.Contains("'events/a1b/event/thing.v1.json' generates too", d.GetMessage(), StringComparison.Ordinal));
        Assert.Equal(5, run.Result.GeneratedSources.Length); // abstractions, Topics, catalog, A1b.ThingEventV1, Audit.ThingAuditV1
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
    }

    [Fact]
    public void A_request_without_its_response_implements_IOnexEvent_only_with_a_warning()
    {
        var run = GeneratorHarness.Run(
            [TestTree.File("events/demo/request/ping.v1.json", TestTree.Schema("omninode.demo.request.ping.v1"))],
            TestTree.Root,
            "namespace Omninode.Events.Demo { public sealed partial record PingRequestV1; }");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ONEXG007", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // the x-onex.topic line
        Assert.Contains("partial record PingRequestV1 : global::Omninode.Events.IOnexEvent", run.Source("Demo.PingRequestV1.g.cs"), StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
    }

    [Fact]
    public void Every_descriptor_comes_from_the_shared_rule_catalog()
    {
        var fromCatalog = OnexSchemas.Diagnostics.RuleCatalog.All
            .Where(rule => rule.Origin == OnexSchemas.Diagnostics.RuleOrigin.Generator)
            .ToDictionary(rule => rule.Id);

        Assert.Equal(fromCatalog.Keys.Order(), GeneratorDiagnostics.All.Select(descriptor => descriptor.Id).Order());
        foreach (var descriptor in GeneratorDiagnostics.All)
        {
            var rule = fromCatalog[descriptor.Id];
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Purpose, descriptor.Description.ToString());
            Assert.Equal(rule.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
        }
    }

    [Fact]
    public void Every_descriptor_is_listed_in_AnalyzerReleases_Unshipped()
    {
        var unshipped = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "src", "OnexSchemas.Build.Generator", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in GeneratorDiagnostics.All)
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", unshipped, StringComparison.Ordinal);
        }

        Assert.Equal(GeneratorDiagnostics.All.Count, GeneratorDiagnostics.All.Select(d => d.Id).Distinct().Count());
    }
}
