using OnexSchemas.Build.Generator.Model;

namespace OnexSchemas.Build.Generator.Parsing;

/// <summary>What a topic file's path names: the parts of its topic.</summary>
/// <param name="Domain">The domain segment.</param>
/// <param name="Pattern">The pattern (audit for the four-part audit form).</param>
/// <param name="PatternImplied">True for <c>events/audit/{operation}.v{N}.json</c>.</param>
/// <param name="Operation">The operation, the file name before <c>.v{N}.json</c>.</param>
/// <param name="Major">The file's <c>.vN</c>.</param>
internal sealed record TopicLayout(string Domain, TopicPattern Pattern, bool PatternImplied, string Operation, int Major)
{
    private const string AuditDomain = "audit";

    /// <summary>
    /// Reads a path under the root that starts with <c>events/</c>, with the rules of OnexSchemas.Core's SchemaPath:
    /// <c>events/{domain}/{pattern}/{operation}.v{N}.json</c> or <c>events/audit/{operation}.v{N}.json</c>, every
    /// segment lower snake_case, the pattern one of request, response, event, audit.
    /// </summary>
    public static TopicLayout? TryParse(string relativePath, out string? problem)
    {
        var segments = relativePath.Split('/');
        var fileName = segments[segments.Length - 1];
        var stem = fileName.Substring(0, fileName.Length - ".json".Length);
        var dot = stem.LastIndexOf('.');
        if (dot <= 0 || !Naming.TryParseMajor(stem.Substring(dot + 1), out var major))
        {
            problem = "a topic file is named '{operation}.v{N}.json'; '" + fileName + "' is not";
            return null;
        }

        var operation = stem.Substring(0, dot);
        string domain;
        TopicPattern pattern;
        bool implied;
        if (segments.Length == 4)
        {
            domain = segments[1];
            implied = false;
            if (!Naming.TryParsePattern(segments[2], out pattern))
            {
                problem = "the pattern folder is '" + segments[2] + "'; it is one of request, response, event, audit";
                return null;
            }
        }
        else if (segments.Length == 3 && segments[1] == AuditDomain)
        {
            domain = AuditDomain;
            pattern = TopicPattern.Audit;
            implied = true;
        }
        else
        {
            problem = "a topic file is 'events/{domain}/{pattern}/{operation}.v{N}.json' (or 'events/audit/{operation}.v{N}.json'); '"
                + relativePath + "' is not";
            return null;
        }

        if (!Naming.IsSnakeCase(domain))
        {
            problem = "the domain is '" + domain + "'; it must be lower snake_case ([a-z][a-z0-9_]*)";
            return null;
        }

        if (!Naming.IsSnakeCase(operation))
        {
            problem = "the operation is '" + operation + "'; it must be lower snake_case ([a-z][a-z0-9_]*)";
            return null;
        }

        problem = null;
        return new TopicLayout(domain, pattern, implied, operation, major);
    }
}
