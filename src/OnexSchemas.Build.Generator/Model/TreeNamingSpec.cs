using OnexSchemas.Naming;

namespace OnexSchemas.Build.Generator.Model;

/// <summary>
/// What the generator takes from the tree config (<c>onex-schemas.json</c>): the topic namespace, and from it the C#
/// root namespace. Value-equal, so editing the config's partitions or retention re-parses nothing.
/// </summary>
/// <param name="TopicNamespace">The first segment of every topic, <c>omninode</c> by default.</param>
/// <param name="Diagnostic">Why the config could not be read, when it could not; the default namespace is used then.</param>
internal sealed record TreeNamingSpec(string TopicNamespace, DiagnosticInfo? Diagnostic)
{
    /// <summary>The naming of a tree without a config: <c>omninode</c>, <c>Omninode.Events</c>.</summary>
    public static TreeNamingSpec Default { get; } = new(TopicName.DefaultNamespace, null);

    /// <summary>The C# namespace every generated type lives under.</summary>
    public string RootNamespace => CSharpNames.RootNamespace(TopicNamespace);
}
