using System.Reflection;
using Omninode.Events;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Tests;

/// <summary>
/// The two halves of every record, the MSBuild task's and the source generator's, are named by the same
/// conventions: for every schema of the repository tree, the conventions give the topic, subject, dead-letter topic
/// and type names that the task and the generator emitted into this very assembly.
/// </summary>
public sealed class NamingParityTests
{
    private static readonly Assembly Generated = typeof(OnexEventsJsonContext).Assembly;

    public static TheoryData<string> Topics => RepositoryTree.TopicNames();

    [Theory]
    [MemberData(nameof(Topics))]
    public void The_conventions_name_what_the_task_and_the_generator_emitted(string topicName)
    {
        var topic = RepositoryTree.Value.FindTopic(topicName)!;
        var name = topic.Name;

        // The task wrote the record under the conventions' name, in a file the conventions name.
        var files = new EventCodeGenerator(RepositoryPaths.Templates).Generate(RepositoryTree.Value, document => document == topic.Document);
        Assert.Contains($"{CSharpNames.PayloadTypeFullName(name).Split('.')[^2]}.{CSharpNames.PayloadType(name)}.g.cs", files.Select(file => file.FileName));
        var type = Generated.GetType(CSharpNames.PayloadTypeFullName(name));
        Assert.NotNull(type);

        // The generator extended that same record and catalogued it under the conventions' topic names.
        Assert.Contains(typeof(IOnexEvent), type.GetInterfaces());
        var descriptor = OnexEventCatalog.FindByTopic(name.Value);
        Assert.NotNull(descriptor);
        Assert.Equal(type, descriptor.Type);
        Assert.Equal(name.Value, descriptor.Topic);
        Assert.Equal(name.Value, descriptor.EventType);
        Assert.Equal(name.DeadLetterTopic, descriptor.DeadLetterTopic);
        Assert.Equal(DeadLetterTopicName.For(descriptor.Topic), descriptor.DeadLetterTopic);
        Assert.Equal(SubjectName.ForValue(descriptor.Topic), name.ValueSubject);
        Assert.Equal(name.Value + "-value", name.ValueSubject);

        // The generator's constant sits where the conventions put it: Topics.{class path}.{constant}.
        var constants = Generated.GetType($"{CSharpNames.RootNamespace(name.Namespace)}.{CSharpNames.TopicsClass}+{CSharpNames.TopicsClassPath(name).Replace('.', '+')}");
        Assert.NotNull(constants);
        Assert.Equal(name.Value, constants.GetField(CSharpNames.TopicConstant(name))?.GetRawConstantValue());
        Assert.Equal(name.DeadLetterTopic, constants.GetField(CSharpNames.DeadLetterConstant(name))?.GetRawConstantValue());
    }

    [Fact]
    public void Every_payload_type_in_the_assembly_is_one_the_conventions_name()
    {
        var expected = RepositoryTree.Value.Topics.Select(topic => CSharpNames.PayloadTypeFullName(topic.Name)).Order(StringComparer.Ordinal);
        var actual = Generated.GetTypes()
            .Where(type => type.IsClass && typeof(IOnexEvent).IsAssignableFrom(type))
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }
}
