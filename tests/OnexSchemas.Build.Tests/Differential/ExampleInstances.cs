using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Omninode.Events;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>Instances made from a schema's examples with one member changed, for cases pinned by hand.</summary>
internal static class ExampleInstances
{
    /// <summary>
    /// The first example of <paramref name="document"/> holding the parent of <paramref name="pointer"/>, with that
    /// member set to <paramref name="value"/> (JSON text, spliced in as text: a lone surrogate cannot pass through a
    /// JsonNode), or removed when the value is null.
    /// </summary>
    public static string With(SchemaDocument document, string pointer, string? value)
    {
        const string placeholder = "example-instance-placeholder";
        var tokens = pointer[1..].Split('/');
        foreach (var example in document.Root.GetProperty("examples").EnumerateArray())
        {
            var root = JsonNode.Parse(example.GetRawText())!;
            var parent = tokens[..^1].Aggregate((JsonNode?)root, (node, token) => node?[token]);
            if (parent is JsonObject json)
            {
                if (value is null)
                {
                    json.Remove(tokens[^1]);
                    return root.ToJsonString(InstanceGenerator.WriteOptions);
                }

                json[tokens[^1]] = placeholder;
                return root.ToJsonString(InstanceGenerator.WriteOptions).Replace($"\"{placeholder}\"", value, StringComparison.Ordinal);
            }
        }

        throw new InvalidOperationException($"no example of {document.RelativePath} has the parent of {pointer}");
    }

    /// <summary>The generated payload type of <paramref name="topic"/>, as the JSON context knows it.</summary>
    public static JsonTypeInfo TypeInfo(TopicSchema topic) => OnexEventsJsonContext.Default.GetTypeInfo(
        typeof(OnexEventsJsonContext).Assembly.GetType(CSharpNames.PayloadTypeFullName(topic.Name), throwOnError: true)!)!;
}
