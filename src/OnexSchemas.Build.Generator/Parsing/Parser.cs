using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OnexSchemas.Build.Generator.Json;
using OnexSchemas.Build.Generator.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Generator.Parsing;

/// <summary>
/// Turns the build's options and each additional file into small value-equal specs (the first half of the
/// pipeline). Nothing here looks at the compilation, so source edits never re-run it.
/// </summary>
internal static class Parser
{
    /// <summary>The analyzer-config key of the MSBuild property <c>OnexSchemasRoot</c> (made visible by the package's props).</summary>
    public const string RootOptionKey = "build_property.OnexSchemasRoot";

    /// <summary>The analyzer-config key of <c>ProjectDir</c>, which a relative root is resolved against.</summary>
    public const string ProjectDirOptionKey = "build_property.ProjectDir";

    private const string EventsDirectory = SchemaTreeLayout.EventsDirectory + "/";
    private const string JsonExtension = SchemaTreeLayout.SchemaExtension;

    /// <summary>
    /// Reads <c>OnexSchemasRoot</c>: absolute, or relative to <c>ProjectDir</c>; '\' and '/' both separate; an
    /// unset or blank value means no additional file is a schema.
    /// </summary>
    public static SchemaRootOptions ReadOptions(AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var options = provider.GlobalOptions;
        if (!options.TryGetValue(RootOptionKey, out var rootText) || string.IsNullOrWhiteSpace(rootText))
        {
            return SchemaRootOptions.None;
        }

        var root = PathNormalizer.Normalize(rootText.Trim());
        if (!PathNormalizer.IsRooted(root)
            && options.TryGetValue(ProjectDirOptionKey, out var projectDir)
            && !string.IsNullOrWhiteSpace(projectDir))
        {
            root = PathNormalizer.Combine(projectDir.Trim(), root);
        }

        var rootPrefix = root.Length == 0 ? string.Empty : root.EndsWith("/", StringComparison.Ordinal) ? root : root + "/";
        return new SchemaRootOptions(rootPrefix + EventsDirectory, PathNormalizer.IsRooted(root), rootPrefix + SchemaTreeLayout.ConfigFileName);
    }

    /// <summary>
    /// Reads the tree config, <c>{root}/onex-schemas.json</c>, for the topic namespace. Null for every other file.
    /// A config that cannot be read gives the default naming and the diagnostic that says why.
    /// </summary>
    public static TreeNamingSpec? ParseConfig(AdditionalText file, SchemaRootOptions options, CancellationToken cancellationToken)
    {
        if (options.ConfigPath is null)
        {
            return null;
        }

        var path = PathNormalizer.Normalize(file.Path);
        var isConfig = string.Equals(path, options.ConfigPath, StringComparison.OrdinalIgnoreCase)
            || (!options.IsRooted && path.EndsWith("/" + options.ConfigPath, StringComparison.OrdinalIgnoreCase));
        if (!isConfig)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        TreeNamingSpec Fail(DiagnosticLocationInfo location, string message) => new(
            TopicName.DefaultNamespace,
            DiagnosticInfo.Create(GeneratorDiagnostics.TreeConfig, location, SchemaTreeLayout.ConfigFileName, message, TopicName.DefaultNamespace));

        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return Fail(DiagnosticLocationInfo.FileStart(file.Path), "the file could not be read");
        }

        if (!SchemaHeaderReader.TryRead(text.ToString(), out var header, out var error))
        {
            return Fail(DiagnosticLocationInfo.In(file.Path, text, error.Position, error.Position < text.Length ? 1 : 0), error.Message);
        }

