using OnexSchemas.Model;

namespace OnexSchemas.Registry;

/// <summary>Builds the registered form of a topic for one schema type.</summary>
public interface IRegisteredFormBuilder
{
    /// <summary>The schema type the forms are registered as.</summary>
    RegistrySchemaType SchemaType { get; }

    /// <summary>The registered form of <paramref name="topic"/>'s messages inside <paramref name="envelope"/>.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="envelope">The envelope schema every message travels in.</param>
    /// <param name="problems">Where the reasons go when the form cannot be built.</param>
    /// <returns>The form, or <see langword="null"/> after adding to <paramref name="problems"/>.</returns>
    RegisteredForm? Build(TopicSchema topic, SchemaDocument envelope, ICollection<RegisteredFormProblem> problems);
}
