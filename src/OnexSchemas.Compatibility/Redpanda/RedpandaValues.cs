using System.Text.Json;

namespace OnexSchemas.Compatibility.Redpanda;

/// <summary>JSON value equality as Redpanda's JSON library has it: numbers by value (1 equals 1.0), objects unordered.</summary>
internal static class RedpandaValues
{
    public static bool Equal(JsonElement left, JsonElement right)
    {
        if (left.ValueKind != right.ValueKind)
        {
            return false;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Number:
                if (left.TryGetInt64(out var a) && right.TryGetInt64(out var b))
                {
                    return a == b;
                }

                return left.GetDouble() == right.GetDouble();
            case JsonValueKind.String:
                return left.ValueEquals(right.GetString());
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return false;
                }

                using (var l = left.EnumerateArray())
                using (var r = right.EnumerateArray())
                {
                    while (l.MoveNext() && r.MoveNext())
                    {
                        if (!Equal(l.Current, r.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var member in left.EnumerateObject())
                {
                    count++;
                    if (!right.TryGetProperty(member.Name, out var other) || !Equal(member.Value, other))
                    {
                        return false;
                    }
                }

                return count == right.EnumerateObject().Count();
            default:
                return true;
        }
    }
}
