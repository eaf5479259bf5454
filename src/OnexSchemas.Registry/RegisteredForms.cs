using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Registry;

/// <summary>The registered form of every topic of a tree.</summary>
public static class RegisteredForms
{
    /// <summary>Builds one registered schema per topic, in subject order.</summary>
    /// <param name="tree">The schema tree.</param>
    /// <param name="builder">The schema type's builder; JSON Schema by default.</param>
    /// <returns>The schemas, and why any topic could not be built.</returns>
    public static (IReadOnlyList<RegisteredForm> Schemas, IReadOnlyList<RegisteredFormProblem> Problems) Build(SchemaTree tree, IRegisteredFormBuilder? builder = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        builder ??= new JsonRegisteredFormBuilder();
        var problems = new List<RegisteredFormProblem>();
        var schemas = new List<RegisteredForm>();
        if (tree.FindDocument(SchemaTreeLayout.EnvelopeFile) is not { } envelope)
        {
            problems.Add(new RegisteredFormProblem(SchemaTreeLayout.EnvelopeFile, string.Empty,
                $"the tree has no envelope at {SchemaTreeLayout.EnvelopeFile}; every message travels in it, so nothing can be registered without it"));
            return (schemas, problems);
        }

        foreach (var topic in tree.Topics.OrderBy(topic => topic.Name.Value, StringComparer.Ordinal))
        {
            if (builder.Build(topic, envelope, problems) is { } schema)
            {
                schemas.Add(schema);
            }
        }

        return (schemas, problems);
    }
}
