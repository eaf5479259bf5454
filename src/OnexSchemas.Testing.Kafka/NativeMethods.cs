using System.Runtime.InteropServices;

namespace OnexSchemas.Testing.Kafka;

/// <summary>The part of librdkafka's C API (rdkafka.h, rdkafka_mock.h) the embedded broker uses.</summary>
internal static partial class NativeMethods
{
    public const int ProducerType = 0;

    // Runs before the first import is bound.
    static NativeMethods() => LoadedLibrdkafka.Register();

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_conf_new")]
    public static partial IntPtr ConfNew();

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_conf_set", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ConfSet(IntPtr conf, string name, string value, byte[] errorText, UIntPtr errorSize);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_conf_destroy")]
    public static partial void ConfDestroy(IntPtr conf);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_new")]
    public static partial IntPtr New(int type, IntPtr conf, byte[] errorText, UIntPtr errorSize);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_destroy")]
    public static partial void Destroy(IntPtr handle);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_cluster_new")]
    public static partial IntPtr MockClusterNew(IntPtr handle, int brokers);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_cluster_destroy")]
    public static partial void MockClusterDestroy(IntPtr cluster);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_cluster_bootstraps")]
    public static partial IntPtr MockClusterBootstraps(IntPtr cluster);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_topic_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MockTopicCreate(IntPtr cluster, string topic, int partitions, int replicationFactor);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_broker_set_down")]
    public static partial int MockBrokerSetDown(IntPtr cluster, int brokerId);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_broker_set_up")]
    public static partial int MockBrokerSetUp(IntPtr cluster, int brokerId);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_push_request_errors_array")]
    public static partial void MockPushRequestErrorsArray(IntPtr cluster, short apiKey, UIntPtr count, int[] errors);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_mock_group_initial_rebalance_delay_ms")]
    public static partial void MockGroupInitialRebalanceDelayMs(IntPtr cluster, int delayMs);

    [LibraryImport(LoadedLibrdkafka.Name, EntryPoint = "rd_kafka_err2str")]
    public static partial IntPtr ErrorToString(int error);
}
