using System.Net;
using System.Net.Sockets;
using System.Text;
using OnexSchemas.Cli;
using OnexSchemas.Loading;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary>
/// Each bad input of the issue, through <c>onex-schemas validate</c>: exit code 1, a finding that names the file
/// relative to the working directory (with line and column where the input has them), and no sign of a crash.
/// </summary>
public sealed class BadInputTests
{
    private const string Request = ValidTree.RequestPath;
    private const string Shared = ValidTree.SharedPath;
    private const string Draft07 = "\"http://json-schema.org/draft-07/schema#\"";

    private sealed record BadInput(Action<TreeBuilder> Setup, string RuleId, string File, Func<TreeBuilder, (int Line, int Column)>? Where);

    private static readonly Dictionary<string, BadInput> Cases = new(StringComparer.Ordinal)
    {
        ["invalid JSON"] = new(
            tree => tree.Write("events/demo/event/broken.v1.json", "{\n  \"description\": \"Broken.\",\n  \"type\": \n}\n"),
            "ONEX001", "events/demo/event/broken.v1.json",
            tree => tree.PositionOf("events/demo/event/broken.v1.json", "}", after: "\"type\"")),

        ["wrong type in a keyword of a topic schema"] = new(
            tree => tree.Replace(Request, "\"minimum\": 0", "\"minimum\": \"zero\""),
            "ONEX003", Request, tree => tree.PositionOf(Request, "\"minimum\"")),

        ["wrong type in a keyword of a shared schema a topic refers to"] = new(
            tree => tree.Replace(Shared, "\"minLength\": 1", "\"minLength\": \"one\""),
            "ONEX003", Shared, tree => tree.PositionOf(Shared, "\"minLength\"")),

        ["unknown draft in a topic schema"] = new(
            tree => tree.Replace(Request, Draft07, "\"http://json-schema.org/draft-99/schema#\""),
            "ONEX002", Request, tree => tree.PositionOf(Request, "\"$schema\"")),

        ["unknown draft in a shared schema a topic refers to"] = new(
            tree => tree.Replace(Shared, Draft07, "\"http://json-schema.org/draft-99/schema#\""),
            "ONEX002", Shared, tree => tree.PositionOf(Shared, "\"$schema\"")),

        ["$ref to a missing file"] = new(
            tree => tree.Replace(Request, "\"../../../common/shared.v1.json\"", "\"../../../common/missing.v1.json\""),
            "ONEX006", Request, tree => tree.PositionOf(Request, "\"$ref\"", after: "\"target\"")),

        ["$ref cycle"] = new(
            tree => tree.Replace(Request, "\"type\": \"string\",\n      \"maxLength\": 200,", "\"$ref\": \"#/properties/note\","),
            "ONEX007", Request, tree => tree.PositionOf(Request, "\"$ref\"", after: "\"definitions\"")),

        ["$ref to ../../outside.json"] = new(
            tree =>
            {
                tree.Write("../outside.json", "{ \"type\": \"string\" }");
                tree.Write("common/escape.v1.json", ValidTree.SharedSchema("common/escape.v1.json")
                    .Replace("\"minLength\": 1,", "\"minLength\": 1,\n      \"allOf\": [{ \"$ref\": \"../../outside.json\" }],", StringComparison.Ordinal));
            },
            "ONEX005", "common/escape.v1.json", tree => tree.PositionOf("common/escape.v1.json", "\"$ref\"")),

        ["$ref to ../../outside.json in a shared schema a topic refers to"] = new(
            tree =>
            {
                tree.Write("../outside.json", "{ \"type\": \"string\" }");
                tree.Replace(Shared, "\"minLength\": 1,", "\"minLength\": 1,\n      \"allOf\": [{ \"$ref\": \"../../outside.json\" }],");
            },
            "ONEX005", Shared, tree => tree.PositionOf(Shared, "\"$ref\"")),

        ["a file of 50 MB"] = new(
            tree => tree.WriteSized("events/demo/event/huge.v1.json", 50L * 1024 * 1024),
            "ONEX001", "events/demo/event/huge.v1.json", null),

        ["nesting 10,000 levels deep"] = new(
            tree => tree.Write("events/demo/event/deep.v1.json", "{\n  \"a\":\n    " + new string('[', 10_000) + new string(']', 10_000) + "\n}\n"),
            "ONEX001", "events/demo/event/deep.v1.json",
            tree =>
            {
                var text = tree.Read("events/demo/event/deep.v1.json");
                return TextPosition.OfIndex(text, text.IndexOf('[', StringComparison.Ordinal) + LoadOptions.Default.MaxDepth - 1);
            }),

        ["a non-UTF-8 file"] = new(
            tree => tree.WriteBytes("events/demo/event/latin1.v1.json",
                [.. Encoding.UTF8.GetBytes("{\n  \"description\": \"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"\n}\n")]),
            "ONEX001", "events/demo/event/latin1.v1.json", _ => TextPosition.Of("{\n  \"description\": \"caf?", "?")),

        ["an invalid compatibility level in the tree config"] = new(
            tree => tree.Replace(ValidTree.ConfigPath, "\"compatibility\": \"FULL\"", "\"compatibility\": \"FULLY\""),
            "ONEX024", ValidTree.ConfigPath, tree => tree.PositionOf(ValidTree.ConfigPath, "\"compatibility\": \"FULLY\"")),

        ["a topic namespace that is not snake_case in the tree config"] = new(
            tree => tree.Replace(ValidTree.ConfigPath, "\"namespace\": \"omninode\"", "\"namespace\": \"Acme\""),
            "ONEX024", ValidTree.ConfigPath, tree => tree.PositionOf(ValidTree.ConfigPath, "\"namespace\"")),

        ["a file name that does not match its topic"] = new(
            tree => tree.Move(Request, "events/demo/request/pong.v1.json"),
            "ONEX010", "events/demo/request/pong.v1.json", tree => tree.PositionOf("events/demo/request/pong.v1.json", "\"topic\"")),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void BadInputIsAFindingNamingTheFileAndExitsOne(string caseName)
    {
        var @case = Cases[caseName];
        using var tree = TreeBuilder.Valid();
        @case.Setup(tree);

        var result = CliRunner.Run(tree.Workspace, "validate", "--root", "schemas");

        result.AssertNoCrash();
        Assert.True(result.ExitCode == ExitCodes.Findings, result.ToString());
        var place = "schemas/" + @case.File;
        if (@case.Where is { } where)
        {
            var (line, column) = where(tree);
            place += $"({line},{column})";
        }

        Assert.Contains($"{place}: error {@case.RuleId}: ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(tree.Workspace, result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void RemoteReferenceIsAFindingAndTheServerSeesNoConnection()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var tree = TreeBuilder.Valid();
            tree.Replace(Request, "\"#/definitions/note\"", $"\"http://127.0.0.1:{port}/x.json\"");

            var result = CliRunner.Run(tree.Workspace, "validate", "--root", "schemas");

            result.AssertNoCrash();
            Assert.True(result.ExitCode == ExitCodes.Findings, result.ToString());
            var (line, column) = tree.PositionOf(Request, "\"$ref\"", after: "\"note\": {");
            Assert.Contains($"schemas/{Request}({line},{column}): error ONEX004: ", result.Output, StringComparison.Ordinal);
            Assert.False(listener.Pending(), "onex-schemas connected to the loopback listener");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void WarningsAloneExitZero()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"$ref\": \"#/definitions/note\",", "\"$ref\": \"#/definitions/note\",\n      \"maxLength\": 10,");

        var result = CliRunner.Run(tree.Workspace, "validate", "--root", "schemas");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var (line, column) = tree.PositionOf(Request, "\"maxLength\": 10");
        Assert.Contains($"schemas/{Request}({line},{column}): warning ONEX025: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 1 warning(s).", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ListReportsFilesItCouldNotReadAndExitsOne()
    {
        using var tree = TreeBuilder.Valid();
        tree.Write("events/demo/event/broken.v1.json", "{ nope");

        var result = CliRunner.Run(tree.Workspace, "list", "--root", "schemas");

        result.AssertNoCrash();
        Assert.True(result.ExitCode == ExitCodes.Findings, result.ToString());
        Assert.Contains(ValidTree.RequestTopic, result.Output, StringComparison.Ordinal);
        Assert.Contains("schemas/events/demo/event/broken.v1.json(1,3): error ONEX001: ", result.Error, StringComparison.Ordinal);
    }
}
