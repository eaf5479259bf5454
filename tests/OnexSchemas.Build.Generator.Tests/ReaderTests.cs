using OnexSchemas.Build.Generator.Emitting;
using OnexSchemas.Build.Generator.Json;
using OnexSchemas.Build.Generator.Model;
using OnexSchemas.Build.Generator.Parsing;

namespace OnexSchemas.Build.Generator.Tests;

/// <summary>The pieces under the generator: the JSON reader, SemVer, paths, naming and doc-comment text.</summary>
public sealed class ReaderTests
{
    [Fact]
    public void The_reader_keeps_the_root_description_and_x_onex_and_drops_the_rest()
    {
        const string Json = """
            {
              "properties": { "event_type": {"description": "x-onex here is not the root's", "x-onex": {"version": "9.9.9"}}, "Topic": {} },
              "description": "Tab\there, \u00e9, \"quoted\", a\/b, \ud83d\ude00",
              "examples": [ { "nested": [1, -0.5e+10, 2E3, 0, true, false, null, {"a": []}] } ],
              "x-onex": { "topic": "omninode.demo.event.thing.v1", "version": "1.0.0", "deprecated": true, "sunset": "2026-12-31", "owner": "me" }
            }
            """;
        Assert.True(SchemaHeaderReader.TryRead(Json, out var header, out var error), error.Message);
        Assert.True(header.RootIsObject);
        Assert.True(header.OnexIsObject);
        Assert.Equal("Tab\there, é, \"quoted\", a/b, 😀", header.Description.Value);
        Assert.Equal("omninode.demo.event.thing.v1", header.Topic.Value);
        Assert.Equal(JsonFieldKind.String, header.Version.Kind);
        Assert.Equal("1.0.0", header.Version.Value);
        Assert.Equal("\"1.0.0\"", Json.Substring(header.Version.Start, header.Version.Length));
        Assert.True(header.Deprecated);
        Assert.Equal("2026-12-31", header.Sunset.Value);
        Assert.Equal(ExplicitMembers.Topic | ExplicitMembers.EventType, header.ClashingProperties);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    [InlineData("false")]
    [InlineData("null")]
    public void Only_the_literal_true_deprecates(string value)
    {
        Assert.True(SchemaHeaderReader.TryRead($$$"""{"x-onex": {"version": "1.0.0", "deprecated": {{{value}}}}}""", out var header, out _));
        Assert.False(header.Deprecated);
    }

    [Fact]
    public void A_byte_order_mark_and_any_JSON_whitespace_are_accepted()
    {
        Assert.True(SchemaHeaderReader.TryRead("\uFEFF \t\r\n{ \"description\" : \"d\" }\r\n", out var header, out var error), error.Message);
        Assert.Equal("d", header.Description.Value);
    }

    [Theory]
    [InlineData("1.0.0", 1)]
    [InlineData("12.34.56", 12)]
    [InlineData("2.0.0-rc.1", 2)]
    [InlineData("2.0.0-0.3.7", 2)]
    [InlineData("2.0.0-x-y.alpha", 2)]
    [InlineData("1.0.0+20130313144700", 1)]
    [InlineData("1.0.0-beta+exp.sha.5114f85", 1)]
    public void SemVer_versions_are_read(string version, int major)
    {
        Assert.True(OnexSchemas.Naming.SemanticVersion.TryParse(version, out var actual));
        Assert.Equal(major, actual.Major);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1.0.0.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("1.00.0")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0-01")]
    [InlineData("1.0.0-a..b")]
    [InlineData("1.0.0+")]
    [InlineData("1.0.0 ")]
    [InlineData("99999999999.0.0")]
    public void Malformed_versions_are_refused(string version)
    {
        Assert.False(OnexSchemas.Naming.SemanticVersion.TryParse(version, out _));
    }

    [Theory]
    [InlineData(@"C:\a\b\..\c\", "C:/a/c")]
    [InlineData("/a//b/./c/", "/a/b/c")]
    [InlineData(@"\\server\share\x", "//server/share/x")]
    [InlineData("a/../../b", "../b")]
    [InlineData("C:/..", "C:")]
    [InlineData("/../a", "/a")]
    public void Paths_are_normalised(string path, string expected)
    {
        Assert.Equal(expected, PathNormalizer.Normalize(path));
    }

    [Theory]
    [InlineData("codegen", "Codegen")]
    [InlineData("batch_stamp", "BatchStamp")]
    [InlineData("node_v2_x", "NodeV2X")]
    public void Snake_case_becomes_PascalCase(string snake, string pascal)
    {
        Assert.Equal(pascal, OnexSchemas.Naming.CSharpNames.Pascal(snake));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("a1_b2", true)]
    [InlineData("_a", false)]
    [InlineData("a_", false)]
    [InlineData("a__b", false)]
    [InlineData("A", false)]
    [InlineData("1a", false)]
    [InlineData("a-b", false)]
    [InlineData("", false)]
    public void Snake_case_is_checked_like_the_core(string segment, bool valid)
    {
        Assert.Equal(valid, OnexSchemas.Naming.SnakeCase.IsMatch(segment));
    }

    [Fact]
    public void Doc_text_is_escaped_and_no_line_break_can_escape_the_comment()
    {
        var text = Emitter.XmlText("a < b && c > d  \r\nnext\u2028ls\u2029ps\u0085nel\rcr\u0001\uFFFE end  ");
        Assert.Equal("a &lt; b &amp;&amp; c &gt; d\nnext\nls\nps\nnel\ncr end", text);
    }
}
