using System.Text.Json;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>Loads every case file copied next to the test assembly.</summary>
public static class CaseLibrary
{
    private static readonly Lazy<IReadOnlyDictionary<string, CompatibilityCase>> Cases = new(Load);

    public static IReadOnlyDictionary<string, CompatibilityCase> All => Cases.Value;

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Cases");

    private static IReadOnlyDictionary<string, CompatibilityCase> Load()
    {
        var cases = new Dictionary<string, CompatibilityCase>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(CasesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            // The documents stay alive for the whole run, so their elements can be used without cloning.
            var document = JsonDocument.Parse(File.ReadAllText(file));
            var group = Path.GetFileNameWithoutExtension(file);
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var name = item.GetProperty("name").GetString()!;
                var id = group + ": " + name;
                var changes = Strings(item.GetProperty("changes"));
                var lenient = item.TryGetProperty("changesLenient", out var l) ? Strings(l) : changes;
                var added = cases.TryAdd(id, new CompatibilityCase(
                    id,
                    item.GetProperty("original"),
                    item.GetProperty("update"),
                    changes,
                    lenient,
                    ReadVerdict(item.GetProperty("backward")),
                    item.TryGetProperty("forward", out var f) ? ReadVerdict(f) : null,
                    item.TryGetProperty("full", out var full) ? ReadVerdict(full) : null));
                if (!added)
                {
                    throw new InvalidOperationException($"Duplicate case name '{id}'.");
                }
            }
        }

        return cases;
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static Verdict ReadVerdict(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => new Verdict(true, true),
        JsonValueKind.False => new Verdict(false, false),
        _ => new Verdict(element.GetProperty("strict").GetBoolean(), element.GetProperty("lenient").GetBoolean()),
    };
}
