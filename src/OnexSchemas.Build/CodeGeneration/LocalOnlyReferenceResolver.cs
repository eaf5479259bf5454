using NJsonSchema;
using NJsonSchema.References;

namespace OnexSchemas.Build.CodeGeneration;

/// <summary>
/// NJsonSchema's resolver downloads http(s) references. Code generation never touches the network: the tree's
/// lint has already refused remote references, and this resolver refuses them again should one slip through.
/// </summary>
internal sealed class LocalOnlyReferenceResolver(JsonSchemaAppender appender) : JsonReferenceResolver(appender)
{
    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"remote $ref '{url}' is not resolved: schemas are never fetched");
}
