using OnexSchemas.Compatibility;
using OnexSchemas.Naming;

namespace OnexSchemas.Registry;

/// <summary>One subject's schema as OnexSchemas registers it.</summary>
/// <param name="Subject">The subject, <c>{topic}-value</c> by Confluent's TopicNameStrategy.</param>
/// <param name="Topic">The topic whose messages the schema describes.</param>
/// <param name="SchemaType">The registry's schema type.</param>
/// <param name="Schema">The canonical text registered: the same bytes for the same meaning.</param>
/// <param name="Level">The subject's compatibility level, from the tree config.</param>
/// <param name="SourcePath">The topic's schema file, relative to the schema root.</param>
public sealed record RegisteredForm(string Subject, TopicName Topic, RegistrySchemaType SchemaType, string Schema, CompatibilityLevel Level, string SourcePath);
