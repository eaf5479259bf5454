using OnexSchemas.Diagnostics;

namespace OnexSchemas.Tests.Support;

/// <summary>One way to break one rule, starting from <see cref="ValidTree"/>.</summary>
/// <param name="RuleId">The rule broken.</param>
/// <param name="Breakage">What the fixture does wrong, for the test's name.</param>
/// <param name="Break">Changes the valid tree.</param>
/// <param name="Expected">Where the finding must be, computed from the changed files.</param>
/// <param name="Companions">Other rules the same input necessarily breaks too (empty for almost every rule).</param>
public sealed record RuleCase(
    string RuleId,
    string Breakage,
    Action<TreeBuilder> Break,
    Func<TreeBuilder, SourceLocation> Expected,
    string[]? Companions = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{RuleId}: {Breakage}";
}

/// <summary>The canonical breaking fixture of every rule of <see cref="RuleCatalog"/>.</summary>
public static class RuleCases
{
    private const string Request = ValidTree.RequestPath;
    private const string Response = ValidTree.ResponsePath;
    private const string Config = ValidTree.ConfigPath;

    /// <summary>Every case, keyed by rule id.</summary>
    public static IReadOnlyDictionary<string, RuleCase> ById { get; } = new RuleCase[]
    {
        new("ONEX001", "a schema file that is not well-formed JSON",
            tree => tree.Write("events/demo/event/broken.v1.json", "{\n  \"description\": \"Broken.\",\n  \"type\": \n}\n"),
            tree => tree.LocationOf("events/demo/event/broken.v1.json", "}", after: "\"type\"")),

        new("ONEX002", "a schema declaring the 2020-12 draft",
            tree => tree.Replace(Request, "\"http://json-schema.org/draft-07/schema#\"", "\"https://json-schema.org/draft/2020-12/schema\""),
            tree => tree.LocationOf(Request, "\"$schema\"")),

        new("ONEX003", "a keyword with the wrong type ('minimum' as a string)",
            tree => tree.Replace(Request, "\"minimum\": 0", "\"minimum\": \"zero\""),
            tree => tree.LocationOf(Request, "\"minimum\"")),

        new("ONEX004", "a $ref to a remote http URI",
            tree => tree.Replace(Request, "\"#/definitions/note\"", "\"http://127.0.0.1:9/note.json\""),
            tree => tree.LocationOf(Request, "\"$ref\"", after: "\"note\": {")),

        new("ONEX005", "a $ref that climbs above the root",
            tree => tree.Replace(Request, "\"#/definitions/note\"", "\"../../../../outside.json\""),
            tree => tree.LocationOf(Request, "\"$ref\"", after: "\"note\": {")),

        new("ONEX006", "a $ref to a file that does not exist",
            tree => tree.Replace(Request, "\"../../../common/shared.v1.json\"", "\"../../../common/missing.v1.json\""),
            tree => tree.LocationOf(Request, "\"$ref\"", after: "\"target\": {")),

        new("ONEX007", "two $refs that point at each other",
            tree => tree.Replace(Request, "\"type\": \"string\",\n      \"maxLength\": 200,", "\"$ref\": \"#/properties/note\","),
            tree => tree.LocationOf(Request, "\"$ref\"", after: "\"definitions\"")),

        new("ONEX008", "a schema outside events/ and common/",
            tree => tree.Write("misc/orphan.v1.json", ValidTree.Shared.Replace("common/shared.v1.json", "misc/orphan.v1.json", StringComparison.Ordinal)),
            tree => tree.FileLocation("misc/orphan.v1.json")),

        new("ONEX009", "a declared topic whose operation is not snake_case",
            tree => tree.Replace(Request, "\"omninode.demo.request.ping.v1\"", "\"omninode.demo.request.PingNow.v1\""),
            tree => tree.LocationOf(Request, "\"topic\"")),

        new("ONEX010", "a declared topic that is not the one the path names",
            tree => tree.Replace(Request, "\"omninode.demo.request.ping.v1\"", "\"omninode.demo.request.pong.v1\""),
            tree => tree.LocationOf(Request, "\"topic\"")),

        new("ONEX011", "an $id that is not the base URI plus the path",
            tree => tree.Replace(Request, "/events/demo/request/ping.v1.json\"", "/events/demo/request/pong.v1.json\""),
            tree => tree.LocationOf(Request, "\"$id\"")),

        new("ONEX012", "a version whose major is not the file's .vN",
            tree => tree.Replace(Request, "\"version\": \"1.2.0\"", "\"version\": \"2.0.0\""),
            tree => tree.LocationOf(Request, "\"version\"")),

        new("ONEX013", "a version that is not SemVer",
            tree => tree.Replace(Request, "\"version\": \"1.2.0\"", "\"version\": \"1.2\""),
            tree => tree.LocationOf(Request, "\"version\"")),

        new("ONEX014", "x-onex without an owner",
            tree => tree.Replace(Request, "    \"owner\": \"team-core\",\n", string.Empty),
            tree => tree.LocationOf(Request, "\"x-onex\"")),

        new("ONEX015", "an open object (additionalProperties: true)",
            tree => tree.Replace(Request, "\"additionalProperties\": false", "\"additionalProperties\": true"),
            tree => tree.LocationOf(Request, "\"additionalProperties\"")),

        new("ONEX016", "a property whose description is blank",
            tree => tree.Replace(Request, "\"How many pings to send.\"", "\"  \""),
            tree => tree.LocationOf(Request, "\"count\": {")),

        new("ONEX017", "a camelCase property name",
            tree => tree.Replace(Request, "\"note\": {\n      \"$ref\"", "\"noteText\": {\n      \"$ref\""),
            tree => tree.LocationOf(Request, "\"noteText\"")),

        new("ONEX018", "a request topic without its response topic",
            tree => tree.Delete(Response),
            tree => tree.FileLocation(Request)),

        new("ONEX019", "a topic schema without examples",
            tree => tree.Edit(Response, root => root.Remove("examples")),
            tree => tree.LocationOf(Response, "{")),

        new("ONEX020", "an example that breaks 'minimum'",
            tree => tree.Replace(Request, "\"count\": 3", "\"count\": -1"),
            tree => tree.LocationOf(Request, "\"count\": -1")),

        new("ONEX021", "an 'if' the registry cannot compare",
            tree => tree.Replace(Request, "\"type\": \"object\",", "\"type\": \"object\",\n  \"if\": { \"maxProperties\": 3 },"),
            tree => tree.LocationOf(Request, "\"if\"")),

        new("ONEX022", "a second file declaring the response topic",
            tree => tree.Write("events/demo/response/pong.v1.json",
                ValidTree.Response.Replace("/events/demo/response/ping.v1.json", "/events/demo/response/pong.v1.json", StringComparison.Ordinal)),
            tree => tree.LocationOf("events/demo/response/pong.v1.json", "\"topic\""),
            // The second file's path names another topic than the one it declares: that is what makes the duplicate.
            Companions: ["ONEX010"]),

        new("ONEX023", "a required name that 'properties' does not declare",
            tree => tree.Replace(Request, "\"maxLength\": 200,", "\"maxLength\": 200,\n      \"required\": [\"ghost\"],"),
            tree => tree.LocationOf(Request, "\"ghost\"")),

        new("ONEX024", "a domain override with 0 partitions",
            tree => tree.Replace(Config, "\"demo\": { \"partitions\": 6 }", "\"demo\": { \"partitions\": 0 }"),
            tree => tree.LocationOf(Config, "\"partitions\": 0")),

        new("ONEX025", "a keyword beside a $ref",
            tree => tree.Replace(Request, "\"$ref\": \"#/definitions/note\",", "\"$ref\": \"#/definitions/note\",\n      \"maxLength\": 10,"),
            tree => tree.LocationOf(Request, "\"maxLength\": 10")),

        new("ONEX026", "a misspelt keyword",
            tree => tree.Replace(Request, "\"required\": [\"target\"],", "\"requried\": [\"target\"],"),
            tree => tree.LocationOf(Request, "\"requried\"")),
    }.ToDictionary(@case => @case.RuleId, StringComparer.Ordinal);
}
