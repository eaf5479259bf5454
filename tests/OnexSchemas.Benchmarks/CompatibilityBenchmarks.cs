using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using OnexSchemas.Compatibility;
using OnexSchemas.Compatibility.Readers;
using OnexSchemas.Loading;

namespace OnexSchemas.Benchmarks;

/// <summary>
/// Pair checks (diff + judgement at BACKWARD) on the repository's 46 topic schemas, each against a copy with one
/// optional property added, and on one large synthetic schema: the registry verdict (under each registry profile),
/// the reader verdict and both; beside the baseline of merely parsing both documents.
/// Throughput in pairs per second is 1 / (mean time per operation).
/// </summary>
[MemoryDiagnoser]
public class CompatibilityBenchmarks
{
    private const int RepositoryPairs = 46;
    private CompatibilityChecker _checker = null!;
    private readonly ReaderChecker _readers = new();
    private List<(JsonElement Old, JsonElement New)> _repositoryPairs = null!;
    private List<(string Old, string New)> _repositoryTexts = null!;
    private (JsonElement Old, JsonElement New) _largePair;

    /// <summary>Whose registry the registry verdict predicts: Redpanda's superset check or Confluent's diff.</summary>
    [Params(RegistryProfile.Redpanda, RegistryProfile.Confluent)]
    public RegistryProfile Profile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = new CompatibilityChecker(profile: Profile);
        var tree = SchemaTreeLoader.Load(RepositoryTree.SchemasDirectory());
        _repositoryTexts = tree.Topics.Select(topic =>
        {
            var old = topic.Document.Root.GetRawText();
            var updated = JsonNode.Parse(old)!.AsObject();
            updated["properties"]!.AsObject()["benchmark_note"] = new JsonObject { ["type"] = "string", ["description"] = "Added." };
            return (old, updated.ToJsonString());
        }).ToList();
        if (_repositoryTexts.Count != RepositoryPairs)
        {
            throw new InvalidOperationException($"expected {RepositoryPairs} topics, found {_repositoryTexts.Count}");
        }

        _repositoryPairs = _repositoryTexts.Select(pair => (JsonDocument.Parse(pair.Old).RootElement, JsonDocument.Parse(pair.New).RootElement)).ToList();
        var (largeOld, largeNew) = LargeSchemaPair(properties: 300, depth: 3);
        _largePair = (JsonDocument.Parse(largeOld).RootElement, JsonDocument.Parse(largeNew).RootElement);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RepositoryPairs, Description = "repository pair: parse both (baseline)")]
    public int ParseRepositoryPairs()
    {
        var total = 0;
        foreach (var (old, updated) in _repositoryTexts)
        {
            using var a = JsonDocument.Parse(old);
            using var b = JsonDocument.Parse(updated);
            total += a.RootElement.GetPropertyCount() + b.RootElement.GetPropertyCount();
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = RepositoryPairs, Description = "repository pair: compatibility check")]
    public int CheckRepositoryPairs()
    {
        var compatible = 0;
        foreach (var (old, updated) in _repositoryPairs)
        {
            if (_checker.Check(old, updated).IsCompatible)
            {
                compatible++;
            }
        }

        return compatible;
    }

    [Benchmark(OperationsPerInvoke = RepositoryPairs, Description = "repository pair: reader verdict")]
    public int ReadersRepositoryPairs()
    {
        var compatible = 0;
        foreach (var (old, updated) in _repositoryPairs)
        {
            if (_readers.Check(old, updated).IsCompatible)
            {
                compatible++;
            }
        }

        return compatible;
    }

    [Benchmark(OperationsPerInvoke = RepositoryPairs, Description = "repository pair: both verdicts (registry + readers)")]
    public int ReportRepositoryPairs()
    {
        var compatible = 0;
        foreach (var (old, updated) in _repositoryPairs)
        {
            if (_checker.Report([old], updated).IsCompatible)
            {
                compatible++;
            }
        }

        return compatible;
    }

    [Benchmark(Description = "large synthetic pair (300 props x 3 levels): reader verdict")]
    public bool ReadersLargePair() => _readers.Check(_largePair.Old, _largePair.New).IsCompatible;

    [Benchmark(Description = "large synthetic pair (300 props x 3 levels): compatibility check")]
    public bool CheckLargePair() => _checker.Check(_largePair.Old, _largePair.New).IsCompatible;

    /// <summary>A closed object with <paramref name="properties"/> members, nested <paramref name="depth"/> levels; the update adds one optional member per level.</summary>
    internal static (string Old, string New) LargeSchemaPair(int properties, int depth)
    {
        JsonObject Build(int level, bool updated)
        {
            var members = new JsonObject();
            for (var i = 0; i < properties; i++)
            {
                members[$"field_{i}"] = (i % 4) switch
                {
                    0 => new JsonObject { ["type"] = "string", ["maxLength"] = 64 },
                    1 => new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                    2 => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "b", "c") },
                    _ => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "number" }, ["maxItems"] = 10 },
                };
            }

            if (level < depth)
            {
                members["child"] = Build(level + 1, updated);
            }

            if (updated)
            {
                members["added"] = new JsonObject { ["type"] = "string" };
            }

            return new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["required"] = new JsonArray("field_0", "field_1"),
                ["properties"] = members,
            };
        }

        return (Build(1, false).ToJsonString(), Build(1, true).ToJsonString());
    }
}
