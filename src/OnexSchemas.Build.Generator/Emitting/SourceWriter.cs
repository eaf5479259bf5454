using System.Text;

namespace OnexSchemas.Build.Generator.Emitting;

/// <summary>A string builder that indents by four spaces and always ends lines with '\n', so output is the same on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes one indented line.</summary>
    public void Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>
    /// Writes a block of several lines, each indented to the current level (blank lines stay empty), as
    /// System.Text.Json's SourceWriter does: fixed text is written as it reads, in one raw string literal.
    /// </summary>
    public void Lines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }
    }

    /// <summary>Writes an empty line.</summary>
    public void Line() => _builder.Append('\n');

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void Open()
    {
        Line("{");
        _indent++;
    }

    /// <summary>Outdents and writes <c>}</c> (with an optional suffix such as <c>;</c>).</summary>
    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();
}
