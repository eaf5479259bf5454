using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using Omninode.Events;
using OnexSchemas.Build.CodeGeneration;
using OnexSchemas.Loading;
using OnexSchemas.Model;
using Xunit.Abstractions;
using Xunit.Sdk;
using OnexSchemas.Naming;

namespace OnexSchemas.Build.Tests.Differential;

/// <summary>
/// Differential test of the generated validation against JsonSchema.Net, the conformant validator: for every topic
/// (and the dead-letter record, and the envelope around every topic), thousands of generated valid and near-valid
/// instances must get the same verdict from both. Ours is "deserializes with the generated JSON context without a
/// JsonException, and the generated Validate() finds nothing". On a disagreement CsCheck shrinks to a small instance
/// and reports its seed; the message shows the schema, the JSON, both verdicts and our errors or exception.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    /// <summary>
    /// Instances per schema: 2,000 by default (46 topics, the dead-letter record and the envelope make 96,000 instances,
    /// sampled in about 30 seconds on two busy cores); set ONEX_DIFFERENTIAL_INSTANCES to search deeper.
    /// </summary>
    private static readonly int InstancesPerSchema =
        int.TryParse(Environment.GetEnvironmentVariable("ONEX_DIFFERENTIAL_INSTANCES"), out var instances) && instances > 0 ? instances : 2_000;

    public static TheoryData<string> Topics() => RepositoryTree.TopicNames();

    [Theory]
    [MemberData(nameof(Topics))]
    public void Generated_validation_agrees_with_JsonSchema_Net_on_the_topic(string topicName)
    {
        var topic = RepositoryTree.Value.FindTopic(topicName)!;
        var target = new Target(topicName, Oracle.For(topic.Document.Root), TypeInfo(PayloadType(topic.Name)));
        Check(InstanceGenerator.Instances(SchemaNode.Root(topic.Document.Root)).Select(instance => new Case(target, instance)));
    }

    [Fact]
    public void Generated_validation_agrees_with_JsonSchema_Net_on_the_dead_letter_record()
    {
        var document = RepositoryTree.Value.FindDocument("common/dlq_record.v1.json")!;
        var target = new Target("common/dlq_record.v1.json", Oracle.For(document.Root), OnexEventsJsonContext.Default.DlqRecordV1);
        Check(InstanceGenerator.Instances(SchemaNode.Root(document.Root)).Select(instance => new Case(target, instance)));
    }

    [Fact]
    public void Generated_validation_agrees_with_JsonSchema_Net_on_the_envelope_around_every_topic()
    {
        // The envelope's payload is open in its schema and closed by the topic: instances put a topic payload (valid
        // or near-valid) in an envelope (valid or near-valid), and the oracle checks the payload by the topic schema.
        var envelope = RepositoryTree.Value.FindDocument(EventCodeGenerator.EnvelopePath)!.Root;
        var cases = RepositoryTree.Value.Topics
            .Select(topic =>
            {
                var (eventType, version) = Oracle.TopicMembers(topic);
                var target = new Target($"{EventCodeGenerator.EnvelopePath} with {topic.Name.Value}", Oracle.ForEnvelope(envelope, topic), OnexEventCatalog.FindByTopic(topic.Name.Value)!.EnvelopeTypeInfo);
                var schema = SchemaNode.Root(envelope)
                    .WithProperty("payload", SchemaNode.Root(topic.Document.Root))
                    .WithProperty("event_type", SchemaNode.Root(eventType))
                    .WithProperty("version", SchemaNode.Root(version));
                return InstanceGenerator.Instances(schema).Select(instance => new Case(target, instance));
            })
            .ToArray();
        Check(Gen.OneOf(cases));
    }

    private void Check(Gen<Case> cases)
    {
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        try
        {
            cases.Sample(@case => Agree(@case, tally), iter: InstancesPerSchema, print: @case => @case.ToString());
        }
        catch (CsCheckException exception)
        {
            // CsCheck's message names the seed and the shrunk case; the disagreement itself is the inner exception.
            throw new XunitException(exception.Message + Environment.NewLine + exception.InnerException?.Message);
        }

        output.WriteLine($"{tally} in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static void Agree(Case @case, Tally tally)
    {
        var json = @case.Instance.Text;
        var oracle = @case.Target.Oracle.IsValid(json);
        OurVerdict ours;
        try
        {
            ours = Ours.Verdict(json, @case.Target.TypeInfo);
        }
        catch (Exception exception)
        {
            throw new DisagreementException(Report(@case, json, $"crashed: {exception}"));
        }

        if (ours.IsValid != oracle)
        {
            throw new DisagreementException(Report(@case, json, ours.ToString()));
        }

        if (ours.Errors.Count > 0)
        {
            // Located errors: each path names a value of the instance (or the parent of a missing member), and the
            // oracle found an error at that same place.
            var locations = @case.Target.Oracle.Verdict(json).Errors.Select(error => error.Location).ToHashSet();
            foreach (var error in ours.Errors)
            {
                if (!Pointers.Exists(@case.Instance.Json, error.Path) && !Pointers.IsMissingMember(@case.Instance.Json, error.Path))
                {
                    throw new DisagreementException(Report(@case, json, ours.ToString()) + $"{Environment.NewLine}error path {error.Path} is not in the instance");
                }

                if (!locations.Contains(error.Path))
                {
                    throw new DisagreementException(Report(@case, json, ours.ToString()) + $"{Environment.NewLine}the oracle reports no error at {error.Path}");
                }
            }
        }

        tally.Add(oracle, ours.Exception is not null);
    }

    private static string Report(Case @case, string json, string ours)
    {
        var shown = json.Length > 4000 ? json[..4000] + $"... ({json.Length} characters)" : json;
        return $"""
            schema: {@case.Target.Name}
            instance ({@case.Instance.Description}):
            {shown}
            JsonSchema.Net: {@case.Target.Oracle.Verdict(json)}
            generated code: {ours}
            """;
    }

    private static Type PayloadType(TopicName topic) =>
        typeof(OnexEventsJsonContext).Assembly.GetType(CSharpNames.PayloadTypeFullName(topic), throwOnError: true)!;

    private static JsonTypeInfo TypeInfo(Type type) => OnexEventsJsonContext.Default.GetTypeInfo(type)
        ?? throw new InvalidOperationException($"{type} is not in {nameof(OnexEventsJsonContext)}");

    private sealed record Target(string Name, Oracle Oracle, JsonTypeInfo TypeInfo);

    private sealed record Case(Target Target, Instance Instance)
    {
        public override string ToString() => $"{Target.Name}, {Instance.Description}: {Instance.Text}";
    }

    private sealed class DisagreementException(string message) : Exception(message);

    /// <summary>How the instances fell: valid, invalid by the reader, invalid by Validate().</summary>
    private sealed class Tally
    {
        private int _valid;
        private int _refusedOnRead;
        private int _refusedByValidate;

        public void Add(bool valid, bool refusedOnRead)
        {
            if (valid)
            {
                Interlocked.Increment(ref _valid);
            }
            else if (refusedOnRead)
            {
                Interlocked.Increment(ref _refusedOnRead);
            }
            else
            {
                Interlocked.Increment(ref _refusedByValidate);
            }
        }

        public override string ToString() =>
            $"{_valid + _refusedOnRead + _refusedByValidate} instances: {_valid} valid, {_refusedOnRead} invalid and refused on read, {_refusedByValidate} invalid and refused by Validate()";
    }
}
