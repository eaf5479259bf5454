using OnexSchemas.Naming;
using System.Text;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.CodeGeneration;
using NJsonSchema.CodeGeneration.CSharp;

namespace OnexSchemas.Build.CodeGeneration;

/// <summary>Turns one schema into C# records and enums with NJsonSchema, driven by the project's Liquid templates.</summary>
internal sealed partial class RecordGenerator(string templateDirectory, string toolVersion)
{
    /// <summary>The generic envelope record, whose payload is a type parameter.</summary>
    public const string EnvelopeName = CSharpNames.EnvelopeClass;

    private const string VersionPlaceholder = "__ONEX_SCHEMAS_VERSION__";

    // The templates name the support types through the root namespace, which comes from the tree config.
    private const string RootNamespacePlaceholder = "__ONEX_ROOT_NAMESPACE__";
    private static readonly PascalCaseNames Names = new();

    /// <summary>Generates the types of one schema; the root type is named <paramref name="rootName"/>.</summary>
    public IReadOnlyList<(string TypeName, string Code)> Generate(string json, string documentPath, string rootNamespace, string @namespace, string rootName, bool deprecated, string? deprecationMessage)
    {
        var schema = JsonSchema.FromJsonAsync(
            json,
            documentPath,
            root => new LocalOnlyReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))).GetAwaiter().GetResult();
        if (deprecated)
        {
            schema.IsDeprecated = true;
            schema.DeprecatedMessage = deprecationMessage;
        }

        var typeNames = new SchemaTypeNames(schema, rootName);
        var settings = new CSharpGeneratorSettings
        {
            Namespace = @namespace,
            ClassStyle = CSharpClassStyle.Record,
            GenerateNativeRecords = true,
            JsonLibrary = CSharpJsonLibrary.SystemTextJson,
            JsonLibraryVersion = 9.0m,
            GenerateNullableReferenceTypes = true,
            GenerateOptionalPropertiesAsNullable = true,
            UseRequiredKeyword = true,
            RequiredPropertiesMustBeDefined = true,
            GenerateDataAnnotations = false,
            GenerateDefaultValues = false,
            IntegerType = "long",
            ArrayType = "System.Collections.Generic.IReadOnlyList",
            ArrayInstanceType = "System.Collections.Generic.List",
            DictionaryType = "System.Collections.Generic.IReadOnlyDictionary",
            DictionaryInstanceType = "System.Collections.Generic.Dictionary",
            DateTimeType = "System.DateTimeOffset",
            TypeNameGenerator = typeNames,
            PropertyNameGenerator = Names,
            EnumNameGenerator = Names,
            TemplateDirectory = templateDirectory,
        };

        var generator = new CSharpGenerator(schema, settings);
        var types = generator.GenerateTypes(schema, rootName)
            .Select(artifact => (artifact.TypeName, Normalize(Document(artifact.Code, typeNames.DescriptionOf(artifact.TypeName)).Replace(VersionPlaceholder, toolVersion, StringComparison.Ordinal).Replace(RootNamespacePlaceholder, rootNamespace, StringComparison.Ordinal))));
        var validation = new ValidationEmitter(typeNames, rootNamespace);
        var validators = typeNames.Records
            .Select(record => (record.Name + ".Validation", Normalize(validation.Emit(record.Schema, record.Name, toolVersion, isEnvelope: record.Name == EnvelopeName))));
        return types.Concat(validators).OrderBy(artifact => artifact.Item1, StringComparer.Ordinal).ToList();
    }

    // NJsonSchema gives an inline enum no description (its schema is the property's), so the template writes none,
    // and the property's description is the enum's summary; an enum described nowhere still gets one.
    private const string UndescribedEnumSummary = "/// <summary>The values the schema allows, each written on the wire as its snake_case string.</summary>\n";

    private static string Document(string code, string? description)
    {
        if (code.TrimStart().StartsWith("///", StringComparison.Ordinal))
        {
            return code;
        }

        if (description is null)
        {
            return code.Contains("public enum ", StringComparison.Ordinal) ? UndescribedEnumSummary + code.TrimStart() : code;
        }

        var escaped = System.Security.SecurityElement.Escape(description)!;
        var lines = escaped.Replace("\r\n", "\n").Split('\n').Select(line => "/// " + line);
        return "/// <summary>\n" + string.Join("\n", lines) + "\n/// </summary>\n" + code.TrimStart();
    }

    // Liquid leaves blank-line runs and trailing spaces behind; generated code is reviewed like hand-written code.
    // Every System name is written global:: so that no namespace of the consuming project can capture it.
    private static string Normalize(string code)
    {
        var lines = SystemName().Replace(code, "global::System.").Replace("\r\n", "\n").Split('\n').Select(line => line.TrimEnd());
        var builder = new StringBuilder();
        var blank = true;
        foreach (var line in lines)
        {
            var isBlank = line.Length == 0;
            if (isBlank && blank)
            {
                continue;
            }

            if (line.TrimStart() == "}" && builder.Length > 1 && builder[^1] == '\n' && builder[^2] == '\n')
            {
                builder.Length--; // no blank line before a closing brace
            }

            builder.Append(line).Append('\n');
            blank = isBlank;
        }

        return BlankAfterBrace().Replace(builder.ToString().TrimEnd('\n'), "{\n") + "\n";
    }

    [GeneratedRegex(@"(?<![\w.:])System\.")]
    private static partial Regex SystemName();

    [GeneratedRegex(@"\{\n\n+")]
    private static partial Regex BlankAfterBrace();
}
