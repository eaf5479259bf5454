using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OnexSchemas.Build.Generator.Tests.Infrastructure;

/// <summary>
/// What a topic schema should generate, worked out here independently of the generator (System.Text.Json and the
/// naming rules of the issue), so that the tests check the generator against an oracle rather than against itself.
/// </summary>
internal sealed record ExpectedTopic(
    string Topic,
    string Namespace,
    string TypeName,
    string TopicsClassMetadataName,
    string ConstantName,
    string? ResponseTypeName,
    string Version,
    bool Deprecated,
    IReadOnlyList<string> RootPropertyNames)
{
    public string FullTypeName => Namespace + "." + TypeName;

    public string? ResponseFullTypeName => ResponseTypeName is null ? null : Namespace + "." + ResponseTypeName;

    /// <summary>Reads a topic schema's x-onex.topic and version and its root property names.</summary>
    public static ExpectedTopic FromSchema(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var onex = root.GetProperty("x-onex");
        var topic = onex.GetProperty("topic").GetString()!;
        var segments = topic.Split('.');
        var domain = Pascal(segments[1]);
        var implied = segments.Length == 4;
        var pattern = implied ? "Audit" : Pascal(segments[2]);
        var operation = Pascal(segments[^2]);
        var major = int.Parse(segments[^1][1..], CultureInfo.InvariantCulture);
        var properties = root.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().Select(p => p.Name).ToList()
            : [];
        return new ExpectedTopic(
            topic,
            // A domain named like a BCL root namespace would capture it for code inside Omninode.Events.*.
            "Omninode.Events." + (domain is "System" or "Microsoft" or "Windows" ? domain + "Events" : domain),
            $"{operation}{pattern}V{major}",
            implied ? $"Omninode.Events.Topics+{domain}" : $"Omninode.Events.Topics+{domain}+{pattern}",
            $"{operation}V{major}",
            pattern == "Request" ? $"{operation}ResponseV{major}" : null,
            onex.GetProperty("version").GetString()!,
            onex.TryGetProperty("deprecated", out var deprecated) && deprecated.ValueKind == JsonValueKind.True,
            properties);
    }

    /// <summary><c>batch_stamp</c> → <c>BatchStamp</c>.</summary>
    public static string Pascal(string snake) =>
        string.Concat(snake.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>
    /// The declarations the MSBuild record generator would make: one public sealed partial record per topic, with a
    /// property per root schema property (so a payload property named event_type really clashes with EventType).
    /// </summary>
    public static string Stubs(IEnumerable<ExpectedTopic> topics)
    {
        var text = new StringBuilder();
        foreach (var topic in topics)
        {
            text.AppendLine($"namespace {topic.Namespace}");
            text.AppendLine("{");
            text.AppendLine($"    public sealed partial record {topic.TypeName}");
            text.AppendLine("    {");
            foreach (var property in topic.RootPropertyNames)
            {
                text.AppendLine($"        /// <summary>The {property} property.</summary>");
                text.AppendLine($"        public object? {Pascal(property)} {{ get; init; }}");
            }

            text.AppendLine("    }");
            text.AppendLine("}");
        }

        return text.ToString();
    }
}
