using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OnexSchemas.Build.Generator.Tests.Infrastructure;

/// <summary>Small in-memory schema trees under a made-up root.</summary>
internal static class TestTree
{
    /// <summary>The root the tests pass as OnexSchemasRoot.</summary>
    public const string Root = "/consumer/schemas";

    /// <summary>Marks, inside test input, where a diagnostic is expected; removed before the text is used.</summary>
    public const char Marker = '¦';

    /// <summary>An additional file at <c>{Root}/{relativePath}</c>.</summary>
    public static AdditionalText File(string relativePath, string content) => new InMemoryAdditionalText(Root + "/" + relativePath, content);

    /// <summary>A well-formed topic schema.</summary>
    public static string Schema(string topic, string version = "1.0.0", string description = "A demo payload.", string onexExtra = "", string properties = "") => $$"""
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "description": "{{description}}",
          "x-onex": {
            "topic": "{{topic}}",
            "version": "{{version}}"{{onexExtra}}
          },
          "type": "object",
          "additionalProperties": false,
          "properties": {{{properties}}}
        }
        """;

    /// <summary>Removes the marker and returns where it was, as a zero-based line and column.</summary>
    public static (string Text, LinePosition Expected) Marked(string marked)
    {
        var index = marked.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(index >= 0, "the test input has no marker");
        var text = marked.Remove(index, 1);
        return (text, SourceText.From(text).Lines.GetLinePosition(index));
    }
}
