using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>
/// The inputs fuzzing found that crashed the whole run (exit 3) instead of getting a finding for their file: a number
/// beyond <see cref="decimal"/> in an array under <c>uniqueItems</c> (JsonSchema.Net compares items through it), and
/// a <c>$ref</c> holding a NUL (<c>Path.GetFullPath</c> throws). Each is now a located finding, and the rest of the
/// tree is still checked.
/// </summary>
public sealed class FuzzFindingsTests
{
    private const string Request = ValidTree.RequestPath;
    private const string Response = ValidTree.ResponsePath;

    [Fact]
    public void An_example_number_beyond_decimal_under_uniqueItems_is_a_finding_at_the_number()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"count\": {", "\"scores\": {\n      \"type\": \"array\",\n      \"uniqueItems\": true,\n      \"items\": { \"type\": \"number\", \"description\": \"A score.\" },\n      \"description\": \"Scores.\"\n    },\n    \"count\": {");
        tree.Replace(Request, "\"count\": 3", "\"count\": 3, \"scores\": [1, 1e40]");
        // Another file's mistake is still found: the run does not stop at the first file.
        tree.Replace(Response, "\"description\": \"Answers a ping request.\"", "\"description\": \"Answers a ping request.\", \"requried\": []");

        var result = tree.Lint();

        var finding = Findings.Single(result, "ONEX020");
        Assert.Equal(tree.LocationOf(Request, "1e40"), finding.Location);
        Assert.Contains("the number 1e40 is beyond ±7.9e28", finding.Message, StringComparison.Ordinal);
        Assert.Single(Findings.Of(result, "ONEX026"));
    }

    [Fact]
    public void A_schema_number_beyond_decimal_in_an_array_the_meta_schema_makes_unique_is_a_finding_at_the_number()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"required\": [\"target\"],", "\"required\": [\"target\", 1e40],");

        var finding = Findings.Single(tree.Lint(), "ONEX003");

        Assert.Equal(tree.LocationOf(Request, "1e40"), finding.Location);
        Assert.Contains("the number 1e40 is beyond", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_holding_a_NUL_is_an_unresolved_reference_at_the_ref_shown_printably()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(Request, "\"$ref\": \"#/definitions/note\",", "\"$ref\": \"note\\u0000.json\",");
        tree.Replace(Response, "\"description\": \"Answers a ping request.\"", "\"description\": \"Answers a ping request.\", \"requried\": []");

        var result = tree.Lint();

        var finding = Findings.Single(result, "ONEX006");
        Assert.Equal(tree.LocationOf(Request, "\"$ref\": \"note"), finding.Location);
        Assert.Equal("$ref 'note\\u0000.json' holds a control character, which no file name under the schema root may contain", finding.Message);
        Assert.Single(Findings.Of(result, "ONEX026"));
    }

    [Fact]
    public void A_boolean_property_schema_is_a_description_finding_not_a_crash_of_the_record_generator()
    {
        // Found by fuzzing the task's path: lint passed "note": true, and NJsonSchema threw reading it.
        using var tree = TreeBuilder.Valid();
        tree.Edit(Request, schema => schema["properties"]!["note"] = true);

        var finding = Findings.Single(tree.Lint(), "ONEX016");

        Assert.Equal(tree.LocationOf(Request, "\"note\": true"), finding.Location);
        Assert.Equal("property 'note' is the boolean schema true, which accepts any value and has no description; write an object schema with a type and a description", finding.Message);
    }
}
