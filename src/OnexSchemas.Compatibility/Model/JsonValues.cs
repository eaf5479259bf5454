using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>Value helpers: canonical keys for enum sets and number reading.</summary>
internal static class JsonValues
{
    /// <summary>The values of an <c>enum</c> array as a set.</summary>
    /// <param name="array">The <c>enum</c> array.</param>
    /// <returns>The facet.</returns>
    public static EnumFacet EnumFrom(JsonElement array)
    {
        var values = new JsonElement[array.GetArrayLength()];
        var keys = new HashSet<string>(values.Length, StringComparer.Ordinal);
        var i = 0;
        foreach (var value in array.EnumerateArray())
        {
            values[i++] = value;
            keys.Add(CanonicalKey(value));
        }

        return new EnumFacet(values, keys);
    }

    /// <summary>A <c>const</c> as a one-value set.</summary>
    /// <param name="value">The constant.</param>
    /// <returns>The facet.</returns>
    public static EnumFacet ConstFrom(JsonElement value) =>
        new([value], new HashSet<string>(StringComparer.Ordinal) { CanonicalKey(value) });

    /// <summary>
    /// A string that is equal for equal JSON values: the kind, then the value; object members are sorted so
    /// member order does not matter. Numbers keep their text, as the registry keeps 1 and 1.0 apart.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The key.</returns>
    public static string CanonicalKey(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "s" + value.GetString(),
        JsonValueKind.Number => "n" + value.GetRawText(),
        JsonValueKind.True => "t",
        JsonValueKind.False => "f",
        JsonValueKind.Null => "z",
        _ => "j" + Canonical(value, new StringBuilder()).ToString(),
    };

    /// <summary>An integer keyword such as <c>maxLength</c>; non-integral or absent values read as absent.</summary>
    /// <param name="value">The keyword value.</param>
    /// <returns>The integer, or <see langword="null"/>.</returns>
    public static int? ReadInt(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetInt32(out var exact))
        {
            return exact;
        }

        var d = value.GetDouble();
        return d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue ? (int)d : null;
    }

    /// <summary>A numeric keyword such as <c>maximum</c>.</summary>
    /// <param name="value">The keyword value.</param>
    /// <returns>The number, or <see langword="null"/> when absent or not a number.</returns>
    public static double? ReadDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>A numeric keyword read exactly, for divisibility.</summary>
    /// <param name="value">The keyword value.</param>
    /// <returns>The decimal, or <see langword="null"/> when absent, not a number or out of range.</returns>
    public static decimal? ReadDecimal(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) ? d : null;

    /// <summary>Whether the element is present (not <see cref="JsonValueKind.Undefined"/>).</summary>
    /// <param name="value">The element.</param>
    /// <returns>Whether it was found.</returns>
    public static bool IsPresent(JsonElement value) => value.ValueKind != JsonValueKind.Undefined;

    private static StringBuilder Canonical(JsonElement value, StringBuilder sb)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<JsonProperty>();
                foreach (var member in value.EnumerateObject())
                {
                    members.Add(member);
                }

                members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                sb.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append(JsonSerializer.Serialize(members[i].Name)).Append(':');
                    Canonical(members[i].Value, sb);
                }

                return sb.Append('}');
            case JsonValueKind.Array:
                sb.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    Canonical(item, sb);
                }

                return sb.Append(']');
            case JsonValueKind.String:
                return sb.Append(JsonSerializer.Serialize(value.GetString()));
            default:
                return sb.Append(value.GetRawText().ToString(CultureInfo.InvariantCulture));
        }
    }
}
