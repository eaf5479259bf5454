using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using OnexSchemas.Compatibility.Readers;
using Xunit.Abstractions;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>
/// An oracle for the reader verdict's soundness: on random keyword edits of random, hand-made and repository
/// schemas, instances are generated and judged by an independent validator (JsonSchema.Net, formats asserted).
/// The test fails when the reader verdict says compatible and an instance valid under the old schema is invalid
/// under the new one, or when a counterexample the verdict prints is not one.
/// </summary>
public sealed class ReaderSoundnessTests(ITestOutputHelper output)
{
    // A fixed generator state: every run judges the same pairs, so the figures in the closing note can be reproduced.
    private const ulong Seed = 20261201;
    private const int InstancesPerPair = 30;

    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    [Fact]
    public void The_reader_verdict_never_calls_a_change_compatible_that_breaks_a_message()
    {
        // ONEX_SOUNDNESS_PAIRS raises the count for a one-off long run; the normal run stays a few seconds.
        var pairs = int.TryParse(Environment.GetEnvironmentVariable("ONEX_SOUNDNESS_PAIRS"), out var requested) ? requested : 1_000;
        var tree = RepositoryTree();
        var stats = new Stats();
        var checker = new ReaderChecker();

        var generator = ReaderPairGenerators.Pairs(tree);
        var pcg = new PCG(1, Seed);
        for (var n = 0; n < pairs; n++)
        {
            var pair = generator.Generate(pcg, null, out _);
            stats.Pairs++;
            if (HasUnguardedCycle(pair.Old) || HasUnguardedCycle(pair.New) || !TryBuild(pair.Old, out var oldSchema) || !TryBuild(pair.New, out var newSchema))
            {
                stats.Skipped++;
                continue;
            }

            try
            {
                Judge(pair, oldSchema, newSchema, checker, stats);
            }
            catch (UnresolvableReference)
            {
                stats.Skipped++;
            }
        }

        output.WriteLine(stats.ToString());
        Assert.True(stats.Compatible > 0 && stats.Breaking > 0, stats.ToString());
    }

    private static void Judge((JsonNode Old, JsonNode New) pair, JsonSchema oldSchema, JsonSchema newSchema, ReaderChecker checker, Stats stats)
    {
        using var oldDocument = JsonDocument.Parse(pair.Old.ToJsonString());
        using var newDocument = JsonDocument.Parse(pair.New.ToJsonString());
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var verdict = checker.Check(oldDocument.RootElement, newDocument.RootElement);
        stats.VerdictTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);

        foreach (var finding in verdict.Findings.Where(finding => finding.Counterexample is not null))
        {
            using var counterexample = JsonDocument.Parse(finding.Counterexample!);
            Assert.True(
                Valid(oldSchema, counterexample.RootElement) && !Valid(newSchema, counterexample.RootElement),
                $"the counterexample {finding.Counterexample} for {finding} is not one\nold: {pair.Old.ToJsonString()}\nnew: {pair.New.ToJsonString()}");
        }

        var random = new Random(StableHash(pair.Old.ToJsonString() + "\u0000" + pair.New.ToJsonString()));
        var broken = BrokenInstance(pair, oldSchema, newSchema, random);
        if (verdict.IsCompatible)
        {
            stats.Compatible++;
            Assert.True(broken is null,
                $"UNSAFE: the reader verdict says compatible, but {broken} is valid under the old schema and invalid under the new\nold: {pair.Old.ToJsonString()}\nnew: {pair.New.ToJsonString()}");
            return;
        }

