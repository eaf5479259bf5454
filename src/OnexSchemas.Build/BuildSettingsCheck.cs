using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using OnexSchemas.Diagnostics;
using OnexSchemas.Naming;

namespace OnexSchemas.Build;

/// <summary>
/// Checks what a project told the build before anything is generated: the schema root is a tree (it holds
/// <c>onex-schemas.json</c>), and every <c>OnexSchema</c> item names a file. MSBuild drops a glob that matches nothing
/// without a word, so the project file's own <c>OnexSchema</c> elements are read to find such globs; each finding is
/// located at the element (or the <c>OnexSchemasRoot</c> property) that caused it.
/// </summary>
internal sealed class BuildSettingsCheck
{
    private readonly string? _projectFile;
    private readonly XDocument? _project;

    /// <summary>A check of one project.</summary>
    /// <param name="projectFile">The project file, or null when unknown (nothing is located then).</param>
    public BuildSettingsCheck(string? projectFile)
    {
        _projectFile = projectFile;
        _project = projectFile is not null && File.Exists(projectFile) ? TryLoad(projectFile) : null;
    }

    /// <summary>A finding of the check, located in the project file when the element is found there.</summary>
    /// <param name="Rule">The rule.</param>
    /// <param name="File">The project file, or null.</param>
    /// <param name="Line">The element's line, or 0.</param>
    /// <param name="Column">The element's column, or 0.</param>
    /// <param name="Message">What is wrong and what to do.</param>
    public sealed record Finding(RuleDescriptor Rule, string? File, int Line, int Column, string Message);

    /// <summary>The finding about a root that is not a schema tree, or null when it is one.</summary>
    /// <param name="root">The full path of the schema root, with a trailing separator.</param>
    /// <returns>The finding, or null.</returns>
    public Finding? CheckRoot(string root)
    {
        if (File.Exists(Path.Combine(root, SchemaTreeLayout.ConfigFileName)))
        {
            return null;
        }

        var display = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var hint = LikelyRoot(root) is { } likely ? $"; did you mean '{likely}'?" : "; set <OnexSchemasRoot> to the directory that holds it";
        var (line, column) = Locate("OnexSchemasRoot", _ => true);
        return new Finding(RuleCatalog.BuildSchemaRootConfig, _projectFile, line, column,
            $"no {SchemaTreeLayout.ConfigFileName} in '{display}', so it is not a schema tree{hint}");
    }

    /// <summary>The findings about the selection: items naming no file, and the project's globs matching none.</summary>
    /// <param name="selected">The full paths of the evaluated <c>OnexSchema</c> items.</param>
    /// <param name="rootProperty">The value of <c>OnexSchemasRoot</c> as given, for expanding the project's globs.</param>
    /// <returns>The findings.</returns>
    public IReadOnlyList<Finding> CheckSelection(IReadOnlyList<string> selected, string? rootProperty)
    {
        var findings = new List<Finding>();
        foreach (var missing in selected.Where(path => !File.Exists(path)))
        {
            var (line, column) = Locate("OnexSchema", include => Specs(include, rootProperty).Any(spec => SamePath(spec, missing)));
            findings.Add(new Finding(RuleCatalog.BuildSchemaSelection, _projectFile, line, column,
                $"OnexSchema item '{missing}' names no file; check the path, or remove the item to generate every topic"));
        }

        foreach (var element in Elements("OnexSchema"))
        {
            var include = (string?)element.Attribute("Include") ?? string.Empty;
            foreach (var spec in Specs(include, rootProperty).Where(spec => spec.IndexOfAny(['*', '?']) >= 0))
            {
                if (!GlobMatchesAnything(spec))
                {
                    var (line, column) = PositionOf(element);
                    findings.Add(new Finding(RuleCatalog.BuildSchemaSelection, _projectFile, line, column,
                        $"OnexSchema glob '{include}' matches no file (looked for '{spec}'); without a selection every topic would be generated, so fix the pattern or remove the item"));
                }
            }
        }

        return findings;
    }

    // The root a user most likely meant: a child (often schemas/) or the parent holding the tree config.
    private static string? LikelyRoot(string root)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        var child = Directory.EnumerateDirectories(root)
            .Order(StringComparer.Ordinal)
            .OrderBy(directory => Path.GetFileName(directory) == "schemas" ? 0 : 1)
            .FirstOrDefault(directory => File.Exists(Path.Combine(directory, SchemaTreeLayout.ConfigFileName)));
        if (child is not null)
        {
            return child;
        }

        var parent = Directory.GetParent(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return parent is not null && File.Exists(Path.Combine(parent.FullName, SchemaTreeLayout.ConfigFileName)) ? parent.FullName : null;
    }

    // The include's paths with the properties a project uses for them expanded; a spec with any other property
    // cannot be evaluated here and is left out.
    private IEnumerable<string> Specs(string include, string? rootProperty)
    {
        var directory = _projectFile is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(_projectFile)!;
        foreach (var part in include.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var expanded = part
                .Replace("$(MSBuildProjectDirectory)", directory, StringComparison.OrdinalIgnoreCase)
                .Replace("$(MSBuildThisFileDirectory)", directory + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
                .Replace("$(ProjectDir)", directory + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
            if (rootProperty is not null)
            {
                expanded = expanded.Replace("$(OnexSchemasRoot)", rootProperty, StringComparison.OrdinalIgnoreCase);
            }

            if (expanded.Contains("$(", StringComparison.Ordinal) || expanded.Contains("@(", StringComparison.Ordinal))
            {
                continue;
            }

            yield return Path.GetFullPath(Path.Combine(directory, expanded.Replace('\\', Path.DirectorySeparatorChar)));
        }
    }

    private static bool GlobMatchesAnything(string spec)
    {
        var separator = Path.DirectorySeparatorChar;
        var segments = spec.Split(separator);
        var fixedCount = segments.TakeWhile(segment => segment.IndexOfAny(['*', '?']) < 0).Count();
        var baseDirectory = string.Join(separator, segments.Take(fixedCount));
        if (baseDirectory.Length == 0)
        {
            baseDirectory = separator.ToString();
        }

        if (!Directory.Exists(baseDirectory))
        {
            return false;
        }

        var pattern = GlobRegex(string.Join('/', segments.Skip(fixedCount)));
        return Directory.EnumerateFiles(baseDirectory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(baseDirectory, file).Replace(separator, '/'))
            .Any(relative => pattern.IsMatch(relative));
    }

    // MSBuild's wildcards: '**' any number of directories, '*' any characters but '/', '?' one of them.
    private static Regex GlobRegex(string glob)
    {
        var text = Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex("^" + text + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private (int Line, int Column) Locate(string name, Func<string, bool> matches)
    {
        foreach (var element in Elements(name))
        {
            if (matches((string?)element.Attribute("Include") ?? element.Value))
            {
                return PositionOf(element);
            }
        }

        return (0, 0);
    }

    // XmlReader counts an element from its name; MSBuild and editors point at its '<'.
    private static (int Line, int Column) PositionOf(XElement element)
    {
        var info = (IXmlLineInfo)element;
        return (info.LineNumber, Math.Max(1, info.LinePosition - 1));
    }

    private IEnumerable<XElement> Elements(string name) =>
        _project?.Descendants().Where(element => element.Name.LocalName == name) ?? [];

    private static XDocument? TryLoad(string path)
    {
        try
        {
            return XDocument.Load(path, LoadOptions.SetLineInfo);
        }
        catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
        {
            return null; // MSBuild reports a project it cannot read; here it only means nothing is located
        }
    }
}
