using System.Text.Json;
using System.Text.Json.Nodes;
using OnexSchemas.Governance.Tests.Support;

namespace OnexSchemas.Governance.Tests;

/// <summary>
/// <c>onex-schemas check --against REF</c> over real git repositories: each governance rule, failing and passing.
/// </summary>
public sealed class CheckAgainstTests : IDisposable
{
    private const string Today = "--today=2026-01-15";
    private readonly GitSandbox _git = new();

    public void Dispose() => _git.Dispose();

    [Fact]
    public void An_unchanged_tree_passes_with_no_changes()
    {
        var report = Check();

        Assert.Equal(0, report.ExitCode);
        Assert.Empty(report.Rules);
        Assert.Empty(report.Json["changes"]!.AsArray());
    }

    [Fact]
    public void Check_names_the_ref_and_commit_it_compared_with_and_how_many_schemas_changed()
    {
        var commit = _git.HeadCommit();

        var unchanged = _git.Run("check", "--against", "HEAD", "--root", "schemas");
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["note"]!["description"] = "A free-form note from the payer.");
        var changed = _git.Run("check", "--against", "HEAD", "--root", "schemas");
        var json = JsonNode.Parse(_git.Run("check", "--against", "HEAD", "--root", "schemas", "--format", "json").Output)!;
        var sarif = _git.Run("check", "--against", "HEAD", "--root", "schemas", "--format", "sarif");

