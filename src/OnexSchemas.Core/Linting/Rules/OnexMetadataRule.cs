using System.Text.Json;
using OnexSchemas.Diagnostics;
using OnexSchemas.Model;
using OnexSchemas.Naming;

namespace OnexSchemas.Linting.Rules;

/// <summary>ONEX014: the <c>x-onex</c> block tells the tools a schema's version, topic and owners; without it nothing can be governed.</summary>
public sealed class OnexMetadataRule : DocumentRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => RuleCatalog.OnexMetadata;

    /// <inheritdoc />
    protected override bool AppliesTo(SchemaDocument document) =>
        document.Path.Kind != SchemaFileKind.Misplaced && document.Root.ValueKind == JsonValueKind.Object;

    /// <inheritdoc />
    protected override void CheckDocument(SchemaDocument document, LintContext context)
    {
        if (!document.Root.TryGetProperty(OnexMetadata.Key, out var onex) || onex.ValueKind != JsonValueKind.Object)
        {
            context.Report(Descriptor, document, string.Empty,
                "the schema has no 'x-onex' object; add {\"version\": \"1.0.0\", \"owner\": ..., \"producers\": [...], \"consumers\": [...]}");
            return;
        }

        var isTopic = document.Path.Kind == SchemaFileKind.Topic;
        RequireString(document, context, onex, "version");
        RequireString(document, context, onex, "owner");
        if (isTopic)
        {
            RequireString(document, context, onex, "topic");
            RequireServices(document, context, onex, "producers");
            RequireServices(document, context, onex, "consumers");
        }

        if (onex.TryGetProperty("deprecated", out var deprecated) && deprecated.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            context.Report(Descriptor, document, "/x-onex/deprecated", "'deprecated' must be true or false");
        }

        if (onex.TryGetProperty("sunset", out var sunset)
            && (sunset.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(sunset.GetString(), "yyyy-MM-dd", out _)))
        {
            context.Report(Descriptor, document, "/x-onex/sunset", "'sunset' must be a date written yyyy-MM-dd");
        }
    }

    private void RequireString(SchemaDocument document, LintContext context, JsonElement onex, string name)
    {
        if (!onex.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            context.Report(Descriptor, document, "/x-onex" + (onex.TryGetProperty(name, out _) ? "/" + name : string.Empty),
                $"'x-onex.{name}' must be a non-empty string");
        }
    }

    private void RequireServices(SchemaDocument document, LintContext context, JsonElement onex, string name)
    {
        if (!onex.TryGetProperty(name, out var value)
            || value.ValueKind != JsonValueKind.Array
            || value.GetArrayLength() == 0
            || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString())))
        {
            context.Report(Descriptor, document, "/x-onex" + (onex.TryGetProperty(name, out _) ? "/" + name : string.Empty),
                $"'x-onex.{name}' must be a non-empty array of service names");
        }
    }
}