        var ns = header.Namespace;
        switch (ns.Kind)
        {
            case JsonFieldKind.Missing:
                return TreeNamingSpec.Default;
            case JsonFieldKind.String when TopicName.IsValidNamespace(ns.Value!):
                return new TreeNamingSpec(ns.Value!, null);
            default:
                return Fail(DiagnosticLocationInfo.In(file.Path, text, ns.Start, ns.Length),
                    "\"namespace\" must be a lower snake_case string (" + SnakeCase.Grammar + ")");
        }
    }

    /// <summary>
    /// Reads one additional file. Null when it is no topic schema: not <c>*.json</c> (ordinal, so <c>.JSON</c> is
    /// not one either), or not under <c>{root}/events/</c> (compared ignoring case, so a root typed with another
    /// case on Windows still matches). Otherwise the topic, or the diagnostic that explains why the file was skipped.
    /// </summary>
    public static SchemaFileResult? Parse(AdditionalText file, SchemaRootOptions options, TreeNamingSpec naming, CancellationToken cancellationToken)
    {
        if (options.EventsPrefix is null)
        {
            return null;
        }

        var path = PathNormalizer.Normalize(file.Path);
        if (!path.EndsWith(JsonExtension, StringComparison.Ordinal) || !TryGetRelativePath(path, options, out var relativePath))
        {
            return null;
        }

        var layout = SchemaPath.Parse(relativePath, naming.TopicNamespace);
        if (layout.Topic is not { } name)
        {
            return Skip(path, DiagnosticInfo.Create(GeneratorDiagnostics.MisplacedFile, DiagnosticLocationInfo.FileStart(file.Path), relativePath, layout.Problem!));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return Skip(path, DiagnosticInfo.Create(GeneratorDiagnostics.InvalidJson, DiagnosticLocationInfo.FileStart(file.Path), relativePath, "the file could not be read"));
        }

        if (!SchemaHeaderReader.TryRead(text.ToString(), out var header, out var error))
        {
            var length = error.Position < text.Length ? 1 : 0;
            return Skip(path, DiagnosticInfo.Create(GeneratorDiagnostics.InvalidJson, DiagnosticLocationInfo.In(file.Path, text, error.Position, length), relativePath, error.Message));
        }

        DiagnosticInfo Metadata(string message, int start, int length) =>
            DiagnosticInfo.Create(GeneratorDiagnostics.MissingMetadata, DiagnosticLocationInfo.In(file.Path, text, start, length), relativePath, message);

        if (!header.RootIsObject)
        {
            return Skip(path, Metadata("the root value is not an object", header.RootStart, 1));
        }

        if (!header.OnexIsObject)
        {
            return Skip(path, header.Onex.Kind == JsonFieldKind.Missing
                ? Metadata("the root object has no \"x-onex\"", header.RootStart, 1)
                : Metadata("\"x-onex\" is not an object", header.Onex.Start, header.Onex.Length));
        }

        var version = header.Version;
        if (version.Kind == JsonFieldKind.Missing)
        {
            return Skip(path, Metadata("\"x-onex\" has no \"version\"", header.OnexKeyStart, header.OnexKeyLength));
        }

        if (version.Kind != JsonFieldKind.String)
        {
            return Skip(path, Metadata("x-onex.version is not a string", version.Start, version.Length));
        }

        if (!SemanticVersion.TryParse(version.Value!, out var parsedVersion))
        {
            return Skip(path, Metadata("x-onex.version '" + version.Value + "' is not a SemVer 2.0.0 version (MAJOR.MINOR.PATCH)", version.Start, version.Length));
        }

        var topic = header.Topic;
        if (topic.Kind == JsonFieldKind.Other)
        {
            return Skip(path, Metadata("x-onex.topic is not a string", topic.Start, topic.Length));
        }

        var expectedTopic = name.Value;
        if (topic.Kind == JsonFieldKind.String && topic.Value != expectedTopic)
        {
            return Skip(path, DiagnosticInfo.Create(
                GeneratorDiagnostics.TopicMismatch, DiagnosticLocationInfo.In(file.Path, text, topic.Start, topic.Length), relativePath, topic.Value!, expectedTopic));
        }

        if (parsedVersion.Major != name.Major)
        {
            return Skip(path, DiagnosticInfo.Create(
                GeneratorDiagnostics.VersionMismatch,
                DiagnosticLocationInfo.In(file.Path, text, version.Start, version.Length),
                relativePath,
                version.Value!,
                name.Major.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var description = header.Description.Kind == JsonFieldKind.String && !string.IsNullOrWhiteSpace(header.Description.Value)
            ? header.Description.Value!.Trim()
            : null;
        var sunset = header.Sunset.Kind == JsonFieldKind.String && IsIsoDate(header.Sunset.Value!) ? header.Sunset.Value : null;
        var location = topic.Kind == JsonFieldKind.String
            ? DiagnosticLocationInfo.In(file.Path, text, topic.Start, topic.Length)
            : DiagnosticLocationInfo.In(file.Path, text, header.OnexKeyStart, header.OnexKeyLength);

        var spec = new TopicSpec(
            file.Path,
            relativePath,
            name,
            naming.RootNamespace,
            version.Value!,
            header.Deprecated,
            sunset,
            description,
            header.ClashingProperties,
            location);
        return new SchemaFileResult(path, spec, null);
    }

    private static SchemaFileResult Skip(string path, DiagnosticInfo diagnostic) => new(path, null, diagnostic);

    /// <summary>The path under the root, starting with <c>events/</c>, when the file lies under <c>{root}/events/</c>.</summary>
    private static bool TryGetRelativePath(string path, SchemaRootOptions options, out string relativePath)
    {
        var prefix = options.EventsPrefix!;
        var start = -1;
        if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            start = prefix.Length;
        }
        else if (!options.IsRooted)
        {
            // A relative root with no project directory to resolve it against: match it as a trailing part of the path.
            var index = path.IndexOf("/" + prefix, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                start = index + 1 + prefix.Length;
            }
        }

        relativePath = start < 0 ? string.Empty : EventsDirectory + path.Substring(start);
        return start >= 0;
    }

    /// <summary>True for <c>yyyy-MM-dd</c> with a month of 01-12 and a day of 01-31.</summary>
    private static bool IsIsoDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            {
                return false;
            }
        }

        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }
}
