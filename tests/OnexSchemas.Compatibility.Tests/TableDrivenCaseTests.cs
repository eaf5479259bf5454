namespace OnexSchemas.Compatibility.Tests;

/// <summary>Runs every case in Cases/*.json under both policies.</summary>
public sealed class TableDrivenCaseTests
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in CaseLibrary.All.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Changes_match_the_registry_vocabulary(string id)
    {
        var c = CaseLibrary.All[id];
        AssertSameChanges(c.Changes, SchemaDiffer.Compare(c.Original, c.Update, CompatibilityPolicy.Strict), "STRICT");
        AssertSameChanges(c.ChangesLenient, SchemaDiffer.Compare(c.Original, c.Update, CompatibilityPolicy.Lenient), "LENIENT");
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Verdicts_match_under_both_policies(string id)
    {
        var c = CaseLibrary.All[id];
        var checker = new CompatibilityChecker(profile: RegistryProfile.Confluent);
        foreach (var policy in new[] { CompatibilityPolicy.Strict, CompatibilityPolicy.Lenient })
        {
            var backward = checker.Check(c.Original, c.Update, CompatibilityLevel.Backward, policy);
            Assert.True(c.Backward.For(policy) == backward.IsCompatible,
                $"BACKWARD {policy}: expected {c.Backward.For(policy)}; changes: {string.Join(", ", backward.Changes)}");
            Assert.Equal(backward.IsCompatible, backward.Messages.Count == 0);

            var forward = checker.Check(c.Original, c.Update, CompatibilityLevel.Forward, policy);
            if (c.Forward is { } expectedForward)
            {
                Assert.True(expectedForward.For(policy) == forward.IsCompatible,
                    $"FORWARD {policy}: expected {expectedForward.For(policy)}; changes: {string.Join(", ", forward.Changes)}");
            }

            // FULL is exactly BACKWARD and FORWARD together.
            var full = checker.Check(c.Original, c.Update, CompatibilityLevel.Full, policy);
            Assert.Equal(backward.IsCompatible && forward.IsCompatible, full.IsCompatible);
            if (c.Full is { } expectedFull)
            {
                Assert.Equal(expectedFull.For(policy), full.IsCompatible);
            }
        }
    }

    private static void AssertSameChanges(IReadOnlyList<string> expected, IReadOnlyList<SchemaChange> actual, string policy)
    {
        var expectedSorted = expected.Order(StringComparer.Ordinal).ToArray();
        var actualSorted = actual.Select(a => a.ToString()).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expectedSorted.SequenceEqual(actualSorted),
            $"{policy} changes differ.\n  expected: [{string.Join(", ", expectedSorted)}]\n  actual:   [{string.Join(", ", actualSorted)}]");
    }
}
