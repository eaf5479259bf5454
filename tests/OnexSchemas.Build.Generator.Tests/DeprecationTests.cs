using OnexSchemas.Build.Generator.Tests.Infrastructure;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>Deprecated topics: flagged in the catalog, and their [Obsolete] records (from the MSBuild part) cause no warning.</summary>
public sealed class DeprecationTests
{
    [Fact]
    public void Obsolete_requests_and_responses_compile_without_a_warning_and_are_flagged_deprecated()
    {
        const string Deprecated = ",\n    \"deprecated\": true,\n    \"sunset\": \"2027-06-30\"";
        var run = GeneratorHarness.Run(
            [
                TestTree.File("events/demo/request/ping.v1.json", TestTree.Schema("omninode.demo.request.ping.v1", onexExtra: Deprecated)),
                TestTree.File("events/demo/response/ping.v1.json", TestTree.Schema("omninode.demo.response.ping.v1", onexExtra: Deprecated)),
                TestTree.File("events/demo/request/pong.v1.json", TestTree.Schema("omninode.demo.request.pong.v1")),
                TestTree.File("events/demo/response/pong.v1.json", TestTree.Schema("omninode.demo.response.pong.v1", onexExtra: Deprecated)),
            ],
            TestTree.Root,
            """
            namespace Omninode.Events.Demo
            {
                [global::System.Obsolete("Use v2.")] public sealed partial record PingRequestV1;
                [global::System.Obsolete("Use v2.")] public sealed partial record PingResponseV1;
                public sealed partial record PongRequestV1;
                [global::System.Obsolete] public sealed partial record PongResponseV1;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.WarningsAndErrors(run.Output));
        var catalog = run.Source("OnexEventCatalog.g.cs");
        Assert.Equal(3, catalog.Split("Deprecated: true").Length - 1);
        Assert.Contains("Deprecated: may be removed after 2027-06-30.", run.Source("Demo.PingRequestV1.g.cs"), StringComparison.Ordinal);
    }
}
