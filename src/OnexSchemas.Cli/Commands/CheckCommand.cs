using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OnexSchemas.Compatibility;
using OnexSchemas.Diagnostics;
using OnexSchemas.Git;
using OnexSchemas.Governance;
using OnexSchemas.Linting;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>check --against REF</c>: validate the working tree, then judge every schema change since REF with the SemVer rules.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var againstOption = new Option<string>("--against")
        {
            Description = "The git ref to compare with, e.g. origin/main.",
            Required = true,
            HelpName = "REF",
        };
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("text", "json", "sarif", "github", "markdown");
        var policyOption = CommonOptions.Policy();
        var todayOption = new Option<string?>("--today")
        {
            Description = "The date sunsets are judged on, yyyy-MM-dd (default: today, UTC).",
            HelpName = "DATE",
        };
        var command = new Command("check", "Compare the schema tree with a git ref: compatibility verdicts and SemVer rules.")
        {
            againstOption, rootOption, formatOption, policyOption, todayOption,
        };
        command.SetAction(parseResult =>
        {
            var against = parseResult.GetValue(againstOption)!;
            var root = SchemaRootLocator.Locate(parseResult.GetValue(rootOption));
            var options = new GovernanceOptions
            {
                Policy = CommonOptions.ParsePolicy(parseResult.GetValue(policyOption)!),
                Today = ParseToday(parseResult.GetValue(todayOption)),
            };

            GitRepository repository;
            GitSchemaSource baselineSource;
            string prefix;
            try
            {
                repository = GitRepository.Discover(root);
                prefix = GitRepository.PrefixOf(root);
                var commit = repository.ResolveCommit(against);
                baselineSource = new GitSchemaSource(repository, against, commit, prefix, LoadOptions.Default);
            }
            catch (GitException exception)
            {
                throw new UsageException($"git: {exception.Message}");
            }

            var baseline = SchemaTreeLoader.Load(baselineSource);
            var current = SchemaTreeLoader.Load(root);
            if (baseline.SchemaFileCount == 0)
            {
                // Nothing on either side is a mistyped --root; an empty working tree beside a full baseline is a deletion.
                SchemaRootLocator.RequireSchemas(current);
                error.WriteLine($"onex-schemas: warning: '{against}' has no schema files under '{prefix}'; every schema counts as added");
            }

            var lint = SchemaLinter.Lint(current);

            GovernanceResult governance;
            try
            {
                governance = new GovernanceChecker(options).Check(baseline, current, path => History(baselineSource, path));
            }
            catch (GitException exception)
            {
                throw new UsageException($"git: {exception.Message}");
            }
            var diagnostics = lint.Diagnostics.Concat(governance.Diagnostics)
                .OrderBy(diagnostic => diagnostic.Location.FilePath, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.Line)
                .ThenBy(diagnostic => diagnostic.Location.Column)
                .ToList();

            var paths = PathDisplay.CurrentDirectory;
            var format = parseResult.GetValue(formatOption)!;
            switch (format)
            {
                case "markdown":
                    GovernanceMarkdownReport.Write(output, against, governance, diagnostics, paths);
                    break;
                case "json":
                    WriteJson(output, against, governance, diagnostics, paths);
                    break;
                default:
                    DiagnosticFormatters.For(ValidateCommand.ParseFormat(format), paths).Write(output, diagnostics, current.JsonFileCount);
                    break;
            }

            return diagnostics.Any(diagnostic => diagnostic.IsError) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    // Every committed version of the file reachable from the baseline, for *_TRANSITIVE levels, oldest first.
    private static IReadOnlyList<JsonElement> History(GitSchemaSource baseline, string relativePath)
    {
        if (!baseline.FileExists(relativePath))
        {
            return [];
        }

        var versions = new List<JsonElement>();
        foreach (var content in baseline.Repository.FileHistory(baseline.Commit, baseline.PathInRepository(relativePath)))
        {
            try
            {
                versions.Add(JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = LoadOptions.Default.MaxDepth }).RootElement);
            }
            catch (JsonException)
            {
                // A version that was never valid JSON was never registered either.
            }
        }

        return versions;
    }

    private static DateOnly ParseToday(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(DateTime.UtcNow);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--today '{text}' is not a date written yyyy-MM-dd");
    }

    private static void WriteJson(TextWriter output, string against, GovernanceResult governance, IReadOnlyList<Diagnostic> diagnostics, PathDisplay paths)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("against", against);
            json.WriteBoolean("passed", diagnostics.All(diagnostic => !diagnostic.IsError));
            json.WriteNumber("errors", diagnostics.Count(diagnostic => diagnostic.IsError));
            json.WriteNumber("warnings", diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning));
            json.WriteStartArray("changes");
            foreach (var change in governance.Changes)
            {
                json.WriteStartObject();
                json.WriteString("file", change.RelativePath);
                json.WriteString("subject", change.Subject);
                json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                json.WriteStringOrNull("old_version", change.OldVersion);
                json.WriteStringOrNull("new_version", change.NewVersion);
                json.WriteString("verdict", change.Verdict);
                json.WriteBoolean("passed", change.Passed);
                if (change.Compatibility is { } result)
                {
                    CompatCommand.WriteResult(json, result);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonFormatter.WriteDiagnostics(json, diagnostics, paths);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