        Assert.EndsWith($"compared with HEAD at commit {commit[..12]}: no schema file changed.\n", unchanged.Output, StringComparison.Ordinal);
        Assert.EndsWith($"compared with HEAD at commit {commit[..12]}: 1 schema file changed (1 annotations).\n", changed.Output, StringComparison.Ordinal);
        Assert.Equal(commit, json["commit"]!.GetValue<string>());
        Assert.Equal(1, json["changed"]!.GetValue<int>());
        // SARIF stays one document; the person reading the log gets the sentence on standard error.
        Assert.NotNull(JsonNode.Parse(sarif.Output));
        Assert.Contains($"compared with HEAD at commit {commit[..12]}: 1 schema file changed", sarif.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annotation_only_change_may_keep_its_version()
    {
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["note"]!["description"] = "A free-form note from the payer.");

        var report = Check();

        Assert.Equal(0, report.ExitCode);
        var change = Assert.Single(report.Json["changes"]!.AsArray());
        Assert.Equal("annotations", change!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public void A_changed_schema_with_the_same_version_is_an_error()
    {
        _git.Edit(GitSandbox.EventPath, AddOptionalCurrency);

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        var finding = report.Single("ONEX101");
        Assert.EndsWith("invoice_paid.v1.json", finding.File);
        Assert.Equal(LineOf(GitSandbox.EventPath, "\"version\""), finding.Line);
        Assert.Contains("1.1.0", finding.Message);
    }

    [Fact]
    public void A_compatible_change_with_a_minor_bump_passes()
    {
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            AddOptionalCurrency(schema);
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check();

        Assert.Equal(0, report.ExitCode);
        var change = Assert.Single(report.Json["changes"]!.AsArray())!;
        Assert.Equal("compatible", change["verdict"]!.GetValue<string>());
        Assert.Equal("1.0.0", change["old_version"]!.GetValue<string>());
        Assert.Equal("1.1.0", change["new_version"]!.GetValue<string>());
        Assert.Equal("minor", change["required_bump"]!.GetValue<string>());
    }

    [Fact]
    public void A_compatible_change_with_only_a_patch_bump_is_an_error()
    {
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            AddOptionalCurrency(schema);
            schema["x-onex"]!["version"] = "1.0.1";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("1.1.0", report.Single("ONEX102").Message);
    }

    [Fact]
    public void A_breaking_change_inside_the_same_major_is_an_error_that_points_to_a_new_major()
    {
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["amount"]!["type"] = "string";
            schema["examples"] = new JsonArray(new JsonObject { ["invoice_id"] = "3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b", ["amount"] = "12.5" });
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        var finding = report.Single("ONEX103");
        Assert.Contains("TYPE_CHANGED #/properties/amount", finding.Message);
        Assert.Contains("invoice_paid.v2.json", finding.Message);
        Assert.Equal(LineOf(GitSandbox.EventPath, "\"amount\": {"), finding.Line);
        var change = Assert.Single(report.Json["changes"]!.AsArray())!;
        Assert.Equal("breaking", change["verdict"]!.GetValue<string>());
        Assert.False(change["compatible"]!.GetValue<bool>());
    }

    [Fact]
    public void A_change_the_registry_accepts_but_readers_refuse_is_its_own_error_with_the_message_that_breaks()
    {
        // The registry does not compare format: it accepts this, and consumers validating note as a date-time
        // refuse every old message that carries a free-text note.
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["note"]!["format"] = "date-time";
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        var finding = report.Single("ONEX109");
        Assert.DoesNotContain(report.Findings, other => other.Rule == "ONEX103");
        Assert.StartsWith("the registry accepts this under BACKWARD, but messages valid under 1.0.0 fail under 1.1.0: for example ", finding.Message);
        Assert.Contains("\"note\":", finding.Message);
        Assert.Contains("'format' at #/properties/note/format", finding.Message);
        Assert.Contains("invoice_paid.v2.json", finding.Message);
        Assert.Equal(LineOf(GitSandbox.EventPath, "\"format\": \"date-time\""), finding.Line);

        var change = Assert.Single(report.Json["changes"]!.AsArray())!;
        Assert.Equal("breaking", change["verdict"]!.GetValue<string>());
        Assert.Equal("major", change["required_bump"]!.GetValue<string>());
        Assert.True(change["registry"]!["compatible"]!.GetValue<bool>());
        Assert.False(change["readers"]!["compatible"]!.GetValue<bool>());
        var reader = Assert.Single(change["readers"]!["changes"]!.AsArray())!;
        Assert.Equal("format", reader["keyword"]!.GetValue<string>());
        Assert.Equal("BACKWARD", reader["direction"]!.GetValue<string>());
        var counterexample = reader["counterexample"]!.AsObject();
        Assert.Equal(["invoice_id", "amount", "note"], counterexample.Select(member => member.Key));
    }

    // The classes the registry misses, each as a change to the optional member "note": the old and new schema of
    // note, the refusing keyword, and the note the printed counterexample carries.
    public static TheoryData<string, string, string, string, string?> ReaderClasses => new()
    {
        { "a required name not among properties", """{ "type": "object", "description": "d", "properties": { "a": { "type": "string", "description": "d" } }, "additionalProperties": false }""", """{ "type": "object", "description": "d", "properties": { "a": { "type": "string", "description": "d" } }, "additionalProperties": false, "required": ["b"] }""", "required", "{}" },
        { "patternProperties added", """{ "type": "object", "description": "d" }""", """{ "type": "object", "description": "d", "patternProperties": { "^x": { "type": "string" } } }""", "patternProperties", """{"x":{}}""" },
        { "format added", """{ "type": "string", "description": "d" }""", """{ "type": "string", "description": "d", "format": "date-time" }""", "format", "\"\"" },
        { "propertyNames added", """{ "type": "object", "description": "d" }""", """{ "type": "object", "description": "d", "propertyNames": { "maxLength": 3 } }""", "propertyNames", null },
        { "contains added", """{ "type": "array", "description": "d" }""", """{ "type": "array", "description": "d", "contains": { "type": "string" } }""", "contains", "[]" },
        { "a type added the keywords implied", """{ "minLength": 2, "description": "d" }""", """{ "type": "string", "minLength": 2, "description": "d" }""", "type", "{}" },
        { "a oneOf branch added over another", """{ "description": "d", "oneOf": [ { "type": "string" }, { "type": "integer" } ] }""", """{ "description": "d", "oneOf": [ { "type": "string" }, { "type": "integer" }, { "type": "number" } ] }""", "oneOf", "0" },
    };

    [Theory]
    [MemberData(nameof(ReaderClasses))]
    public void Check_prints_the_message_that_breaks_for_every_class_the_registry_misses(string name, string oldNote, string newNote, string keyword, string? note)
    {
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["note"] = JsonNode.Parse(oldNote));
        _git.Commit("note as " + name);
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["note"] = JsonNode.Parse(newNote);
            schema["x-onex"]!["version"] = "1.1.0";
        });

