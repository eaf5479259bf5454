using System.Text.Json.Nodes;
using OnexSchemas.Cli;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Cli.Tests;

/// <summary><c>compat OLD NEW</c> prints both verdicts, the registry's and the readers', and fails when either breaks.</summary>
public sealed class CompatCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("onex-compat-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void A_change_only_readers_refuse_fails_and_shows_the_message_that_breaks()
    {
        var (old, update) = Pair("""{ "type": "string" }""", """{ "type": "string", "format": "uuid" }""");

        var text = CliRunner.Run(_directory.FullName, "compat", old, update);
        var json = CliRunner.Run(_directory.FullName, "compat", old, update, "--format", "json");

        Assert.Equal(ExitCodes.Findings, text.ExitCode);
        Assert.Contains("registry (redpanda): compatible under BACKWARD", text.Output, StringComparison.Ordinal);
        Assert.Contains("BREAKS       format at #/format (BACKWARD)", text.Output, StringComparison.Ordinal);
        Assert.Contains("counterexample: \"\"", text.Output, StringComparison.Ordinal);
        Assert.Contains("incompatible under BACKWARD; required bump: major", text.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Findings, json.ExitCode);
        var document = JsonNode.Parse(json.Output)!;
        Assert.False(document["compatible"]!.GetValue<bool>());
        Assert.Equal("major", document["required_bump"]!.GetValue<string>());
        Assert.True(document["registry"]!["compatible"]!.GetValue<bool>());
        Assert.Empty(document["registry"]!["changes"]!.AsArray());
        Assert.False(document["readers"]!["compatible"]!.GetValue<bool>());
        var change = Assert.Single(document["readers"]!["changes"]!.AsArray())!;
        Assert.Equal("#/format", change["path"]!.GetValue<string>());
        Assert.True(change["decided"]!.GetValue<bool>());
        Assert.Equal("", change["counterexample"]!.GetValue<string>());
    }

    [Fact]
    public void A_compatible_change_is_compatible_in_both_verdicts()
    {
        var (old, update) = Pair("""{ "type": "string", "maxLength": 3 }""", """{ "type": "string", "maxLength": 5 }""");

        var json = CliRunner.Run(_directory.FullName, "compat", old, update, "--format", "json", "--registry-profile", "confluent");
        var redpanda = CliRunner.Run(_directory.FullName, "compat", old, update, "--format", "json", "--registry-profile", "redpanda");

        Assert.Equal(ExitCodes.Success, json.ExitCode);
        var document = JsonNode.Parse(json.Output)!;
        Assert.True(document["compatible"]!.GetValue<bool>());
        Assert.Equal("minor", document["required_bump"]!.GetValue<string>());
        Assert.Equal("confluent", document["registry"]!["profile"]!.GetValue<string>());
        Assert.Equal("MAX_LENGTH_INCREASED", document["registry"]!["changes"]![0]!["type"]!.GetValue<string>());
        Assert.True(document["readers"]!["compatible"]!.GetValue<bool>());

        // Redpanda names only what it refuses; the bump still follows what changed.
        Assert.Equal(ExitCodes.Success, redpanda.ExitCode);
        var byRedpanda = JsonNode.Parse(redpanda.Output)!;
        Assert.Equal("redpanda", byRedpanda["registry"]!["profile"]!.GetValue<string>());
        Assert.Empty(byRedpanda["registry"]!["changes"]!.AsArray());
        Assert.Equal("minor", byRedpanda["required_bump"]!.GetValue<string>());
        Assert.Null(byRedpanda["registry"]!["refusal"]);
    }

    [Fact]
    public void The_profile_decides_where_the_registries_differ()
    {
        var (old, update) = Pair("""{ "type": "string" }""", """{ "type": "string", "minLength": 0 }""");

        var redpanda = CliRunner.Run(_directory.FullName, "compat", old, update, "--registry-profile", "redpanda");
        var confluent = CliRunner.Run(_directory.FullName, "compat", old, update, "--registry-profile", "confluent");

        Assert.True(redpanda.ExitCode == ExitCodes.Success, redpanda.ToString());
        Assert.Contains("registry (redpanda): compatible under BACKWARD", redpanda.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Findings, confluent.ExitCode);
        Assert.Contains("INCOMPATIBLE  MIN_LENGTH_ADDED #/minLength", confluent.Output, StringComparison.Ordinal);
        Assert.Contains("registry (confluent, STRICT): incompatible under BACKWARD", confluent.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tree_config_names_the_profile_and_a_wrong_one_is_located()
    {
        var (old, update) = Pair("""{ "type": "string" }""", """{ "type": "string", "minLength": 0 }""");
        var root = _directory.CreateSubdirectory("tree");
        File.WriteAllText(Path.Combine(root.FullName, "onex-schemas.json"), """{ "registry": "confluent" }""");
        var bad = _directory.CreateSubdirectory("bad");
        File.WriteAllText(Path.Combine(bad.FullName, "onex-schemas.json"), "{\n  \"registry\": \"apicurio\"\n}");

        var configured = CliRunner.Run(_directory.FullName, "compat", old, update, "--root", root.FullName);
        var overridden = CliRunner.Run(_directory.FullName, "compat", old, update, "--root", root.FullName, "--registry-profile", "redpanda");
        var wrong = CliRunner.Run(_directory.FullName, "compat", old, update, "--root", bad.FullName);

        Assert.Equal(ExitCodes.Findings, configured.ExitCode);
        Assert.Contains("registry (confluent, STRICT)", configured.Output, StringComparison.Ordinal);
        Assert.True(overridden.ExitCode == ExitCodes.Success, overridden.ToString());
        Assert.Equal(ExitCodes.UsageOrIo, wrong.ExitCode);
        Assert.Contains("onex-schemas.json(2,3)", wrong.Error, StringComparison.Ordinal);
        Assert.Contains("ONEX024", wrong.Error, StringComparison.Ordinal);
        Assert.Contains("registry 'apicurio' is not one of redpanda, confluent", wrong.Error, StringComparison.Ordinal);
        Assert.Empty(wrong.Output);
    }

    [Fact]
    public void Lenient_is_refused_for_Redpanda_which_has_no_such_policy()
    {
        var (old, update) = Pair("""{ "type": "object" }""", """{ "type": "object", "additionalProperties": false }""");

        var redpanda = CliRunner.Run(_directory.FullName, "compat", old, update, "--policy", "lenient", "--registry-profile", "redpanda");
        var confluent = CliRunner.Run(_directory.FullName, "compat", old, update, "--policy", "lenient", "--registry-profile", "confluent", "--format", "json");

        Assert.Equal(ExitCodes.UsageOrIo, redpanda.ExitCode);
        Assert.Contains("Redpanda's registry has no lenient policy", redpanda.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", redpanda.Error, StringComparison.Ordinal);
        Assert.True(JsonNode.Parse(confluent.Output)!["registry"]!["compatible"]!.GetValue<bool>());
    }

    [Fact]
    public void A_comparison_Redpanda_refuses_is_reported_with_its_status()
    {
        var (old, update) = Pair("""{ "type": "string", "oneOf": [ true ], "anyOf": [ true ] }""", """{ "type": "string" }""");

        var text = CliRunner.Run(_directory.FullName, "compat", old, update, "--registry-profile", "redpanda");
        var json = CliRunner.Run(_directory.FullName, "compat", old, update, "--registry-profile", "redpanda", "--format", "json");

        Assert.Equal(ExitCodes.Findings, text.ExitCode);
        Assert.Contains("REFUSED       HTTP 422: {\"type\":\"string\",\"oneOf\":[true],\"anyOf\":[true]} has more than one combinator", text.Output, StringComparison.Ordinal);
        Assert.Contains("registry (redpanda): refuses to compare under BACKWARD", text.Output, StringComparison.Ordinal);
        Assert.Equal(422, JsonNode.Parse(json.Output)!["registry"]!["refusal"]!["status"]!.GetValue<int>());
    }

    [Fact]
    public void Forward_checks_readers_of_the_old_schema()
    {
        var (old, update) = Pair("""{ "type": "string", "maxLength": 3 }""", """{ "type": "string", "maxLength": 5 }""");

        var json = CliRunner.Run(_directory.FullName, "compat", old, update, "--level", "FORWARD", "--format", "json");

        Assert.Equal(ExitCodes.Findings, json.ExitCode);
        var document = JsonNode.Parse(json.Output)!;
        Assert.False(document["registry"]!["compatible"]!.GetValue<bool>());
        var change = Assert.Single(document["readers"]!["changes"]!.AsArray())!;
        Assert.Equal("FORWARD", change["direction"]!.GetValue<string>());
        Assert.Equal("aaaa", change["counterexample"]!.GetValue<string>());
    }

    [Fact]
    public void A_schema_invalid_for_its_draft_gets_no_verdict_and_is_located()
    {
        var (old, update) = Pair("""{ "type": "string" }""", "{\n  \"type\": \"string\",\n  \"maxLength\": \"ten\"\n}");

        var result = CliRunner.Run(_directory.FullName, "compat", old, update);

        result.AssertNoCrash();
        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("new.json(3,3): error ONEX003: '#/maxLength' is not valid draft-07", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unresolvable_reference_gets_no_verdict_and_is_named()
    {
        var (old, update) = Pair(
            """{ "type": "object", "properties": { "p": { "type": "string" } } }""",
            "{\n  \"type\": \"object\",\n  \"properties\": { \"p\": { \"$ref\": \"#/definitions/missing\" } }\n}");

        var result = CliRunner.Run(_directory.FullName, "compat", old, update);

        result.AssertNoCrash();
        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("new.json(3,26): error ONEX006", result.Error, StringComparison.Ordinal);
        Assert.Contains("error ONEX006: $ref '#/definitions/missing' does not resolve", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_through_the_documents_own_id_resolves()
    {
        var schema = """{ "$id": "https://x.test/a.json", "definitions": { "s": { "type": "string" } }, "properties": { "p": { "$ref": "a.json#/definitions/s" } } }""";
        var (old, update) = Pair(schema, schema);

        var result = CliRunner.Run(_directory.FullName, "compat", old, update);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
    }

    private (string Old, string New) Pair(string old, string update)
    {
        var oldPath = Path.Combine(_directory.FullName, "old.json");
        var newPath = Path.Combine(_directory.FullName, "new.json");
        File.WriteAllText(oldPath, old);
        File.WriteAllText(newPath, update);
        return (oldPath, newPath);
    }
}