        stats.Breaking++;
        var witnessed = verdict.Findings.Any(finding => finding.Counterexample is not null);
        stats.WithCounterexample += witnessed ? 1 : 0;
        stats.Undecided += verdict.Findings.All(finding => !finding.Decided) ? 1 : 0;
        stats.NoWitnessAtAll += !witnessed && broken is null ? 1 : 0;
        if (!witnessed && Environment.GetEnvironmentVariable("ONEX_DEBUG") is not null)
        {
            Console.Error.WriteLine($"NOWITNESS {(broken is null ? "none" : "gen:" + broken)} | {string.Join(" ; ", verdict.Findings)}\n  old: {pair.Old.ToJsonString()}\n  new: {pair.New.ToJsonString()}");
        }
    }

    // string.GetHashCode is randomised per process; the instances must be the same in every run.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    // JsonSchema.Net resolves references when it evaluates: a pair whose $ref leads nowhere is left out.
    private static bool Valid(JsonSchema schema, JsonElement instance)
    {
        try
        {
            return schema.Evaluate(instance, Flag).IsValid;
        }
        catch (RefResolutionException)
        {
            throw new UnresolvableReference();
        }
    }

    private sealed class UnresolvableReference : Exception;

    // An instance the old schema accepts and the new one refuses, among generated ones; null when none turned up.
    private static string? BrokenInstance((JsonNode Old, JsonNode New) pair, JsonSchema oldSchema, JsonSchema newSchema, Random random)
    {
        var fromOld = new InstanceGenerator(pair.Old, random);
        var fromNew = new InstanceGenerator(pair.New, random);
        for (var i = 0; i < InstancesPerPair; i++)
        {
            var instance = (i % 4 == 3 ? fromNew : fromOld).Next();
            using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
            if (Valid(oldSchema, document.RootElement) && !Valid(newSchema, document.RootElement))
            {
                return instance?.ToJsonString() ?? "null";
            }
        }

        return null;
    }

    // A $ref cycle that never descends into a member or an item (d0: { oneOf: [ { $ref: d0 } ] }) has no meaning, and
    // JsonSchema.Net's evaluation recurses on it until the stack overflows; such pairs are left out.
    private static bool HasUnguardedCycle(JsonNode document)
    {
        var visiting = new HashSet<JsonNode>(ReferenceEqualityComparer.Instance);

        bool Walk(JsonNode? node)
        {
            if (node is not JsonObject schema)
            {
                return false;
            }

            if (!visiting.Add(schema))
            {
                return true;
            }

            try
            {
                if (schema["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var pointer) && InstanceGenerator.Resolve(document, pointer) is { } target && Walk(target))
                {
                    return true;
                }

                foreach (var keyword in new[] { "allOf", "anyOf", "oneOf" })
                {
                    if (schema[keyword] is JsonArray branches && branches.Any(Walk))
                    {
                        return true;
                    }
                }

                return new[] { "not", "if", "then", "else" }.Any(keyword => Walk(schema[keyword]));
            }
            finally
            {
                visiting.Remove(schema);
            }
        }

        var all = new List<JsonObject>();
        SchemaGenerators.Collect(document, all);
        return all.Any(Walk);
    }

    private static bool TryBuild(JsonNode schema, out JsonSchema built)
    {
        try
        {
            using var document = JsonDocument.Parse(schema.ToJsonString());
            built = JsonSchema.Build(document.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://tests.invalid/schema.json"));
            return true;
        }
        catch (Exception exception) when (exception is JsonSchemaException or ArgumentException or InvalidOperationException or RefResolutionException or FormatException or JsonException)
        {
            if (Environment.GetEnvironmentVariable("ONEX_DEBUG") is not null) Console.Error.WriteLine(exception.GetType().Name + ": " + exception.Message + " :: " + schema.ToJsonString()[..Math.Min(300, schema.ToJsonString().Length)]);
            built = null!;
            return false;
        }
    }

    private static List<JsonNode> RepositoryTree()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OnexSchemas.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(Path.Combine(directory.FullName, "schemas", "events"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => JsonNode.Parse(File.ReadAllText(path))!)];
    }

    private sealed class Stats
    {
        public int Pairs, Skipped, Compatible, Breaking, WithCounterexample, Undecided, NoWitnessAtAll;
        public TimeSpan VerdictTime;

        public override string ToString() =>
            $"pairs {Pairs}, skipped (not buildable, or a $ref cycle without meaning) {Skipped}, compatible {Compatible} (unsafe 0), breaking {Breaking}: " +
            $"with a counterexample from the verdict {WithCounterexample}, only undecided findings {Undecided}, " +
            $"no witness found by the verdict nor the generator {NoWitnessAtAll}; reader verdicts with counterexamples took {VerdictTime.TotalSeconds:F1} s";
    }
}