        // Confluent's registry misses every class; Redpanda's catches a few itself (the theory below).
        var report = Check(profile: "confluent");

        var finding = report.Single("ONEX109");
        Assert.Contains($"refused by '{keyword}' at #/properties/note/", finding.Message);
        var reader = Assert.Single(Assert.Single(report.Json["changes"]!.AsArray())!["readers"]!["changes"]!.AsArray(), change => change!["keyword"]!.GetValue<string>() == keyword)!;
        var counterexample = reader["counterexample"]!.AsObject();
        Assert.Equal(["invoice_id", "amount", "note"], counterexample.Select(member => member.Key));
        if (note is not null)
        {
            Assert.Equal(note, counterexample["note"]!.ToJsonString());
        }

        Assert.Contains("for example " + counterexample.ToJsonString(), finding.Message);
    }

    [Theory]
    [InlineData("""{ "minLength": 2, "description": "d" }""", """{ "type": "string", "minLength": 2, "description": "d" }""", "TYPE_NARROWED #/properties/note")]
    [InlineData("""{ "type": "object", "description": "d", "properties": { "a": { "type": "string", "description": "d" } }, "additionalProperties": false }""", """{ "type": "object", "description": "d", "properties": { "a": { "type": "string", "description": "d" } }, "additionalProperties": false, "required": ["b"] }""", "REQUIRED_ATTRIBUTE_ADDED #/properties/note/required/b")]
    public void Under_the_default_Redpanda_profile_the_classes_Redpanda_catches_are_registry_breaks(string oldNote, string newNote, string change)
    {
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["note"] = JsonNode.Parse(oldNote));
        _git.Commit("note");
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["note"] = JsonNode.Parse(newNote);
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check();

        Assert.Contains(change, report.Single("ONEX103").Message);
        Assert.Equal("redpanda", Assert.Single(report.Json["changes"]!.AsArray())!["registry"]!["profile"]!.GetValue<string>());
    }

    [Fact]
    public void A_required_property_added_with_a_default_breaks_readers_that_validate()
    {
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["currency"] = new JsonObject { ["type"] = "string", ["default"] = "EUR", ["description"] = "ISO 4217 code." };
            schema["required"]!.AsArray().Add("currency");
            schema["examples"]![0]!["currency"] = "EUR";
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        var finding = report.Single("ONEX109");
        Assert.Contains("'currency' becomes required; its default does not help a reader that validates", finding.Message);
        Assert.Contains("for example {\"invoice_id\":", finding.Message);
    }

    [Fact]
    public void The_same_reader_breaking_change_in_a_new_major_passes()
    {
        var v2 = GitSandbox.EventSchema(2, "2.0.0");
        v2["properties"]!["note"]!["format"] = "date-time";
        _git.Write(GitSandbox.EventV2Path, v2);
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["x-onex"]!["deprecated"] = true;
            schema["x-onex"]!["sunset"] = "2026-12-31";
        });

        var report = Check();

        Assert.DoesNotContain(report.Findings, finding => finding.Rule is "ONEX109" or "ONEX103");
    }

    [Fact]
    public void Removing_a_property_from_a_closed_model_is_breaking()
    {
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!.AsObject().Remove("note");
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/note", report.Single("ONEX103").Message);
    }

    [Fact]
    public void A_version_that_goes_backwards_is_an_error()
    {
        _git.Edit(GitSandbox.EventPath, schema => schema["x-onex"]!["version"] = "1.1.0");
        _git.Commit("1.1.0");
        _git.Edit(GitSandbox.EventPath, schema => schema["x-onex"]!["version"] = "1.0.0");

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("backwards", report.Single("ONEX104").Message);
    }

    [Fact]
    public void A_version_that_skips_is_an_error()
    {
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            AddOptionalCurrency(schema);
            schema["x-onex"]!["version"] = "1.3.0";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("1.1.0", report.Single("ONEX105").Message);
    }

    [Fact]
    public void A_major_that_disagrees_with_the_file_name_is_an_error()
    {
        _git.Edit(GitSandbox.EventPath, schema => schema["x-onex"]!["version"] = "2.0.0");

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains(report.Findings, finding => finding.Rule == "ONEX012");
    }

    [Fact]
    public void A_new_major_must_start_at_its_major_and_deprecate_its_predecessor()
    {
        _git.Write(GitSandbox.EventV2Path, GitSandbox.EventSchema(2, "2.1.0"));

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("2.0.0", report.Single("ONEX106").Message);
        var deprecation = report.Single("ONEX108");
        Assert.EndsWith("invoice_paid.v1.json", deprecation.File);
        Assert.Contains("2026-07-16", deprecation.Message); // today + 182 days
    }

    [Fact]
    public void A_new_major_with_a_deprecated_predecessor_passes()
    {
        _git.Write(GitSandbox.EventV2Path, GitSandbox.EventSchema(2, "2.0.0"));
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["x-onex"]!["deprecated"] = true;
            schema["x-onex"]!["sunset"] = "2026-08-01";
        });

        var report = Check();

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(2, report.Json["changes"]!.AsArray().Count);
    }

    [Fact]
    public void A_sunset_inside_the_deprecation_window_is_an_error()
    {
        _git.Write(GitSandbox.EventV2Path, GitSandbox.EventSchema(2, "2.0.0"));
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["x-onex"]!["deprecated"] = true;
            schema["x-onex"]!["sunset"] = "2026-02-01";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("182-day", report.Single("ONEX108").Message);
    }

    [Fact]
    public void Deleting_a_topic_without_a_successor_is_an_error()
    {
        _git.Delete(GitSandbox.EventPath);

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        var finding = report.Single("ONEX107");
        Assert.Contains("without a successor", finding.Message);
        Assert.StartsWith("HEAD:schemas/events/billing", finding.File);
        Assert.True(finding.Line > 0);
    }

    [Fact]
    public void Deleting_a_topic_before_its_sunset_is_an_error_and_after_it_passes()
    {
        _git.Write(GitSandbox.EventV2Path, GitSandbox.EventSchema(2, "2.0.0"));
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["x-onex"]!["deprecated"] = true;
            schema["x-onex"]!["sunset"] = "2026-08-01";
        });
        _git.Commit("v2, v1 deprecated");
        _git.Delete(GitSandbox.EventPath);

        var early = Check();
        Assert.Equal(1, early.ExitCode);
        Assert.Contains("2026-08-01", early.Single("ONEX107").Message);

        var late = Check("--today=2026-08-02");
        Assert.Equal(0, late.ExitCode);
        Assert.Equal("removed", Assert.Single(late.Json["changes"]!.AsArray())!["kind"]!.GetValue<string>());
    }

    [Fact]
    public void Transitive_levels_check_every_committed_version_not_only_the_last()
    {
        // v1.0.0 under NONE, then an incompatible 1.1.0 that NONE allowed, then the level is tightened.
        _git.WriteConfig("NONE");
        _git.Commit("level NONE");
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["note"]!["maxLength"] = 100;
            schema["x-onex"]!["version"] = "1.1.0";
        });
        _git.Commit("1.1.0 shortens note under NONE");
        _git.WriteConfig("BACKWARD");
        _git.Commit("level BACKWARD");

        // 1.2.0 adds an optional field: compatible with 1.1.0, but 1.0.0 allowed 200-character notes and 1.2.0 keeps 100.
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            AddOptionalCurrency(schema);
            schema["x-onex"]!["version"] = "1.2.0";
        });
        Assert.Equal(0, Check().ExitCode);

        _git.WriteConfig("BACKWARD_TRANSITIVE");
        var transitive = Check();
        Assert.Equal(1, transitive.ExitCode);
        Assert.Contains("MAX_LENGTH_DECREASED #/properties/note/maxLength", transitive.Single("ONEX103").Message);
    }

    [Fact]
    public void Markdown_output_is_a_pull_request_summary()
    {
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            AddOptionalCurrency(schema);
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var (code, output, _) = _git.Run("check", "--against", "HEAD", "--format", "markdown", Today);

        Assert.Equal(0, code);
        Assert.Contains("| `omninode.billing.event.invoice_paid.v1` | modified | 1.0.0 → 1.1.0 | compatible (BACKWARD) | ✅ |", output);
    }

    [Fact]
    public void Text_output_locates_findings_in_canonical_form()
    {
        _git.Edit(GitSandbox.EventPath, AddOptionalCurrency);

        var (code, output, _) = _git.Run("check", "--against", "HEAD", Today);

        Assert.Equal(1, code);
        Assert.Matches(@"schemas/events/billing/event/invoice_paid\.v1\.json\(\d+,\d+\): error ONEX101: ", output);
    }

    [Fact]
    public void An_unknown_ref_is_a_usage_error()
    {
        var (code, _, error) = _git.Run("check", "--against", "no-such-branch", Today);

        Assert.Equal(2, code);
        Assert.Contains("no-such-branch", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_root_outside_git_is_a_usage_error()
    {
        var outside = Path.Combine(Path.GetTempPath(), "onex-nogit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            var (code, _, error) = _git.Run("check", "--against", "HEAD", "--root", outside, Today);
            Assert.Equal(2, code);
            Assert.Contains("git", error);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void References_into_shared_schemas_are_followed_when_judging_a_change()
    {
        _git.Write("schemas/common/amount.v1.json", SharedAmount(minimum: 0, "1.0.0"));
        _git.Write("schemas/common/strict_amount.v1.json", SharedAmount(minimum: 1, "1.0.0", name: "strict_amount"));
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["amount"] = new JsonObject
        {
            ["$ref"] = "../../../common/amount.v1.json",
            ["description"] = "The amount paid.",
        });
        _git.Commit("amount shared");

        // Point at a shared schema with a higher minimum: only following the reference shows the narrowing.
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!["amount"]!["$ref"] = "../../../common/strict_amount.v1.json";
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check(profile: "confluent");
        var redpanda = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("MINIMUM_INCREASED #/properties/amount/minimum", report.Single("ONEX103").Message);

        // Redpanda follows the reference into the shared document too; the $ref's sibling makes it an allOf there.
        Assert.Equal(1, redpanda.ExitCode);
        Assert.Contains("COMBINED_TYPE_SUBSCHEMAS_CHANGED #/properties/amount", redpanda.Single("ONEX103").Message);
    }

    [Fact]
    public void A_file_that_did_not_parse_in_the_baseline_is_not_a_new_file()
    {
        File.WriteAllText(Path.Combine(_git.Root, GitSandbox.EventPath), "{ broken");
        _git.Commit("broken");
        _git.Write(GitSandbox.EventPath, GitSandbox.EventSchema(1, "1.1.0"));

        var report = Check();

        Assert.Equal(0, report.ExitCode);
        Assert.DoesNotContain(report.Findings, finding => finding.Rule == "ONEX106");
    }

    [Fact]
    public void A_file_that_does_not_parse_now_is_reported_as_invalid_not_as_removed()
    {
        File.WriteAllText(Path.Combine(_git.Root, GitSandbox.EventPath), "{ broken");

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Equal(["ONEX001"], report.Rules.Distinct());
    }

    [Fact]
    public void Line_endings_and_formatting_are_not_changes()
    {
        var path = Path.Combine(_git.Root, GitSandbox.EventPath);
        var reformatted = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement);
        File.WriteAllText(path, reformatted.Replace(",", ",\r\n", StringComparison.Ordinal));

        var report = Check();

        Assert.Equal(0, report.ExitCode);
        Assert.Empty(report.Json["changes"]!.AsArray());
    }

    [Fact]
    public void Loosening_the_level_in_the_same_change_does_not_let_a_breaking_change_through()
    {
        _git.WriteConfig("NONE");
        _git.Edit(GitSandbox.EventPath, schema =>
        {
            schema["properties"]!.AsObject().Remove("note");
            schema["x-onex"]!["version"] = "1.1.0";
        });

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("under BACKWARD", report.Single("ONEX103").Message);
    }

    private static JsonObject SharedAmount(int minimum, string version, string name = "amount") => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["$id"] = $"https://schemas.omninode.dev/common/{name}.v1.json",
        ["description"] = "A non-negative amount of money.",
        ["x-onex"] = new JsonObject { ["version"] = version, ["owner"] = "billing" },
        ["type"] = "number",
        ["minimum"] = minimum,
    };

    [Fact]
    public void An_invalid_compatibility_level_in_the_tree_config_is_an_error_at_its_line_not_a_fallback()
    {
        // Committed valid, then the working tree mistypes the level: check must refuse it where it is written
        // rather than judge the change under some default level.
        _git.WriteConfig("BACKWARD");
        _git.Commit("config");
        _git.WriteConfig("BACKWARDS");
        _git.Edit(GitSandbox.EventPath, AddOptionalCurrency);

        var report = Check();

        Assert.Equal(1, report.ExitCode);
        var finding = report.Single("ONEX024");
        Assert.EndsWith("onex-schemas.json", finding.File);
        Assert.Equal(LineOf("schemas/onex-schemas.json", "BACKWARDS"), finding.Line);
        Assert.Contains("'BACKWARDS' is not one of NONE, BACKWARD, BACKWARD_TRANSITIVE", finding.Message);
    }

    private static void AddOptionalCurrency(JsonObject schema) =>
        schema["properties"]!["currency"] = new JsonObject { ["type"] = "string", ["minLength"] = 3, ["maxLength"] = 3, ["description"] = "ISO 4217 code." };

    [Fact]
    public void Json_names_the_topic_of_a_topic_file_and_null_for_a_shared_one()
    {
        _git.Edit(GitSandbox.EventPath, schema => schema["properties"]!["note"]!["description"] = "Another note.");
        _git.Write("schemas/common/money.v1.json", new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://schemas.omninode.dev/common/money.v1.json",
            ["title"] = "Money",
            ["description"] = "An amount.",
            ["type"] = "number",
        });

        var changes = Check().Json["changes"]!.AsArray().Select(node => node!.AsObject()).ToList();

        var shared = Assert.Single(changes, change => change["file"]!.GetValue<string>() == "common/money.v1.json");
        Assert.True(shared.ContainsKey("topic"));
        Assert.Null(shared["topic"]);
        Assert.Equal("added", shared["kind"]!.GetValue<string>());
        var topic = Assert.Single(changes, change => change["file"]!.GetValue<string>() == "events/billing/event/invoice_paid.v1.json");
        Assert.Equal("omninode.billing.event.invoice_paid.v1", topic["topic"]!.GetValue<string>());
        Assert.Equal("modified", topic["kind"]!.GetValue<string>());
    }

    private int LineOf(string relativePath, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(_git.Root, relativePath));
        return Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal)) + 1;
    }

    private Report Check(string today = Today, string? profile = null)
    {
        var (code, output, error) = profile is null
            ? _git.Run("check", "--against", "HEAD", "--format", "json", today)
            : _git.Run("check", "--against", "HEAD", "--format", "json", today, "--registry-profile", profile);
        Assert.True(code is 0 or 1, $"exit {code}: {error}");
        return new Report(code, JsonNode.Parse(output)!.AsObject());
    }

    private sealed record Finding(string Rule, string File, int Line, string Message);

    private sealed record Report(int ExitCode, JsonObject Json)
    {
        public IReadOnlyList<Finding> Findings { get; } = Json["diagnostics"]!.AsArray().Select(node => new Finding(
            node!["rule"]!.GetValue<string>(), node["file"]!.GetValue<string>(), node["line"]!.GetValue<int>(), node["message"]!.GetValue<string>())).ToList();

        public IReadOnlyList<string> Rules => Findings.Select(finding => finding.Rule).ToList();

        public Finding Single(string rule)
        {
            var matching = Findings.Where(finding => finding.Rule == rule).ToList();
            Assert.True(matching.Count == 1, $"expected one {rule}, got: {JsonSerializer.Serialize(Findings)}");
            return matching[0];
        }
    }
}
