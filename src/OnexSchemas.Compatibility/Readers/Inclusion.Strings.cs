using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>The string rules: <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>, <c>format</c>.</summary>
internal sealed partial class Inclusion
{
    private static void CheckString(WriterView writer, ReaderSchema reader, Trail trail, List<Breach> breaches)
    {
        if (reader.MinLength is { } min && min > writer.MinLength)
        {
            breaches.Add(new Breach(reader, "minLength", $"the writer allows strings of {writer.MinLength} character(s); the reader needs at least {min}", true, trail,
                current => Shorter(current, min - 1)));
        }

        if (reader.MaxLength is { } max && (writer.MaxLength is not { } writerMax || writerMax > max))
        {
            breaches.Add(new Breach(reader, "maxLength", $"the writer allows strings longer than {max} character(s){(writer.MaxLength is { } limit ? $" (up to {limit})" : string.Empty)}; the reader refuses them", true, trail,
                current => Longer(current, max == int.MaxValue ? -1 : max + 1)));
        }

        if (reader.Pattern is { } pattern && !writer.HasPattern(pattern))
        {
            breaches.Add(new Breach(reader, "pattern",
                writer.HasAnyPattern
                    ? $"the writer's pattern differs from the reader's '{pattern}'; whether one language contains the other is not decided, so the change counts as breaking"
                    : $"the writer allows strings that do not match the reader's pattern '{pattern}'",
                !writer.HasAnyPattern, trail, current => OtherStrings(current, writer)));
        }

        if (reader.Format is { } format && !writer.HasFormat(format))
        {
            breaches.Add(new Breach(reader, "format", $"the writer allows strings that are not a valid '{format}'; readers that validate formats refuse them", true, trail,
                current => OtherStrings(current, writer)));
        }
    }

    // Counterexamples are for people: a string of a million characters is not shown, and is not built.
    private const int MaxWitnessLength = 10_000;

    private static IEnumerable<Mutation> Shorter(JsonNode? current, int length)
    {
        var text = Text(current);
        if (length >= 0 && length <= MaxWitnessLength)
        {
            yield return Mutation.Replace(JsonValue.Create(text.Length >= length ? text[..length] : text.PadRight(length, 'a')));
            yield return Mutation.Replace(JsonValue.Create(new string('a', length)));
        }
    }

    private static IEnumerable<Mutation> Longer(JsonNode? current, int length)
    {
        if (length is < 0 or > MaxWitnessLength)
        {
            yield break;
        }

        var text = Text(current);
        var unit = text.Length > 0 ? text[^1] : 'a';
        yield return Mutation.Replace(JsonValue.Create(text.Length >= length ? text : text + new string(unit, length - text.Length)));
        yield return Mutation.Replace(JsonValue.Create(text + new string('a', Math.Max(0, length - text.Length))));
        yield return Mutation.Replace(JsonValue.Create(new string('0', length)));
    }

    private static IEnumerable<Mutation> OtherStrings(JsonNode? current, WriterView writer)
    {
        var text = Text(current);
        var length = Math.Clamp(writer.MinLength, 1, MaxWitnessLength);
        string[] candidates =
        [
            text, text + "!", "!" + text, text + " ", text.ToUpperInvariant(), text.ToLowerInvariant(),
            new string('a', length), new string('!', length), new string('0', length), new string('A', length), new string(' ', length), string.Empty,
        ];
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            yield return Mutation.Replace(JsonValue.Create(candidate));
        }
    }

    private static string Text(JsonNode? current) =>
        current is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
