using System.Text;
using OnexSchemas.Diagnostics;
using OnexSchemas.Linting;
using OnexSchemas.Loading;
using OnexSchemas.Tests.Support;

namespace OnexSchemas.Core.Tests;

/// <summary>ONEX001: every way a file can fail to be JSON is a located finding, never an exception.</summary>
public sealed class JsonFileReaderTests
{
    private const string Path = "events/demo/event/bad.v1.json";
    private const string Display = "ROOT/" + Path;

    public static TheoryData<string, string, string?> InvalidJson => new()
    {
        // text, the token the parser stops at, an anchor before it
        { "{\n  \"a\": 1,\n}\n", "}", null },
        { "{\n  // comment\n  \"a\": 1\n}\n", "/", null },
        { "{\n  'a': 1\n}\n", "'", null },
        { "{\n  \"a\": NaN\n}\n", "N", null },
        { "{\n  \"a\": 1\n}\n{}\n", "{", "}" },
        { "{\n  \"clé\": \"ñandú\",, \"b\": 1\n}\n", ",", "\"ñandú\"," },
        { "{\n  \"a\": \"unterminated\n}\n", "\n}", "unterminated" },
    };

    [Theory]
    [MemberData(nameof(InvalidJson))]
    public void InvalidJsonIsReportedWhereTheParserStopped(string text, string needle, string? after)
    {
        var diagnostics = new List<Diagnostic>();

        var file = JsonFileReader.Parse(Path, Display, Encoding.UTF8.GetBytes(text), LoadOptions.Default, diagnostics);

        Assert.Null(file);
        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX001", finding.Id);
        var (line, column) = TextPosition.Of(text, needle, after);
        Assert.Equal(new SourceLocation(Display, line, column), finding.Location);
        Assert.StartsWith("invalid JSON: ", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"a\": [1, 2,]\n}\n", "invalid JSON: a comma after the last item of an array; JSON allows none, so remove it")]
    [InlineData("{\n  \"a\": 1,\n}\n", "invalid JSON: a comma after the last member of an object; JSON allows none, so remove it")]
    [InlineData("{\n  \"a\": 1 // note\n}\n", "invalid JSON: a comment, which JSON does not allow; write a \"$comment\" member instead")]
    [InlineData("{\n  'a': 1\n}\n", "invalid JSON: a name in single quotes; JSON names are in double quotes")]
    [InlineData("{\n  \"a\": [1, 2\n", "invalid JSON: the text ends before its value does: a bracket, brace or quote is not closed")]
    public void MessagesSayWhatIsWrongInTheFileNotHowToConfigureTheReader(string text, string message)
    {
        var diagnostics = new List<Diagnostic>();

        JsonFileReader.Parse(Path, Display, Encoding.UTF8.GetBytes(text), LoadOptions.Default, diagnostics);

        var finding = Assert.Single(diagnostics);
        Assert.Equal(message, finding.Message);
        Assert.DoesNotContain("reader options", finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("isFinalBlock", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsInvalidJson()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(JsonFileReader.Parse(Path, Display, [], LoadOptions.Default, diagnostics));

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX001", finding.Id);
        Assert.Equal(new SourceLocation(Display, 1, 1), finding.Location);
    }

    [Fact]
    public void InvalidUtf8IsReportedAtTheFirstBadByte()
    {
        const string before = "{\n  \"description\": \"café ";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" x\"\n}\n")];
        var diagnostics = new List<Diagnostic>();

        Assert.Null(JsonFileReader.Parse(Path, Display, bytes, LoadOptions.Default, diagnostics));

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX001", finding.Id);
        var (line, column) = TextPosition.OfIndex(before + "?", before.Length);
        Assert.Equal(new SourceLocation(Display, line, column), finding.Location);
        Assert.Contains("0xC3", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"offset {Encoding.UTF8.GetByteCount(before)}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16IsRefused()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray();
        var diagnostics = new List<Diagnostic>();

        Assert.Null(JsonFileReader.Parse(Path, Display, bytes, LoadOptions.Default, diagnostics));

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX001", finding.Id);
        Assert.Contains("UTF-16", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsToleratedAndPositionsIgnoreIt()
    {
        const string text = "{\n  \"a\": 1\n}";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var diagnostics = new List<Diagnostic>();

        var file = JsonFileReader.Parse(Path, Display, bytes, LoadOptions.Default, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(file);
        Assert.Equal(new SourceLocation(Display, 2, 3), file.Locate("/a"));
    }

    [Fact]
    public void NestingTenThousandLevelsDeepIsRefusedAtTheFirstBracketOverTheLimit()
    {
        var text = "{\n  \"a\":\n    " + new string('[', 10_000) + new string(']', 10_000) + "\n}\n";
        var diagnostics = new List<Diagnostic>();

        Assert.Null(JsonFileReader.Parse(Path, Display, Encoding.UTF8.GetBytes(text), LoadOptions.Default, diagnostics));

        var finding = Assert.Single(diagnostics);
        Assert.Equal("ONEX001", finding.Id);
        // The root object is level 1, so the bracket that opens level MaxDepth + 1 is bracket number MaxDepth.
        var firstBracket = text.IndexOf('[', StringComparison.Ordinal);
        var (line, column) = TextPosition.OfIndex(text, firstBracket + LoadOptions.Default.MaxDepth - 1);
        Assert.Equal(new SourceLocation(Display, line, column), finding.Location);
        Assert.Contains($"deeper than {LoadOptions.Default.MaxDepth} levels", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingAtTheLimitIsAccepted()
    {
        // The root array and MaxDepth - 1 arrays inside it: exactly MaxDepth levels.
        var depth = LoadOptions.Default.MaxDepth;
        var text = new string('[', depth) + new string(']', depth);
        var diagnostics = new List<Diagnostic>();

        Assert.NotNull(JsonFileReader.Parse(Path, Display, Encoding.UTF8.GetBytes(text), LoadOptions.Default, diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void FileOverTheSizeLimitIsRefusedWithoutReadingIt()
    {
        using var tree = TreeBuilder.Valid();
        const string huge = "events/demo/event/huge.v1.json";
        tree.WriteSized(huge, 50L * 1024 * 1024);
        var source = new RecordingSchemaSource(new FileSystemSchemaSource(tree.Root));

        var loaded = SchemaTreeLoader.Load(source);

        Assert.DoesNotContain(huge, source.Reads);
        var finding = Assert.Single(loaded.LoadDiagnostics);
        Assert.Equal("ONEX001", finding.Id);
        Assert.Equal(tree.FileLocation(huge), finding.Location);
        Assert.Contains("50 MiB", finding.Message, StringComparison.Ordinal);
        Assert.Contains("not read", finding.Message, StringComparison.Ordinal);
        Findings.OnlyRules(SchemaLinter.Lint(loaded), "ONEX001");
    }

    [Fact]
    public void SizeLimitComesFromTheOptions()
    {
        using var tree = TreeBuilder.Valid();
        var options = LoadOptions.Default with { MaxFileBytes = 100 };

        var loaded = tree.Load(options);

        // Every fixture file is over 100 bytes.
        Assert.Equal(ValidTree.Files.Count, loaded.LoadDiagnostics.Count);
        Assert.All(loaded.LoadDiagnostics, diagnostic => Assert.False(diagnostic.Location.HasLine));
    }

    [Fact]
    public void FilesThatAreNotJsonAreIgnored()
    {
        using var tree = TreeBuilder.Valid();
        tree.Write("README.md", "# not json {");
        tree.Write("events/demo/.gitkeep", "\u0001\u0002");

        Findings.None(tree.Lint());
    }

    [Fact]
    public void EscapedLoneSurrogateIsAFindingNotAnException()
    {
        // "\uD800" is grammatical JSON but no UTF-16 string: reading it as a string throws in System.Text.Json.
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.RequestPath, "\"How many pings to send.\"", "\"\\uD800 pings to send.\"");

        var result = tree.Lint();

        var finding = Findings.Single(result, "ONEX001");
        Assert.Equal(tree.FullPath(ValidTree.RequestPath), finding.Location.FilePath);
        Assert.Equal(tree.PositionOf(ValidTree.RequestPath, "\\uD800").Line, finding.Location.Line);
    }

    [Fact]
    public void EscapedLoneSurrogateInAPropertyNameIsAFindingNotAnException()
    {
        using var tree = TreeBuilder.Valid();
        tree.Replace(ValidTree.RequestPath, "\"count\": {", "\"\\uDC00\": {");

        var result = tree.Lint();

        var finding = Findings.Single(result, "ONEX001");
        Assert.Equal(tree.PositionOf(ValidTree.RequestPath, "\\uDC00").Line, finding.Location.Line);
    }
}
