using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Json;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>
/// ONEX015: payload objects are closed. With a closed model the registry lets a minor version add optional fields
/// under BACKWARD; an open model would make every addition a guess about what old producers sent.
/// </summary>
public sealed class ClosedContentModelRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.ClosedContentModel;

    /// <inheritdoc />
    protected override bool AppliesTo(SchemaDocument document) => document.Path.Kind == SchemaFileKind.Topic;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        foreach (var schema in document.SubSchemas)
        {
            if (!schema.IsObjectSchema || schema.Reference is not null)
            {
                continue;
            }

            var hasProperties = schema.Element.TryGetProperty("properties", out _);
            if (!schema.Element.TryGetProperty("additionalProperties", out var additional))
            {
                context.Report(Descriptor, document, schema.Pointer, hasProperties
                    ? $"object schema at '{Display(schema.Pointer)}' has no 'additionalProperties'; add \"additionalProperties\": false"
                    : $"object schema at '{Display(schema.Pointer)}' has no 'additionalProperties'; add false, or a value schema for a map");
                continue;
            }

            var at = JsonPointerText.Append(schema.Pointer, "additionalProperties");
            switch (additional.ValueKind)
            {
                case JsonValueKind.False:
                    break;
                case JsonValueKind.Object when !hasProperties:
                    break; // a typed map: its keys are data, its values are governed by the value schema
                case JsonValueKind.Object:
                    context.Report(Descriptor, document, at,
                        $"object schema at '{Display(schema.Pointer)}' declares properties and a schema for other keys (a partially open model); use \"additionalProperties\": false");
                    break;
                default:
                    context.Report(Descriptor, document, at,
                        $"object schema at '{Display(schema.Pointer)}' is open (additionalProperties: {additional.GetRawText()}); use false, or a value schema for a map");
                    break;
            }
        }
    }

    private static string Display(string pointer) => "#" + pointer;
}
