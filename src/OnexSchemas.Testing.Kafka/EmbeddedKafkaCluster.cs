using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;

namespace OnexSchemas.Testing.Kafka;

/// <summary>
/// A Kafka-protocol broker on loopback for tests and local development: librdkafka's mock cluster, started in this
/// process through a private librdkafka handle. Real clients (Confluent.Kafka, kcat) talk to it over TCP. It keeps
/// everything in memory and nothing after <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// Dispose every client of the cluster first, then the cluster. Known limits of the mock, which tests must not rely
/// on: no Admin CreateTopics/DeleteTopics (use <see cref="CreateTopic"/>), transactions are not faithful, retried
/// sends after a lost acknowledgement are not de-duplicated, about 5 MiB is kept per partition, and an empty fetch
/// waits the full <c>fetch.wait.max.ms</c> (use about 10 ms in tests).
/// </remarks>
public sealed class EmbeddedKafkaCluster : IDisposable
{
    private readonly Lock _gate = new();
    private IntPtr _handle;
    private IntPtr _cluster;

    private EmbeddedKafkaCluster(IntPtr handle, IntPtr cluster, int brokers)
    {
        _handle = handle;
        _cluster = cluster;
        Brokers = brokers;
        BootstrapServers = Marshal.PtrToStringUTF8(NativeMethods.MockClusterBootstraps(cluster))
            ?? throw new InvalidOperationException("the mock cluster reported no bootstrap address");
    }

    /// <summary>The brokers' addresses, for <c>bootstrap.servers</c>, for example <c>127.0.0.1:39105</c>.</summary>
    public string BootstrapServers { get; }

    /// <summary>How many brokers the cluster has; their ids are 1 to <see cref="Brokers"/>.</summary>
    public int Brokers { get; }

    /// <summary>The librdkafka the cluster runs in: the one Confluent.Kafka loaded.</summary>
    public static string LibraryPath => LoadedLibrdkafka.Path;

    /// <summary>Starts a cluster of <paramref name="brokers"/> brokers on loopback, with no initial rebalance delay.</summary>
    public static EmbeddedKafkaCluster Start(int brokers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokers, 1);
        var error = new byte[512];
        var conf = NativeMethods.ConfNew();

        // The handle only hosts the cluster and connects nowhere; at notice level it would warn that it has no
        // bootstrap servers. Errors still show.
        foreach (var (name, value) in new[] { ("client.id", "onex-embedded-kafka"), ("log_level", "3") })
        {
            if (NativeMethods.ConfSet(conf, name, value, error, (UIntPtr)error.Length) != 0)
            {
                NativeMethods.ConfDestroy(conf);
                throw new InvalidOperationException("librdkafka refused its configuration: " + Text(error));
            }
        }

        // rd_kafka_new owns the configuration once it succeeds.
        var handle = NativeMethods.New(NativeMethods.ProducerType, conf, error, (UIntPtr)error.Length);
        if (handle == IntPtr.Zero)
        {
            NativeMethods.ConfDestroy(conf);
            throw new InvalidOperationException("librdkafka could not create the handle the mock cluster lives in: " + Text(error));
        }

        var cluster = NativeMethods.MockClusterNew(handle, brokers);
        if (cluster == IntPtr.Zero)
        {
            NativeMethods.Destroy(handle);
            throw new InvalidOperationException("librdkafka could not start its mock cluster");
        }

        NativeMethods.MockGroupInitialRebalanceDelayMs(cluster, 0);
        return new EmbeddedKafkaCluster(handle, cluster, brokers);
    }

    /// <summary>Creates a topic (the mock has no Admin CreateTopics).</summary>
    public void CreateTopic(string topic, int partitions = 1, int replicationFactor = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        Check(NativeMethods.MockTopicCreate(Cluster, topic, partitions, Math.Min(replicationFactor, Brokers)), $"create topic '{topic}'");
    }

    /// <summary>Takes a broker down: its connections close and it accepts none until <see cref="SetBrokerUp"/>.</summary>
    public void SetBrokerDown(int brokerId) => Check(NativeMethods.MockBrokerSetDown(Cluster, brokerId), $"take broker {brokerId} down");

    /// <summary>Brings a broker back up.</summary>
    public void SetBrokerUp(int brokerId) => Check(NativeMethods.MockBrokerSetUp(Cluster, brokerId), $"bring broker {brokerId} up");

    /// <summary>The next requests of the kind <paramref name="apiKey"/> fail with <paramref name="errors"/>, one error per request, in order.</summary>
    public void PushRequestErrors(KafkaApiKey apiKey, params ErrorCode[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        NativeMethods.MockPushRequestErrorsArray(Cluster, (short)apiKey, (UIntPtr)errors.Length, errors.Select(error => (int)error).ToArray());
    }

    /// <summary>Stops the brokers and frees the handle; every client of the cluster must be disposed before.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_cluster != IntPtr.Zero)
            {
                NativeMethods.MockClusterDestroy(_cluster);
                _cluster = IntPtr.Zero;
            }

            if (_handle != IntPtr.Zero)
            {
                NativeMethods.Destroy(_handle);
                _handle = IntPtr.Zero;
            }
        }
    }

    private IntPtr Cluster => _cluster != IntPtr.Zero ? _cluster : throw new ObjectDisposedException(nameof(EmbeddedKafkaCluster));

    private static void Check(int error, string what)
    {
        if (error != 0)
        {
            throw new InvalidOperationException($"the mock cluster could not {what}: {Marshal.PtrToStringUTF8(NativeMethods.ErrorToString(error))}");
        }
    }

    private static string Text(byte[] error) => Encoding.UTF8.GetString(error, 0, Math.Max(0, Array.IndexOf(error, (byte)0)));
}
