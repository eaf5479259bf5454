using System.CommandLine;
using OnexSchemas.Catalog;
using OnexSchemas.Catalog.Markdown;
using OnexSchemas.Loading;
using OnexSchemas.Reporting;

namespace OnexSchemas.Cli.Commands;

/// <summary><c>catalog</c>: the event catalog of the tree, written from the schemas so that it cannot drift from them.</summary>
internal static class CatalogCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rootOption = CommonOptions.Root();
        var formatOption = CommonOptions.Format("markdown");
        formatOption.Description = "Output format: markdown (" + MarkdownCatalogWriter.FileName + ").";
        var outOption = new Option<DirectoryInfo?>("--out")
        {
            Description = "The directory to write " + MarkdownCatalogWriter.FileName + " into (created if missing); without it, the catalog is printed.",
        };
        var command = new Command("catalog", "Write the event catalog: per domain, every topic with its settings, services, pairing and fields.")
        {
            rootOption, formatOption, outOption,
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

            var catalog = EventCatalogBuilder.Build(tree);
            var outDirectory = parseResult.GetValue(outOption);
            var documentDirectory = outDirectory?.FullName ?? Directory.GetCurrentDirectory();
            var markdown = MarkdownCatalogWriter.Write(catalog, Path.GetRelativePath(documentDirectory, root));
            if (outDirectory is null)
            {
                output.Write(markdown);
                return ExitCodes.Success;
            }

            Directory.CreateDirectory(outDirectory.FullName);
            var path = Path.Combine(outDirectory.FullName, MarkdownCatalogWriter.FileName);
            WriteReplacing(path, markdown);
            output.WriteLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}: {catalog.Summary}.");
            return ExitCodes.Success;
        });
        return command;
    }

    // Written beside and moved over: an interrupted run leaves the previous catalog, never half of one.
    private static void WriteReplacing(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
