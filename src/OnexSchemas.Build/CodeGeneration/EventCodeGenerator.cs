using System.Text;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.CodeGeneration;

/// <summary>
/// Generates the C# for a validated tree: a record per topic payload (with its nested records and enums), the
/// envelope, the dead-letter record, and a System.Text.Json context covering every type.
/// </summary>
public sealed class EventCodeGenerator
{
    /// <summary>The shared schema generated as the generic envelope.</summary>
    public const string EnvelopePath = SchemaTreeLayout.EnvelopeFile;

    /// <summary>The name of the generated JSON context.</summary>
    public const string JsonContextName = CSharpNames.JsonContextClass;

    /// <summary>The name of the generated RFC 3339 converter.</summary>
    public const string TimestampConverterName = "OnexTimestampJsonConverter";

    private readonly RecordGenerator _records;
    private readonly string _toolVersion;

    /// <summary>Generates with the Liquid templates in <paramref name="templateDirectory"/>.</summary>
    public EventCodeGenerator(string templateDirectory)
    {
        _toolVersion = typeof(EventCodeGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        _records = new RecordGenerator(templateDirectory, _toolVersion);
    }

    /// <summary>
    /// Generates the files for <paramref name="tree"/>; <paramref name="include"/> narrows the topics (root-relative
    /// paths), null meaning all. The tree must be free of lint errors.
    /// </summary>
    public IReadOnlyList<GeneratedFile> Generate(SchemaTree tree, Func<SchemaDocument, bool>? include = null)
    {
        var root = CSharpNames.RootNamespace(tree.Config.Namespace);
        var files = new List<GeneratedFile>();
        var payloads = new List<string>();
        foreach (var topic in tree.Topics.Where(topic => include?.Invoke(topic.Document) ?? true))
        {
            var metadata = topic.Document.Metadata;
            var @namespace = CSharpNames.DomainNamespace(root, topic.Name.Domain);
            var rootName = CSharpNames.PayloadType(topic.Name);
            var message = metadata?.Deprecated == true
                ? $"{topic.Name} is deprecated{(metadata.Sunset is { } sunset ? $" and will be removed after {sunset:yyyy-MM-dd}" : string.Empty)}; move to its next major."
                : null;
            AddTypes(files, topic.Document, root, @namespace, rootName, metadata?.Deprecated == true, message);
            payloads.Add($"{@namespace}.{rootName}");
        }

        var common = new List<string>();
        foreach (var document in tree.Documents.Where(document => document.Path.Kind == SchemaFileKind.Common))
        {
            if (document.RelativePath == EnvelopePath)
            {
                AddTypes(files, document, root, root, RecordGenerator.EnvelopeName, false, null);
            }
            else
            {
                var name = CSharpNames.CommonType(document.Path.BaseName!, document.Path.Major ?? 1);
                AddTypes(files, document, root, root, name, false, null);
                common.Add($"{root}.{name}");
            }
        }

        var hasEnvelope = tree.FindDocument(EnvelopePath) is not null;
        files.Add(new GeneratedFile($"{JsonContextName}.g.cs", JsonContext(root, payloads, common, hasEnvelope)));
        files.Add(new GeneratedFile($"{TimestampConverterName}.g.cs", Header(null) + TimestampConverter.Source(root, TimestampConverterName, _toolVersion)));
        files.Add(new GeneratedFile("OnexValidation.g.cs", Header(null) + SupportTypes.ValidationSource(root, _toolVersion)));
        if (hasEnvelope)
        {
            files.Add(new GeneratedFile($"{JsonMetadataSource.ClassName}.g.cs", Header(null) + JsonMetadataSource.Source(root, _toolVersion)));
        }

        return files.OrderBy(file => file.FileName, StringComparer.Ordinal).ToList();
    }

    private void AddTypes(List<GeneratedFile> files, SchemaDocument document, string root, string @namespace, string rootName, bool deprecated, string? message)
    {
        var json = Encoding.UTF8.GetString(document.File.Utf8);
        var documentPath = Path.IsPathFullyQualified(document.File.DisplayPath) ? document.File.DisplayPath : document.RelativePath;
        foreach (var (typeName, code) in _records.Generate(json, documentPath, root, @namespace, rootName, deprecated, message))
        {
            var prefix = @namespace == root ? string.Empty : @namespace[(root.Length + 1)..] + ".";
            files.Add(new GeneratedFile($"{prefix}{typeName}.g.cs", Header(document.RelativePath) + $"namespace {@namespace};\n\n" + code));
        }
    }

    private string JsonContext(string root, IReadOnlyList<string> payloads, IReadOnlyList<string> common, bool hasEnvelope)
    {
        var builder = new StringBuilder(Header(null));
        builder.Append($"namespace {root};\n\n");
        builder.Append("/// <summary>\n");
        builder.Append("/// Source-generated System.Text.Json metadata for every event payload");
        builder.Append(hasEnvelope ? ", its envelope," : string.Empty);
        builder.Append(" and the dead-letter record: serialization\n/// needs no reflection and works trimmed and AOT. Unknown members are refused, so closed schemas stay closed on read.\n");
        builder.Append("/// </summary>\n");
        builder.Append("[global::System.Text.Json.Serialization.JsonSourceGenerationOptions(\n");
        builder.Append("    DefaultIgnoreCondition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,\n");
        builder.Append("    UnmappedMemberHandling = global::System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,\n");
        builder.Append("    RespectNullableAnnotations = true,\n");
        builder.Append("    RespectRequiredConstructorParameters = true,\n");
        builder.Append($"    Converters = new[] {{ typeof(global::{root}.{TimestampConverterName}), typeof(global::{root}.OnexIntegerJsonConverter) }})]\n");
        foreach (var type in payloads)
        {
            builder.Append($"[global::System.Text.Json.Serialization.JsonSerializable(typeof(global::{type}))]\n");
        }

        if (hasEnvelope)
        {
            // One closed envelope: its members' types (source, metadata) get metadata, and an envelope whose payload is
            // read as a JsonElement is there for tools. The typed envelopes' metadata is the envelope's CreateJsonTypeInfo.
            builder.Append($"[global::System.Text.Json.Serialization.JsonSerializable(typeof(global::{root}.{CSharpNames.EnvelopeClass}<global::System.Text.Json.JsonElement>))]\n");
        }

        foreach (var type in common)
        {
            builder.Append($"[global::System.Text.Json.Serialization.JsonSerializable(typeof(global::{type}))]\n");
        }

        // No [GeneratedCode] here: the System.Text.Json generator puts one on its part of this class.
        builder.Append($"public sealed partial class {JsonContextName} : global::System.Text.Json.Serialization.JsonSerializerContext\n{{\n");
        builder.Append($"    private static {JsonContextName}? s_wire;\n\n");
        if (hasEnvelope)
        {
            EnvelopeTypeInfos(builder, root, payloads);
        }

        builder.Append("    /// <summary>\n");
        builder.Append("    /// The same metadata and options with the bus's escaping: a string escapes only what JSON requires (<c>\\\"</c>,\n");
        builder.Append("    /// <c>\\\\</c> and control characters), so quotes, <c>+</c>, <c>&lt;</c> and non-ASCII text are written as they are. The bus's\n");
        builder.Append("    /// messages and dead-letter records are written with it; <see cref=\"Default\"/> keeps System.Text.Json's escaping, which is\n");
        builder.Append("    /// also safe inside HTML.\n");
        builder.Append("    /// </summary>\n");
        // Lazy, not a field initializer: the order of static initializers across the partial's files is not defined.
        builder.Append($"    public static {JsonContextName} Wire => s_wire ??= new {JsonContextName}(new global::System.Text.Json.JsonSerializerOptions(Default.Options)\n");
        builder.Append("    {\n        Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,\n    });\n}\n");
        return builder.ToString();
    }

    // The envelope's metadata, made by the envelope's CreateJsonTypeInfo once per context and payload type (so Default
    // and Wire each keep theirs), behind the names System.Text.Json's generator gave the closed envelopes.
    private static void EnvelopeTypeInfos(StringBuilder builder, string root, IReadOnlyList<string> payloads)
    {
        const string typeInfo = "global::System.Text.Json.Serialization.Metadata.JsonTypeInfo";
        var envelope = $"global::{root}.{CSharpNames.EnvelopeClass}";
        builder.Append($"    private readonly global::System.Collections.Concurrent.ConcurrentDictionary<global::System.Type, {typeInfo}> _envelopes = new();\n\n");
        builder.Append("    /// <summary>The serializer metadata of the envelope carrying a <typeparamref name=\"TPayload\"/>, with this context's options.</summary>\n");
        builder.Append("    /// <typeparam name=\"TPayload\">The payload type, one with metadata in this context.</typeparam>\n");
        builder.Append("    /// <returns>The metadata, made on first use and kept.</returns>\n");
        builder.Append($"    public {typeInfo}<{envelope}<TPayload>> {CSharpNames.EnvelopeTypeInfoMethod}<TPayload>() =>\n");
        builder.Append($"        ({typeInfo}<{envelope}<TPayload>>)_envelopes.GetOrAdd(typeof(TPayload), static (_, context) => {envelope}<TPayload>.CreateJsonTypeInfo(context), this);\n");
        foreach (var type in payloads)
        {
            var property = CSharpNames.EnvelopeTypeInfoProperty(type[(type.LastIndexOf('.') + 1)..]);
            builder.Append($"\n    /// <summary>The serializer metadata of the envelope carrying a <see cref=\"global::{type}\"/>.</summary>\n");
            builder.Append($"    public {typeInfo}<{envelope}<global::{type}>> {property} => {CSharpNames.EnvelopeTypeInfoMethod}<global::{type}>();\n");
        }

        builder.Append('\n');
    }

    private static string Header(string? source) =>
        "// <auto-generated>\n" +
        (source is null ? "//     Generated by OnexSchemas.Build.\n" : $"//     Generated by OnexSchemas.Build from schemas/{source}.\n") +
        "//     Changes to this file are lost when it is generated again: edit the schema instead.\n" +
        "// </auto-generated>\n" +
        "#nullable enable\n\n";
}
