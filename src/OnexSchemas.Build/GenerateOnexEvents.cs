using Microsoft.Build.Framework;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Diagnostics;
using OnexSchemas.Linting;
using OnexSchemas.Loading;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace OnexSchemas.Build;

/// <summary>
/// The MSBuild task: validates the schema tree with the same rules as <c>onex-schemas validate</c> (reported as
/// MSBuild errors at the schema's file, line and column), then writes one C# file per generated type. Files whose
/// content did not change are left untouched so that incremental compilation stays incremental; stale files are deleted.
/// </summary>
public sealed class GenerateOnexEvents : MSBuildTask
{
    /// <summary>The schema root (the directory holding <c>events/</c>, <c>common/</c> and <c>onex-schemas.json</c>).</summary>
    [Required]
    public string SchemaRoot { get; set; } = string.Empty;

    /// <summary>Optional narrowing: only these schema files get payload types (the whole tree is still validated).</summary>
    public ITaskItem[]? Schemas { get; set; }

    /// <summary>Where the generated files go, typically under <c>$(IntermediateOutputPath)</c>.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The Liquid templates.</summary>
    [Required]
    public string TemplateDirectory { get; set; } = string.Empty;

    /// <summary>The project file, where a wrong root or selection is located.</summary>
    public string? ProjectFile { get; set; }

    /// <summary><c>OnexSchemasRoot</c> as the project wrote it, to expand the project's <c>OnexSchema</c> globs.</summary>
    public string? SchemaRootProperty { get; set; }

    /// <summary>Every generated file, for the <c>Compile</c> and <c>FileWrites</c> items.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!Directory.Exists(SchemaRoot))
        {
            Log.LogError(null, RuleCatalog.BuildSchemaRoot.Id, null, ProjectFile, 0, 0, 0, 0, $"OnexSchemasRoot '{SchemaRoot}' does not exist; set <OnexSchemasRoot> to the schema tree");
            return false;
        }

        var selected = SelectedPaths();
        var settings = new BuildSettingsCheck(ProjectFile);
        var findings = new List<BuildSettingsCheck.Finding>();
        if (settings.CheckRoot(SchemaRoot) is { } root)
        {
            findings.Add(root);
        }
        else
        {
            findings.AddRange(settings.CheckSelection(selected?.ToList() ?? [], SchemaRootProperty));
        }

        foreach (var finding in findings)
        {
            Log.LogError(null, finding.Rule.Id, null, finding.File, finding.Line, finding.Column, 0, 0, finding.Message);
        }

        if (findings.Count > 0)
        {
            return false;
        }

        var tree = SchemaTreeLoader.Load(SchemaRoot);
        var lint = SchemaLinter.Lint(tree);
        foreach (var diagnostic in lint.Diagnostics)
        {
            Report(diagnostic);
        }

        if (!lint.Succeeded)
        {
            return false;
        }

        var files = new EventCodeGenerator(TemplateDirectory).Generate(tree, selected is null ? null : document => selected.Contains(document.File.DisplayPath));
        GeneratedFiles = GeneratedFileWriter.Write(OutputDirectory, files, Log).Select(path => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(path)).ToArray();
        return !Log.HasLoggedErrors;
    }

    private HashSet<string>? SelectedPaths() =>
        Schemas is { Length: > 0 }
            ? Schemas.Select(item => Path.GetFullPath(item.GetMetadata("FullPath"))).ToHashSet(StringComparer.Ordinal)
            : null;

    private void Report(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                Log.LogError(null, diagnostic.Id, null, location.FilePath, location.Line, location.Column, 0, 0, diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                Log.LogWarning(null, diagnostic.Id, null, location.FilePath, location.Line, location.Column, 0, 0, diagnostic.Message);
                break;
            default:
                Log.LogMessage(null, diagnostic.Id, null, location.FilePath, location.Line, location.Column, 0, 0, MessageImportance.Normal, diagnostic.Message);
                break;
        }
    }
}
