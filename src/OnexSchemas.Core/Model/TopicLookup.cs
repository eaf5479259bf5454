using System.Diagnostics.CodeAnalysis;
using OnexSchemas.Naming;
using OnexSchemas.Text;

namespace OnexSchemas.Model;

/// <summary>
/// Finds a topic of a tree by name, and when there is none says why: the topic's file exists but did not load (with
/// its findings), or the name is close to some topics (suggested), or it is unknown. Every tool that takes a topic
/// name from a person answers the same way.
/// </summary>
public static class TopicLookup
{
    /// <summary>Looks <paramref name="name"/> up in <paramref name="tree"/>.</summary>
    /// <param name="tree">The loaded tree.</param>
    /// <param name="name">The topic name as the user typed it.</param>
    /// <param name="topic">The topic, when found.</param>
    /// <param name="problem">When not found, a sentence saying why, with suggestions.</param>
    /// <returns><see langword="true"/> when the tree has the topic.</returns>
    public static bool TryFind(SchemaTree tree, string name, [NotNullWhen(true)] out TopicSchema? topic, [NotNullWhen(false)] out string? problem)
    {
        topic = tree.FindTopic(name);
        problem = topic is null ? Explain(tree, name) : null;
        return topic is not null;
    }

    /// <summary>Up to <paramref name="count"/> topic names of <paramref name="tree"/> within a few edits of <paramref name="name"/>, closest first.</summary>
    /// <param name="tree">The loaded tree.</param>
    /// <param name="name">The name to match.</param>
    /// <param name="count">How many suggestions at most.</param>
    /// <returns>The suggestions.</returns>
    public static IReadOnlyList<string> Suggest(SchemaTree tree, string name, int count = 3) =>
        // A typo or two per segment, not a different topic that shares the namespace.
        NearestNames.Find(name, tree.Topics.Select(candidate => candidate.Name.Value), Math.Max(3, name.Length / 5), count);

    private static string Explain(SchemaTree tree, string name)
    {
        // The topic's file may exist but not load: its own findings say why, which "unknown topic" would not.
        if (TopicName.TryParse(name, tree.Config.Namespace, out var parsed, out _)
            && tree.Source.FileExists(SchemaPath.ForTopic(parsed!)))
        {
            var path = SchemaPath.ForTopic(parsed!);
            var findings = tree.LoadDiagnostics
                .Where(diagnostic => diagnostic.Location.FilePath == tree.Source.GetDisplayPath(path))
                .Select(diagnostic => diagnostic.Message);
            return $"topic '{name}' has a schema file, '{path}', that could not be loaded: {string.Join("; ", findings)}";
        }

        var close = Suggest(tree, name);
        return close.Count == 0
            ? $"unknown topic '{name}'; run 'onex-schemas list' to see the topics"
            : $"unknown topic '{name}'; did you mean: {string.Join(", ", close)}?";
    }
}
