using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>How Redpanda reads <c>$schema</c> and which keywords each of its drafts uses.</summary>
internal static class RedpandaDialects
{
    private static readonly (string Uri, RedpandaDialect Dialect)[] Known =
    [
        ("http://json-schema.org/draft-04/schema#", RedpandaDialect.Draft4),
        ("http://json-schema.org/draft-06/schema#", RedpandaDialect.Draft6),
        ("http://json-schema.org/draft-07/schema#", RedpandaDialect.Draft7),
        ("https://json-schema.org/draft/2019-09/schema#", RedpandaDialect.Draft201909),
        ("https://json-schema.org/draft/2020-12/schema#", RedpandaDialect.Draft202012),
    ];

    /// <summary>
    /// The dialect a <c>$schema</c> names. Redpanda matches the five URIs exactly, with or without the final
    /// <c>#</c>; <c>https</c> for draft-07 or <c>http</c> for 2020-12 is not one of them.
    /// </summary>
    public static RedpandaDialect? FromUri(string uri)
    {
        foreach (var (known, dialect) in Known)
        {
            if (string.Equals(uri, known, StringComparison.Ordinal) || string.Equals(uri, known[..^1], StringComparison.Ordinal))
            {
                return dialect;
            }
        }

        return null;
    }

    /// <summary>
    /// The dialect of a document without <c>$schema</c>. Redpanda takes the newest draft whose meta-schema accepts
    /// the document; 2020-12 accepts nearly everything except the array form of <c>items</c>, which 2019-09 allows.
    /// </summary>
    public static RedpandaDialect Infer(JsonElement root) =>
        UsesTupleItems(root) ? RedpandaDialect.Draft201909 : RedpandaDialect.Draft202012;

    /// <summary>The member that names a resource: <c>id</c> in draft-04, <c>$id</c> after.</summary>
    public static string IdKeyword(RedpandaDialect dialect) => dialect == RedpandaDialect.Draft4 ? "id" : "$id";

    /// <summary>The member holding a tuple's item schemas.</summary>
    public static string TupleKeyword(RedpandaDialect dialect) => dialect == RedpandaDialect.Draft202012 ? "prefixItems" : "items";

    /// <summary>The member holding the schema of items past the tuple.</summary>
    public static string AdditionalItemsKeyword(RedpandaDialect dialect) => dialect == RedpandaDialect.Draft202012 ? "items" : "additionalItems";

    private static bool UsesTupleItems(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    if (member.NameEquals("items") && member.Value.ValueKind == JsonValueKind.Array || UsesTupleItems(member.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (UsesTupleItems(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
