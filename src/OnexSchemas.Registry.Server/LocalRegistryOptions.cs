using OnexSchemas.Compatibility;

namespace OnexSchemas.Registry.Server;

/// <summary>How the local registry runs.</summary>
public sealed record LocalRegistryOptions
{
    /// <summary>The default port, the Schema Registry's usual one.</summary>
    public const int DefaultPort = 8081;

    /// <summary>The directory the SQLite store lives in; it survives restarts.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Whose registry the local one behaves as: its compatibility verdicts and its error codes.</summary>
    public RegistryProfile Profile { get; init; } = RegistryProfiles.Default;

    /// <summary>The largest request body accepted; larger ones are refused with 413.</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;
}
