using System.Text.RegularExpressions;

namespace OnexSchemas.Compatibility.Model;

/// <summary>One <c>patternProperties</c> entry.</summary>
/// <param name="Pattern">The regular expression as written.</param>
/// <param name="Regex">The compiled expression, shared across documents; <see langword="null"/> when it does not compile.</param>
/// <param name="Schema">The schema for matching names.</param>
internal sealed record PatternProperty(string Pattern, Regex? Regex, SchemaNode Schema)
{
    /// <summary>Whether the name matches somewhere, as Java's <c>Matcher.find</c> does (patterns are not anchored).</summary>
    /// <param name="name">A property name.</param>
    /// <returns>Whether the pattern finds a match.</returns>
    public bool Matches(string name)
    {
        if (Regex is null)
        {
            return false;
        }

        try
        {
            return Regex.IsMatch(name);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
