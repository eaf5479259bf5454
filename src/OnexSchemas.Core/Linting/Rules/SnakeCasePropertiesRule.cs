using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX017: wire names are snake_case across every service, whatever language reads them.</summary>
public sealed class SnakeCasePropertiesRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.SnakeCaseProperties;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        foreach (var schema in document.SubSchemas)
        {
            if (schema.Role == SubSchemaRole.Property && !SnakeCase.IsMatch(schema.Name!))
            {
                context.Report(Descriptor, document, schema.Pointer, $"property '{schema.Name}' is not lower snake_case (e.g. '{Suggest(schema.Name!)}')");
            }
        }
    }

    private static string Suggest(string name)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }

        return builder.ToString().Trim('_');
    }
}
