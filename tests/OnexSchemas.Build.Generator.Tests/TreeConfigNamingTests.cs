using Microsoft.CodeAnalysis;
using OnexSchemas.Build.Generator.Tests.Infrastructure;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>The topic namespace, and so the generated C# namespace, come from the tree config, not from literals.</summary>
public sealed class TreeConfigNamingTests
{
    private const string Config = """{ "namespace": "acme", "defaults": { "partitions": 3 } }""";

    [Fact]
    public void A_configured_namespace_names_the_topics_and_the_generated_namespace()
    {
        var run = GeneratorHarness.Run(
            [
                TestTree.File("onex-schemas.json", Config),
                TestTree.File("events/demo/request/ping.v1.json", TestTree.Schema("acme.demo.request.ping.v1")),
                TestTree.File("events/demo/response/ping.v1.json", TestTree.Schema("acme.demo.response.ping.v1")),
            ],
            TestTree.Root,
            """
            namespace Acme.Events.Demo { public sealed partial record PingRequestV1; public sealed partial record PingResponseV1; }
            namespace Use
            {
                internal static class Check
                {
                    public static string Topic => Acme.Events.Topics.Demo.Request.PingV1;
                    public static string Dlq => Acme.Events.Topics.Demo.Request.PingV1Dlq;
                    public static string Of<T>() where T : Acme.Events.IOnexEvent => T.Topic;
                    public static string Ping => Of<Acme.Events.Demo.PingRequestV1>();
                }
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName == "Acme.Events.Demo.PingRequestV1.g.cs");
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName == "Acme.Events.Topics.g.cs");
        Assert.DoesNotContain(run.Result.GeneratedSources, s => s.HintName.StartsWith("Omninode", StringComparison.Ordinal));
        var topics = run.Source("Acme.Events.Topics.g.cs");
        Assert.Contains("public const string PingV1 = \"acme.demo.request.ping.v1\";", topics, StringComparison.Ordinal);
        Assert.Contains("public const string PingV1Dlq = \"acme.demo.request.ping.v1.dlq\";", topics, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_configured_namespace_the_default_one_is_a_topic_mismatch()
    {
        var run = GeneratorHarness.Run(
            [
                TestTree.File("onex-schemas.json", Config),
                TestTree.File("events/demo/event/pinged.v1.json", TestTree.Schema("omninode.demo.event.pinged.v1")),
            ],
            TestTree.Root);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ONEXG004", diagnostic.Id);
        Assert.Contains("'acme.demo.event.pinged.v1'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"namespace\": ¦\"Acme\" }", "lower snake_case")]
    [InlineData("{ \"namespace\": ¦7 }", "lower snake_case")]
    [InlineData("{ \"namespace\": \"acme\", ¦}", "expected a property name")]
    public void A_config_that_cannot_be_read_is_an_error_at_its_place_and_the_default_names_are_used(string marked, string message)
    {
        var (config, expected) = TestTree.Marked(marked);
        var run = GeneratorHarness.Run(
            [
                TestTree.File("onex-schemas.json", config),
                TestTree.File("events/demo/event/pinged.v1.json", TestTree.Schema("omninode.demo.event.pinged.v1")),
            ],
            TestTree.Root);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ONEXG008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(TestTree.Root + "/onex-schemas.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(expected, diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName == "Omninode.Events.Demo.PingedEventV1.g.cs");
    }
}
