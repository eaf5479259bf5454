using NJsonSchema;
using NJsonSchema.CodeGeneration;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.CodeGeneration;

/// <summary>PascalCase C# names for JSON properties and enum members; the wire keeps the snake_case.</summary>
internal sealed class PascalCaseNames : IPropertyNameGenerator, IEnumNameGenerator
{
    public string Generate(JsonSchemaProperty property) => CSharpNames.Pascal(property.Name);

    public string Generate(int index, string? name, object? value, JsonSchema schema) =>
        CSharpNames.Pascal(value?.ToString() ?? name ?? "Value" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
