using System.Text.Json;

namespace OnexSchemas.Compatibility.Model;

/// <summary>The allowed values of an <c>enum</c> or <c>const</c>, as a set.</summary>
internal sealed class EnumFacet(JsonElement[] values, HashSet<string> keys)
{
    /// <summary>The values as written.</summary>
    public JsonElement[] Values { get; } = values;

    /// <summary>A canonical key per value; set operations on keys are set operations on values.</summary>
    public HashSet<string> Keys { get; } = keys;
}
