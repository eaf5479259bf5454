using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;

namespace OnexSchemas.References;

/// <summary>
/// Resolves <c>$ref</c>s inside the tree. A reference may name a JSON pointer in the same file, a file relative to
/// the referring file, or a URI under the tree's base URI. Nothing is ever fetched: any other URI is refused, and so
/// is a path that climbs out of the root.
/// </summary>
public sealed class ReferenceResolver
{
    private readonly SchemaTree _tree;
    private readonly Uri _baseUri;

    /// <summary>Resolves references in <paramref name="tree"/>.</summary>
    public ReferenceResolver(SchemaTree tree)
    {
        _tree = tree;
        _baseUri = new Uri(tree.Config.BaseUri, UriKind.Absolute);
    }

    /// <summary>Resolves one reference written in <paramref name="from"/>.</summary>
    public ReferenceResolution Resolve(SchemaDocument from, string reference)
    {
        var hash = reference.IndexOf('#');
        var location = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? string.Empty : JsonPointerText.DecodeFragment(reference[(hash + 1)..]);

        if (location.Length == 0)
        {
            return ResolvePointer(from, fragment, reference);
        }

        string targetPath;
        if (location.StartsWith("//", StringComparison.Ordinal))
        {
            return ReferenceResolution.Fail(RuleCatalog.RemoteReference,
                $"$ref '{reference}' is a network-path reference to another host; schemas are never fetched: refer to a file under the schema root instead");
        }

        if (location.StartsWith('/') || location.StartsWith('\\') || HasDriveLetter(location))
        {
            return ReferenceResolution.Fail(RuleCatalog.ReferenceOutsideRoot,
                $"$ref '{reference}' is an absolute file path; refer to schemas by a path relative to this file");
        }

        if (Uri.TryCreate(location, UriKind.Absolute, out var absolute))
        {
            if (!_baseUri.IsBaseOf(absolute) || absolute.Scheme != _baseUri.Scheme || absolute.Host != _baseUri.Host)
            {
                return ReferenceResolution.Fail(RuleCatalog.RemoteReference,
                    $"$ref '{reference}' names a remote resource; schemas are never fetched: refer to a file under the schema root instead");
            }

            targetPath = Uri.UnescapeDataString(absolute.AbsolutePath[_baseUri.AbsolutePath.Length..]);
        }
        else
        {
            var joined = CombineRelative(from.RelativePath, Uri.UnescapeDataString(location));
            if (joined is null)
            {
                return ReferenceResolution.Fail(RuleCatalog.ReferenceOutsideRoot,
                    $"$ref '{reference}' leaves the schema root; schemas may only refer to files under it");
            }

            targetPath = joined;
        }

        if (targetPath.Any(char.IsControl))
        {
            return ReferenceResolution.Fail(RuleCatalog.UnresolvedReference,
                $"$ref '{Printable(reference)}' holds a control character, which no file name under the schema root may contain");
        }

        if (!_tree.Source.FileExists(targetPath))
        {
            return ReferenceResolution.Fail(RuleCatalog.UnresolvedReference, $"$ref '{reference}' names '{targetPath}', which does not exist under the schema root");
        }

        var target = _tree.FindDocument(targetPath);
        if (target is null)
        {
            return ReferenceResolution.Fail(RuleCatalog.UnresolvedReference, $"$ref '{reference}' names '{targetPath}', which could not be read as JSON");
        }

        return ResolvePointer(target, fragment, reference);
    }

    private static ReferenceResolution ResolvePointer(SchemaDocument target, string fragment, string reference)
    {
        if (!JsonPointerText.TrySplit(fragment, out var tokens))
        {
            return ReferenceResolution.Fail(RuleCatalog.UnresolvedReference,
                $"$ref '{reference}' has fragment '#{fragment}', which is not a JSON pointer (anchors are not supported)");
        }

        var current = target.Root;
        foreach (var token in tokens)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array
                && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return ReferenceResolution.Fail(RuleCatalog.UnresolvedReference,
                    $"$ref '{reference}' points at '#{fragment}', which does not exist in '{target.RelativePath}'");
            }
        }

        return new ReferenceResolution { TargetDocument = target, TargetPointer = fragment, TargetElement = current };
    }

    // Joins a relative reference to the referring file's directory; null when it climbs above the root.
    private static string? CombineRelative(string fromRelativePath, string location)
    {
        var segments = new List<string>(fromRelativePath.Split('/'));
        segments.RemoveAt(segments.Count - 1);
        foreach (var segment in location.Replace('\\', '/').Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join('/', segments);
    }

    // A control character in a message would garble the terminal or the log; it is shown as its code point.
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private static bool HasDriveLetter(string location) => location.Length >= 2 && char.IsAsciiLetter(location[0]) && location[1] == ':'
        && (location.Length == 2 || location[2] is '/' or '\\');
}
