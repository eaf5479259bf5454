using System.Text.Json.Nodes;

namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// A reader rule's finding while walking, before a counterexample is looked for: where, which keyword, why, and how
/// to turn a writer value at that place into one the reader may refuse.
/// </summary>
/// <param name="Reader">The reading schema at the place.</param>
/// <param name="Keyword">The refusing keyword.</param>
/// <param name="Message">What is refused.</param>
/// <param name="Decided">False when the model cannot decide the pair.</param>
/// <param name="Trail">Where in the message.</param>
/// <param name="Mutations">Given the writer value at the place (null when the message has none there), candidate replacements.</param>
internal sealed record Breach(
    ReaderSchema Reader,
    string Keyword,
    string Message,
    bool Decided,
    Trail Trail,
    Func<JsonNode?, IEnumerable<Mutation>> Mutations);

/// <summary>One candidate edit of a message at a place: replace the value there, or remove a member of it.</summary>
/// <param name="Value">The replacement (a JSON null is <see langword="null"/>); ignored when <paramref name="RemoveMember"/> is set.</param>
/// <param name="RemoveMember">The member to delete from the object at the place.</param>
internal readonly record struct Mutation(JsonNode? Value, string? RemoveMember = null)
{
    public static Mutation Replace(JsonNode? value) => new(value);

    public static Mutation Remove(string member) => new(null, member);
}
