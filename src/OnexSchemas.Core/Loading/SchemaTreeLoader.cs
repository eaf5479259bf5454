using OnexSchemas.Config;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Loading;

/// <summary>Loads a schema tree: the config, then every JSON file under the root.</summary>
public static class SchemaTreeLoader
{
    /// <summary>Loads the tree in a directory.</summary>
    public static SchemaTree Load(string root, LoadOptions? options = null) => Load(new FileSystemSchemaSource(root), options);

    /// <summary>Loads the tree of a source. Bad files become findings; only a missing root throws.</summary>
    public static SchemaTree Load(ISchemaSource source, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var config = TreeConfigReader.Read(source, options, diagnostics, out var configFile);
        var documents = new List<SchemaDocument>();
        var schemaFiles = 0;
        foreach (var relativePath in source.ListFiles())
        {
            if (!relativePath.EndsWith(".json", StringComparison.Ordinal) || relativePath == SchemaTreeLayout.ConfigFileName)
            {
                continue;
            }

            schemaFiles++;
            var file = JsonFileReader.Read(source, relativePath, options, diagnostics);
            if (file is not null)
            {
                documents.Add(new SchemaDocument(file, SchemaPath.Parse(relativePath, config.Namespace)));
            }
        }

        return new SchemaTree(source, config, configFile, documents, diagnostics, schemaFiles);
    }
}
