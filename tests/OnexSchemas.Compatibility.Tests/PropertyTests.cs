using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace OnexSchemas.Compatibility.Tests;

/// <summary>Laws every diff must obey, checked on random schemas.</summary>
public sealed class PropertyTests
{
    private static readonly CompatibilityPolicy[] Policies = [CompatibilityPolicy.Strict, CompatibilityPolicy.Lenient];
    private static readonly CompatibilityChecker Checker = new(profile: RegistryProfile.Confluent);

    [Fact]
    public void A_schema_compared_with_itself_has_no_changes()
    {
        SchemaGenerators.Document.Sample(node =>
        {
            var text = node.ToJsonString();
            using var one = JsonDocument.Parse(text);
            using var two = JsonDocument.Parse(text);
            foreach (var policy in Policies)
            {
                Assert.Empty(SchemaDiffer.Compare(one.RootElement, one.RootElement, policy));
                Assert.Empty(SchemaDiffer.Compare(one.RootElement, two.RootElement, policy));
                Assert.True(Checker.Check(one.RootElement, two.RootElement, CompatibilityLevel.FullTransitive, policy).IsCompatible);
            }
        }, iter: 400, print: n => n.ToJsonString());
    }

    [Fact]
    public void Backward_of_old_and_new_is_forward_of_new_and_old()
    {
        SchemaGenerators.Pair.Sample(pair =>
        {
            using var oldDoc = JsonDocument.Parse(pair.Old.ToJsonString());
            using var newDoc = JsonDocument.Parse(pair.New.ToJsonString());
            foreach (var policy in Policies)
            {
                var backward = Checker.Check(oldDoc.RootElement, newDoc.RootElement, CompatibilityLevel.Backward, policy);
                var forward = Checker.Check(newDoc.RootElement, oldDoc.RootElement, CompatibilityLevel.Forward, policy);
                Assert.Equal(backward.IsCompatible, forward.IsCompatible);
                Assert.Equal(
                    backward.Changes.Select(c => (c.Change, c.IsCompatible)),
                    forward.Changes.Select(c => (c.Change, c.IsCompatible)));

                var full = Checker.Check(oldDoc.RootElement, newDoc.RootElement, CompatibilityLevel.Full, policy);
                var reverse = Checker.Check(newDoc.RootElement, oldDoc.RootElement, CompatibilityLevel.Backward, policy);
                Assert.Equal(backward.IsCompatible && reverse.IsCompatible, full.IsCompatible);
                Assert.Equal(!backward.IsCompatible, backward.RequiredBump == RequiredBump.Major);
            }
        }, iter: 400, print: p => p.Old.ToJsonString() + "  =>  " + p.New.ToJsonString());
    }

    [Fact]
    public void Strict_never_accepts_what_lenient_refuses_in_the_rule_table()
    {
        foreach (var type in ChangeVocabulary.All)
        {
            if (ChangeVocabulary.IsCompatible(type, CompatibilityPolicy.Strict))
            {
                Assert.True(ChangeVocabulary.IsCompatible(type, CompatibilityPolicy.Lenient), type.ToRegistryName());
            }
        }
    }

    [Fact]
    public void Every_change_is_located_in_registry_path_format()
    {
        SchemaGenerators.Pair.Sample(pair =>
        {
            using var oldDoc = JsonDocument.Parse(pair.Old.ToJsonString());
            using var newDoc = JsonDocument.Parse(pair.New.ToJsonString());
            foreach (var change in SchemaDiffer.Compare(oldDoc.RootElement, newDoc.RootElement))
            {
                Assert.StartsWith("#/", change.Path, StringComparison.Ordinal);
                Assert.True(ChangeVocabulary.IsReported(change.Type), change.ToString());
            }
        }, iter: 300);
    }
}
