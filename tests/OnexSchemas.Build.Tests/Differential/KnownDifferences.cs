namespace OnexSchemas.Build.Tests.Differential;

/// <summary>
/// The places where the generated code and JsonSchema.Net knowingly disagree, kept out of the differential test's
/// input space (see <see cref="InstanceGenerator"/>). Each is pinned here with both verdicts, so that a change on
/// either side (a JsonSchema.Net release, a generator change) shows up and the exclusion can be reviewed.
/// Where the oracle deviates from draft-07 or the RFC it cites, the generated code follows the specification;
/// where .NET cannot represent a valid value, the generated code refuses it on read.
/// </summary>
public sealed class KnownDifferences
{
    /// <summary>Known difference, topic, JSON pointer of the member to set, its JSON value, the oracle's verdict, ours.</summary>
    public static TheoryData<string, string, string, string, string, bool> Cases() => new()
    {
        // 1. JsonSchema.Net counts string length in grapheme clusters (StringInfo.LengthInTextElements); draft-07
        //    (6.3.1, 6.3.2) counts characters, i.e. code points. "e" + U+0301 is one grapheme but two code points.
        { "1 length in graphemes (oracle) vs code points (spec)", "omninode.codegen.request.validate.v1", "/node_name", Json(string.Concat(Enumerable.Repeat("e\u0301", 200))), "valid", false },
        { "1 length in graphemes: CR LF", "omninode.codegen.request.validate.v1", "/node_name", Json(string.Concat(Enumerable.Repeat("\r\n", 200))), "valid", false },

        // 2. .NET's '$' (which JsonSchema.Net uses, with RegexOptions.ECMAScript) also matches before a final newline;
        //    ECMA-262's does not without the multiline flag. The generated regexes use \z for '$'.
        { "2 '$' before a final newline", "omninode.onex.event.node_started.v1", "/contract/version", Json("1.0.0\n"), "valid", false },

        // 3. JsonSchema.Net's date-time accepts more than RFC 3339's date-time production: a final newline (its regex
        //    ends in '$'), and ' ' or '_' between date and time (RFC 3339 5.6 requires 'T', in either case).
        { "3 date-time with a final newline", "omninode.bridge.response.stamp.v1", "/stamp_time", Json("2025-10-18T10:00:00Z\n"), "valid", false },
        { "3 date-time with a space separator", "omninode.bridge.response.stamp.v1", "/stamp_time", Json("2025-10-18 10:00:00Z"), "valid", false },
        { "3 date-time with an underscore separator", "omninode.bridge.response.stamp.v1", "/stamp_time", Json("2025-10-18_10:00:00Z"), "valid", false },

        // 4. A leap second is valid RFC 3339 (and the oracle is right); DateTimeOffset has no second 60, so the
        //    generated record cannot hold it and the reader refuses it.
        { "4 leap second", "omninode.bridge.response.stamp.v1", "/stamp_time", Json("1998-12-31T23:59:60Z"), "valid", false },

        // 5. RFC 3339 offsets go to ±23:59 and years from 0000; DateTimeOffset's offsets stop at ±14:00 and its
        //    instants at 0001-01-01T00:00:00Z. The oracle is right; the reader refuses what it cannot hold.
        { "5 offset beyond ±14:00", "omninode.bridge.response.stamp.v1", "/stamp_time", Json("2025-10-18T10:00:00+15:00"), "valid", false },
        { "5 instant before 0001-01-01T00:00:00Z", "omninode.bridge.response.stamp.v1", "/stamp_time", Json("0001-01-01T00:00:00+01:00"), "valid", false },

        // 6. The year 0000 makes JsonSchema.Net 8.0.5 throw (DateTime.DaysInMonth) instead of answering.
        { "6 year 0000", "omninode.bridge.response.stamp.v1", "/stamp_time", Json("0000-01-01T00:00:00Z"), "throws", false },

        // 7. JsonSchema.Net checks "uuid" with Guid.TryParseExact(value, "D"), which trims white space; RFC 4122's
        //    string representation has none. (Upper-case hex digits are valid on both sides and stay in the test.)
        { "7 uuid with white space around it", "omninode.audit.pattern_creation.v1", "/pattern_id", Json(" 3f2b8a4e-9c1d-4e6f-8a2b-5d7c9e0f1a2b "), "valid", false },

        // 8. The oracle computes in decimal; the generated records hold integers in long and numbers in double. An
        //    integer beyond long is refused on read; a number with more than ~15 significant digits is rounded.
        { "8 integer beyond long", "omninode.search.event.collection_updated.v1", "/document_count", "9223372036854775808", "valid", false },
        { "8 number rounded by double", "omninode.intelligence.event.quality_assessed.v1", "/quality_score", "1.0000000000000001", "invalid", true },

        // 9. JSON allows an escaped lone surrogate; the oracle throws on it (JsonElement.GetString) instead of answering,
        //    and System.Text.Json refuses to decode it into a .NET string.
        { "9 lone surrogate", "omninode.codegen.request.validate.v1", "/node_name", "\"\\ud800\"", "throws", false },

        // 10. "uri" is an RFC 3986 URI: the oracle (System.Uri underneath) accepts some strings RFC 3986 refuses, such
        //     as a second '#' or a '%' without two hex digits. (Both sides also refuse "a:b", a URI for RFC 3986:
        //     System.Uri, which reads the member, takes it for a drive letter.)
        { "10 uri with two fragment markers", "omninode.system.event.alert.v1", "/runbook_url", Json("https://example.com/#frag#ment"), "valid", false },
        { "10 uri with a bad percent-encoding", "omninode.system.event.alert.v1", "/runbook_url", Json("https://example.com/%zz"), "valid", false },
        { "10 uri of a one-letter scheme (refused on both sides)", "omninode.system.event.alert.v1", "/runbook_url", Json("a:b"), "invalid", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Known_difference_is_still_as_documented(string difference, string topicName, string pointer, string value, string oracleVerdict, bool ourVerdict)
    {
        var topic = RepositoryTree.Value.FindTopic(topicName)!;
        var json = ExampleInstances.With(topic.Document, pointer, value);

        string oracle;
        try
        {
            oracle = Oracle.For(topic.Document.Root).IsValid(json) ? "valid" : "invalid";
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
            oracle = "throws";
        }

        var ours = Ours.Verdict(json, ExampleInstances.TypeInfo(topic));
        Assert.True(oracle == oracleVerdict && ours.IsValid == ourVerdict, $"{difference}: {json}\nJsonSchema.Net: {oracle} (documented: {oracleVerdict})\ngenerated code: {ours} (documented: {(ourVerdict ? "valid" : "invalid")})");
    }

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
