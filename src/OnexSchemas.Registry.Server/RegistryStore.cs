using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// The local registry's durable state in SQLite: schemas by id and by content hash, versions by subject, and
/// compatibility levels. SQLite rather than files, because a registration touches several records (a schema, a
/// version) and a transaction in write-ahead-log mode with full synchronisation makes them appear together or not
/// at all, even when the process is killed mid-write; acknowledged writes are on disk.
/// </summary>
internal sealed class RegistryStore : IDisposable
{
    private const string GlobalKey = "";
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private SqliteTransaction? _transaction;

    private RegistryStore(SqliteConnection connection)
    {
        _connection = connection;
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=FULL;");
        Execute("""
            CREATE TABLE IF NOT EXISTS schemas (
                id INTEGER PRIMARY KEY,
                schema_type TEXT NOT NULL,
                hash TEXT NOT NULL,
                text TEXT NOT NULL,
                UNIQUE (schema_type, hash));
            CREATE TABLE IF NOT EXISTS versions (
                subject TEXT NOT NULL,
                version INTEGER NOT NULL,
                schema_id INTEGER NOT NULL REFERENCES schemas(id),
                deleted INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (subject, version));
            CREATE INDEX IF NOT EXISTS versions_by_schema ON versions (schema_id);
            CREATE TABLE IF NOT EXISTS config (
                subject TEXT PRIMARY KEY,
                level TEXT NOT NULL);
            """);
    }

    /// <summary>Opens (or creates) the store in <paramref name="directory"/>.</summary>
    public static RegistryStore Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, "registry.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return new RegistryStore(connection);
    }

    /// <summary>The content hash schemas are indexed by.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public IReadOnlyList<string> Subjects(bool includeDeleted) => Query(
        includeDeleted ? "SELECT DISTINCT subject FROM versions ORDER BY subject" : "SELECT DISTINCT subject FROM versions WHERE deleted = 0 ORDER BY subject",
        reader => reader.GetString(0));

    public IReadOnlyList<StoredVersion> Versions(string subject, bool includeDeleted) => Query(
        "SELECT subject, version, schema_id, deleted FROM versions WHERE subject = $subject" + (includeDeleted ? string.Empty : " AND deleted = 0") + " ORDER BY version",
        ReadVersion, ("$subject", subject));

    public IReadOnlyList<StoredVersion> VersionsOf(int schemaId) => Query(
        "SELECT subject, version, schema_id, deleted FROM versions WHERE schema_id = $id AND deleted = 0 ORDER BY subject, version", ReadVersion, ("$id", schemaId));

    public StoredSchema? Schema(int id) => Query(
        "SELECT id, schema_type, text FROM schemas WHERE id = $id", ReadSchema, ("$id", id)).FirstOrDefault();

    public StoredSchema? SchemaByContent(RegistrySchemaType type, string text) => Query(
        "SELECT id, schema_type, text FROM schemas WHERE schema_type = $type AND hash = $hash", ReadSchema,
        ("$type", type.ToRegistryName()), ("$hash", Hash(text))).FirstOrDefault();

    /// <summary>
    /// Registers <paramref name="text"/> under <paramref name="subject"/>: the existing version when the subject
    /// already holds it, else a new version numbered after every earlier one, with the schema's id shared across
    /// subjects. <paramref name="admit"/> runs inside the transaction, so a concurrent registration cannot slip
    /// between the compatibility check and the write.
    /// </summary>
    public (int Id, int Version, bool Created) Register(string subject, RegistrySchemaType type, string text, Action<IReadOnlyList<StoredVersion>> admit)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            _transaction = transaction;
            try
            {
                return RegisterIn(transaction, subject, type, text, admit);
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    private (int Id, int Version, bool Created) RegisterIn(SqliteTransaction transaction, string subject, RegistrySchemaType type, string text, Action<IReadOnlyList<StoredVersion>> admit)
    {
        var existing = SchemaByContent(type, text);
        var versions = Versions(subject, includeDeleted: true);
        if (existing is not null && versions.FirstOrDefault(version => version.SchemaId == existing.Id && !version.Deleted) is { } same)
        {
            return (existing.Id, same.Version, false);
        }

        admit(versions.Where(version => !version.Deleted).ToList());
        var id = existing?.Id ?? (int)Scalar(transaction, "INSERT INTO schemas (schema_type, hash, text) VALUES ($type, $hash, $text) RETURNING id",
            ("$type", type.ToRegistryName()), ("$hash", Hash(text)), ("$text", text));

        // Numbered after every earlier version, deleted ones too: a version number is never reused.
        var next = versions.Count == 0 ? 1 : versions.Max(version => version.Version) + 1;
        Scalar(transaction, "INSERT INTO versions (subject, version, schema_id) VALUES ($subject, $version, $id) RETURNING version",
            ("$subject", subject), ("$version", next), ("$id", id));
        transaction.Commit();
        return (id, next, true);
    }

    public string? Level(string? subject) => Query(
        "SELECT level FROM config WHERE subject = $subject", reader => reader.GetString(0), ("$subject", subject ?? GlobalKey)).FirstOrDefault();

    public void SetLevel(string? subject, string level)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT INTO config (subject, level) VALUES ($subject, $level) ON CONFLICT (subject) DO UPDATE SET level = excluded.level";
            command.Parameters.AddWithValue("$subject", subject ?? GlobalKey);
            command.Parameters.AddWithValue("$level", level);
            command.ExecuteNonQuery();
        }
    }

    public void Dispose() => _connection.Dispose();

    private static StoredVersion ReadVersion(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3) != 0);

    private static StoredSchema ReadSchema(SqliteDataReader reader) =>
        new(reader.GetInt32(0), RegistrySchemaTypes.TryParse(reader.GetString(1), out var type) ? type : RegistrySchemaType.Json, reader.GetString(2));

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    private long Scalar(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
