using System.Reflection;
using System.Text.Json;
using OnexSchemas.Diagnostics;

namespace OnexSchemas.Reporting;

/// <summary>SARIF 2.1.0, for code-scanning dashboards. Every rule of the catalog is listed, so results can reference them by index.</summary>
public sealed class SarifFormatter(PathDisplay paths) : IDiagnosticFormatter
{
    /// <summary>The SARIF schema URI written into the log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        var rules = RuleCatalog.All.Concat(diagnostics.Select(diagnostic => diagnostic.Rule)).DistinctBy(rule => rule.Id).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(entry => entry.Id, entry => entry.index);

        JsonOutput.WriteDocument(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "onex-schemas");
            json.WriteString("semanticVersion", ToolVersion());
            json.WriteString("informationUri", "https://github.com/omninode/onex-schemas");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Purpose);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Id);
                json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Id]);
                json.WriteString("level", Level(diagnostic.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", ToUri(paths.Show(diagnostic.Location.FilePath)));
                json.WriteEndObject();
                if (diagnostic.Location.HasLine)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", diagnostic.Location.Line);
                    json.WriteNumber("startColumn", Math.Max(1, diagnostic.Location.Column));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    // SARIF wants URI references: relative paths with '/' and percent-encoded specials, absolute ones as file URIs.
    private static string ToUri(string path) => Path.IsPathFullyQualified(path)
        ? new Uri(path).AbsoluteUri
        : string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string ToolVersion() =>
        typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
