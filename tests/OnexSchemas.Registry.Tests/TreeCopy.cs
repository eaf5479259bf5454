using System.Text.Json.Nodes;
using OnexSchemas.Loading;
using OnexSchemas.Model;

namespace OnexSchemas.Registry.Tests;

/// <summary>A copy of the repository's schema tree in a temporary directory, to edit and load.</summary>
internal sealed class TreeCopy : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("onex-registry-");

    public TreeCopy()
    {
        var source = RepositorySchemas();
        foreach (var file in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root => _directory.FullName;

    public static string RepositorySchemas()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "schemas");
            if (File.Exists(Path.Combine(candidate, "onex-schemas.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("the repository's schemas/ directory was not found above " + AppContext.BaseDirectory);
    }

    public SchemaTree Load() => SchemaTreeLoader.Load(Root);

    public void Edit(string relativePath, Action<JsonObject> edit)
    {
        var path = Path.Combine(Root, relativePath);
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(node);
        File.WriteAllText(path, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public void Dispose() => _directory.Delete(recursive: true);
}
