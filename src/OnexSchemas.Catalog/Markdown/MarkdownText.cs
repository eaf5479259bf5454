using System.Text;

namespace OnexSchemas.Catalog.Markdown;

/// <summary>Escaping and anchors for GitHub-flavoured Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>Text for a table cell: one line, pipes escaped, Markdown's inline markup characters escaped.</summary>
    public static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '|' or '\\' or '*' or '_' or '`' or '<' or '>' or '[' or ']' or '&' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A paragraph: <see cref="Cell"/>'s escaping, and a leading <c>#</c>, <c>-</c>, <c>+</c>, <c>=</c> or <c>1.</c> escaped so that it stays text.</summary>
    public static string Paragraph(string text)
    {
        var cell = Cell(text);
        var digits = 0;
        while (digits < cell.Length && char.IsAsciiDigit(cell[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < cell.Length && cell[digits] is '.' or ')')
        {
            return cell[..digits] + "\\" + cell[digits..];
        }

        return cell.Length > 0 && cell[0] is '#' or '-' or '+' or '=' ? "\\" + cell : cell;
    }

    /// <summary>Code in a table cell: backticks fenced by a longer run, pipes escaped (GitHub reads <c>\|</c> inside code in tables).</summary>
    public static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var padded = text.StartsWith('`') || text.EndsWith('`') ? " " + text + " " : text;
        return fence + padded.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal) + fence;
    }

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation other than <c>-</c> and <c>_</c> dropped, spaces as <c>-</c>.</summary>
    public static string Anchor(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }
}
