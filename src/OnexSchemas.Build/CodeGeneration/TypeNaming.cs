using System.Text;
using OnexSchemas.Model;

namespace OnexSchemas.Build.CodeGeneration;

/// <summary>
/// The C# names of topics and their types. The source generator computes the same names on its own, from the same
/// rules: <c>codegen.request.validate.v1</c> is <c>Omninode.Events.Codegen.ValidateRequestV1</c>.
/// </summary>
public static class TypeNaming
{
    /// <summary>The namespace every generated type lives under.</summary>
    public const string RootNamespace = "Omninode.Events";

    /// <summary>PascalCase of a snake_case (or any punctuated) name: <c>batch_stamp</c> becomes <c>BatchStamp</c>.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>The namespace of a topic's types: <c>Omninode.Events.{Domain}</c>.</summary>
    public static string NamespaceOf(TopicName topic) => $"{RootNamespace}.{Pascal(topic.Domain)}";

    /// <summary>The payload record of a topic: <c>{Operation}{Pattern}V{major}</c>.</summary>
    public static string TypeNameOf(TopicName topic) =>
        $"{Pascal(topic.Operation)}{Pascal(TopicName.PatternSegment(topic.Pattern))}V{topic.Major}";

    /// <summary>The record of a shared schema such as <c>common/dlq_record.v1.json</c>: <c>DlqRecordV1</c>.</summary>
    public static string TypeNameOfCommon(string baseName, int major) => $"{Pascal(baseName)}V{major}";
}
