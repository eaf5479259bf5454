using System.CommandLine;
using OnexSchemas.Catalog;
using OnexSchemas.Catalog.AsyncApi;
using OnexSchemas.Catalog.Markdown;
using OnexSchemas.Catalog.Site;
using OnexSchemas.Git;
using OnexSchemas.Loading;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>catalog</c>: the event catalog of the tree, written from the schemas so that it cannot drift from them.</summary>
internal static class CatalogCommand
{
    /// <summary>Where the site goes without <c>--out</c>.</summary>
    public const string DefaultSiteDirectory = "event-catalog";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("html", "markdown", "asyncapi");
        formatOption.Description = $"Output format: html (a static site, {HtmlSiteWriter.IndexFile} and a page per topic), markdown ({MarkdownCatalogWriter.FileName}) or asyncapi (AsyncAPI {AsyncApiCatalogWriter.Version}, {AsyncApiCatalogWriter.FileName}).";
        var outOption = new Option<DirectoryInfo?>("--out")
        {
            Description = $"The directory to write into (created if missing). Without it, markdown and asyncapi are printed and the site goes to ./{DefaultSiteDirectory}.",
        };
        var historyOption = new Option<string?>("--history")
        {
            Description = "For the site: read each schema's versions from git as of this commit or ref (default HEAD when the root is in a git work tree).",
        };
        var command = new Command("catalog", "Write the event catalog: per domain, every topic with its settings, services, pairing and fields.")
        {
            rootOption, formatOption, outOption, historyOption,
        };
        command.SetAction(parseResult =>
        {
            var root = SchemaRootLocator.Locate(parseResult.GetValue(rootOption));
            var tree = SchemaTreeLoader.Load(root);
            SchemaRootLocator.RequireSchemas(tree);

            // A catalog that leaves out a file that did not load would mislead: nothing is written.
            if (tree.LoadDiagnostics.Any(diagnostic => diagnostic.IsError))
            {
                foreach (var diagnostic in tree.LoadDiagnostics)
                {
                    error.WriteLine(TextFormatter.Format(diagnostic, PathDisplay.CurrentDirectory));
                }

                error.WriteLine("onex-schemas: the catalog was not written: fix the files above first.");
                return ExitCodes.Findings;
            }

            var format = parseResult.GetValue(formatOption);
            var historyReference = parseResult.GetValue(historyOption);
            if (historyReference is not null && format != "html")
            {
                throw new UsageException("--history is for the site (--format html): the Markdown and AsyncAPI catalogs describe the tree as it is");
            }

            var catalog = EventCatalogBuilder.Build(tree, format == "html" ? History(tree, root, historyReference, error) : null);
            var outDirectory = parseResult.GetValue(outOption);
            var documentDirectory = outDirectory?.FullName ?? Directory.GetCurrentDirectory();
            string fileName;
            string text;
            if (format == "html")
            {
                var site = outDirectory?.FullName ?? Path.Combine(Directory.GetCurrentDirectory(), DefaultSiteDirectory);
                var written = HtmlSiteWriter.Write(catalog, site);
                output.WriteLine($"wrote {Path.Combine(Path.GetRelativePath(Directory.GetCurrentDirectory(), site), HtmlSiteWriter.IndexFile)} and {written.Count - 1} more files: {catalog.Summary}.");
                return ExitCodes.Success;
            }

            if (format == "asyncapi")
            {
                // Each message's payload is the registered form: a topic without one would be a channel without a schema.
                if (catalog.Problems.Count > 0)
                {
                    foreach (var problem in catalog.Problems)
                    {
                        error.WriteLine(problem.Format(root, PathDisplay.CurrentDirectory));
                    }

                    error.WriteLine("onex-schemas: the catalog was not written: fix the files above first.");
                    return ExitCodes.Findings;
                }

                (fileName, text) = (AsyncApiCatalogWriter.FileName, AsyncApiCatalogWriter.Write(catalog));
            }
            else
            {
                (fileName, text) = (MarkdownCatalogWriter.FileName, MarkdownCatalogWriter.Write(catalog, Path.GetRelativePath(documentDirectory, root)));
            }

            if (outDirectory is null)
            {
                output.Write(text);
                return ExitCodes.Success;
            }

            Directory.CreateDirectory(outDirectory.FullName);
            var path = Path.Combine(outDirectory.FullName, fileName);
            WriteReplacing(path, text);
            output.WriteLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}: {catalog.Summary}.");
            return ExitCodes.Success;
        });
        return command;
    }

    // Inside a git work tree the site shows each schema's versions; outside one it says it has none, unless the user
    // asked for history, which is then a mistake to report.
    private static IReadOnlyDictionary<string, IReadOnlyList<Catalog.Model.SchemaVersionEntry>>? History(Model.SchemaTree tree, string root, string? reference, TextWriter error)
    {
        if (reference is null && GitRepository.TryFindTopLevel(root) is null)
        {
            return null;
        }

        try
        {
            var history = CatalogHistory.Build(tree, root, reference ?? "HEAD");
            if (GitRepository.Discover(root).IsShallow)
            {
                error.WriteLine("onex-schemas: warning: the clone is shallow, so each schema's history starts at the oldest commit it holds; fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI) for every version");
            }

            return history;
        }
        catch (GitException exception) when (reference is null)
        {
            error.WriteLine($"onex-schemas: the site has no version history: {exception.Message}");
            return null;
        }
        catch (GitException exception)
        {
            throw new UsageException($"--history {reference}: {exception.Message}");
        }
    }

    // Written beside and moved over: an interrupted run leaves the previous catalog, never half of one.
    private static void WriteReplacing(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
