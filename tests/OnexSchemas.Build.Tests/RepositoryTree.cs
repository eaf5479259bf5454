using OnexSchemas.Loading;
using OnexSchemas.Model;

namespace OnexSchemas.Build.Tests;

/// <summary>The repository's schema tree, loaded once for every test that walks its topics.</summary>
internal static class RepositoryTree
{
    private static readonly Lazy<SchemaTree> Tree = new(() => SchemaTreeLoader.Load(RepositoryPaths.Schemas));

    public static SchemaTree Value => Tree.Value;

    /// <summary>Every topic name, as theory data.</summary>
    public static TheoryData<string> TopicNames()
    {
        var data = new TheoryData<string>();
        foreach (var topic in Value.Topics)
        {
            data.Add(topic.Name.Value);
        }

        return data;
    }
}
