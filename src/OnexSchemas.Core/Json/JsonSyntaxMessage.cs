using System.Text.Json;

namespace OnexSchemas.Json;

/// <summary>
/// System.Text.Json's parse errors as a schema author reads them. Its messages are written for the programmer who
/// configures the reader ("Change the reader options", "isFinalBlock"), so each known one is said in terms of the
/// file instead; the location is reported apart, so the reader's "LineNumber: … | BytePositionInLine: …" is cut.
/// </summary>
public static class JsonSyntaxMessage
{
    /// <summary>The message for <paramref name="exception"/>, without its location and without advice meant for programmers.</summary>
    /// <param name="exception">What the reader threw.</param>
    /// <returns>One sentence, no final full stop.</returns>
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        message = (cut > 0 ? message[..cut] : message).Trim();
        return message switch
        {
            _ when message.StartsWith("The JSON array contains a trailing comma", StringComparison.Ordinal)
                => "a comma after the last item of an array; JSON allows none, so remove it",
            _ when message.StartsWith("The JSON object contains a trailing comma", StringComparison.Ordinal)
                => "a comma after the last member of an object; JSON allows none, so remove it",
            _ when message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal)
                => "the text is empty; it must hold one JSON value",
            _ when message.StartsWith("Expected a value, but instead reached end of data", StringComparison.Ordinal)
                || message.StartsWith("Expected depth to be zero", StringComparison.Ordinal)
                => "the text ends before its value does: a bracket, brace or quote is not closed",
            _ when message.StartsWith("'/' is ", StringComparison.Ordinal)
                => "a comment, which JSON does not allow; write a \"$comment\" member instead",
            _ when message.StartsWith("''' is an invalid start of a property name", StringComparison.Ordinal)
                => "a name in single quotes; JSON names are in double quotes",
            _ when message.Contains("is an invalid start of a property name", StringComparison.Ordinal)
                => message.Replace("Expected a '\"'.", "names are in double quotes", StringComparison.Ordinal).TrimEnd('.'),
            _ => message
                .Replace(" The string should be correctly escaped.", " escape it with a backslash", StringComparison.Ordinal)
                .Replace(". Expected", "; expected", StringComparison.Ordinal)
                .TrimEnd('.', ' '),
        };
    }
}
