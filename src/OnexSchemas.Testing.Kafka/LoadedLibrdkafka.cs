using System.Reflection;
using System.Runtime.InteropServices;

namespace OnexSchemas.Testing.Kafka;

/// <summary>
/// Binds this assembly's P/Invokes to the very librdkafka Confluent.Kafka loaded. The mock cluster must live in the
/// same library instance as the clients that talk to it, and the instance is not always the one the name suggests:
/// on Debian the default <c>librdkafka.so</c> needs a <c>libsasl2.so.3</c> that is missing, and Confluent.Kafka
/// falls back to <c>centos8-librdkafka.so</c> without saying so.
/// </summary>
internal static class LoadedLibrdkafka
{
    public const string Name = "librdkafka";
    private static readonly Lazy<string> LoadedPath = new(FindLoadedPath);

    /// <summary>Routes the assembly's imports of <see cref="Name"/> to the loaded library; called once, before the first import.</summary>
    public static void Register() => NativeLibrary.SetDllImportResolver(typeof(LoadedLibrdkafka).Assembly, Resolve);

    /// <summary>The path of the librdkafka in this process, loading it through Confluent.Kafka first.</summary>
    public static string Path => LoadedPath.Value;

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == Name ? NativeLibrary.Load(Path) : IntPtr.Zero;

    private static string FindLoadedPath()
    {
        // Asking for the version makes Confluent.Kafka load its library, with its own fallbacks.
        _ = Confluent.Kafka.Library.Version;
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps))
        {
            throw new PlatformNotSupportedException("the embedded broker finds Confluent.Kafka's librdkafka through /proc/self/maps, which only Linux has");
        }

        var loaded = File.ReadLines(maps)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 6)
            .Select(fields => string.Join(' ', fields.Skip(5)))
            .FirstOrDefault(path => System.IO.Path.GetFileName(path).Contains("librdkafka", StringComparison.Ordinal) && path.EndsWith(".so", StringComparison.Ordinal));
        return loaded ?? throw new InvalidOperationException("Confluent.Kafka reports librdkafka loaded, but no librdkafka*.so is mapped in this process");
    }
}
