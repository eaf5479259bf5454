using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace OnexSchemas.Registry.Server;

/// <summary>
/// The local registry's durable state in SQLite: schemas by id and by content hash, their references, versions by
/// subject, compatibility levels and modes. SQLite rather than files, because a registration touches several records
/// (a schema, its references, a version, the subject's version counter) and a transaction in write-ahead-log mode
/// with full synchronisation makes them appear together or not at all, even when the process is killed mid-write;
/// acknowledged writes are on disk.
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
            CREATE TABLE IF NOT EXISTS schema_references (
                schema_id INTEGER NOT NULL REFERENCES schemas(id),
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                subject TEXT NOT NULL,
                version INTEGER NOT NULL,
                PRIMARY KEY (schema_id, position));
            CREATE INDEX IF NOT EXISTS references_by_target ON schema_references (subject, version);
            CREATE TABLE IF NOT EXISTS versions (
                subject TEXT NOT NULL,
                version INTEGER NOT NULL,
                schema_id INTEGER NOT NULL REFERENCES schemas(id),
                deleted INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (subject, version));
            CREATE INDEX IF NOT EXISTS versions_by_schema ON versions (schema_id);
            CREATE TABLE IF NOT EXISTS version_counters (
                subject TEXT PRIMARY KEY,
                last INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS config (
                subject TEXT PRIMARY KEY,
                level TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS modes (
                subject TEXT PRIMARY KEY,
                mode TEXT NOT NULL);
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

    /// <summary>The content hash schemas are indexed by: the text and, when there are any, the references.</summary>
    public static string Hash(string text, IReadOnlyList<StoredReference> references)
    {
        var content = references.Count == 0 ? text : text + "\n" + string.Join("\n", references.Select(reference => $"{reference.Name}\t{reference.Subject}\t{reference.Version}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    public IReadOnlyList<string> Subjects(bool includeDeleted) => Query(
        includeDeleted ? "SELECT DISTINCT subject FROM versions ORDER BY subject" : "SELECT DISTINCT subject FROM versions WHERE deleted = 0 ORDER BY subject",
        reader => reader.GetString(0));

    public IReadOnlyList<StoredVersion> Versions(string subject, bool includeDeleted) => Query(
        "SELECT subject, version, schema_id, deleted FROM versions WHERE subject = $subject" + (includeDeleted ? string.Empty : " AND deleted = 0") + " ORDER BY version",
        ReadVersion, ("$subject", subject));

    public IReadOnlyList<StoredVersion> VersionsOf(int schemaId, bool includeDeleted) => Query(
        "SELECT subject, version, schema_id, deleted FROM versions WHERE schema_id = $id" + (includeDeleted ? string.Empty : " AND deleted = 0") + " ORDER BY subject, version",
        ReadVersion, ("$id", schemaId));

    public StoredSchema? Schema(int id)
    {
        lock (_gate)
        {
            var found = Query("SELECT id, schema_type, text FROM schemas WHERE id = $id", ReadSchema, ("$id", id)).FirstOrDefault();
            return found is null ? null : WithReferences(found);
        }
    }

    public StoredSchema? SchemaByContent(RegistrySchemaType type, string text, IReadOnlyList<StoredReference> references)
    {
        lock (_gate)
        {
            var found = Query("SELECT id, schema_type, text FROM schemas WHERE schema_type = $type AND hash = $hash", ReadSchema,
                ("$type", type.ToRegistryName()), ("$hash", Hash(text, references))).FirstOrDefault();
            return found is null ? null : WithReferences(found);
        }
    }

    /// <summary>The ids of the schemas whose references name the subject's version.</summary>
    public IReadOnlyList<int> ReferencedBy(string subject, int version) => Query(
        """
        SELECT DISTINCT r.schema_id FROM schema_references r JOIN versions v ON v.schema_id = r.schema_id
        WHERE r.subject = $subject AND r.version = $version ORDER BY r.schema_id
        """,
        reader => reader.GetInt32(0), ("$subject", subject), ("$version", version));

    /// <summary>
    /// Registers <paramref name="text"/> under <paramref name="subject"/>: the existing version when the subject
    /// already holds it, else a new version numbered after every earlier one (or <paramref name="importVersion"/>),
    /// with the schema's id shared across subjects (or <paramref name="importId"/>). <paramref name="admit"/> runs
    /// inside the transaction, so a concurrent registration cannot slip between the compatibility check and the write.
    /// </summary>
    public (int Id, int Version, bool Created) Register(string subject, RegistrySchemaType type, string text, IReadOnlyList<StoredReference> references,
        Action<IReadOnlyList<StoredVersion>> admit, int? importId = null, int? importVersion = null)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            _transaction = transaction;
            try
            {
                var result = RegisterIn(transaction, subject, type, text, references, admit, importId, importVersion);
                transaction.Commit();
                return result;
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    private (int Id, int Version, bool Created) RegisterIn(SqliteTransaction transaction, string subject, RegistrySchemaType type, string text,
        IReadOnlyList<StoredReference> references, Action<IReadOnlyList<StoredVersion>> admit, int? importId, int? importVersion)
    {
        var existing = SchemaByContent(type, text, references);
        var versions = Versions(subject, includeDeleted: true);
        if (existing is not null && versions.FirstOrDefault(version => version.SchemaId == existing.Id && !version.Deleted) is { } same)
        {
            return (existing.Id, same.Version, false);
        }

        admit(versions.Where(version => !version.Deleted).ToList());
        if (importId is { } wanted && existing is not null && existing.Id != wanted)
        {
            throw RegistryError.IdInUse(wanted, existing.Id);
        }

        if (importId is { } taken && existing is null && Schema(taken) is not null)
        {
            throw RegistryError.IdInUse(taken, null);
        }

        var id = existing?.Id ?? InsertSchema(transaction, type, text, references, importId);

        // Numbered after every earlier version, deleted ones (even permanently deleted ones) too: a version number is
        // never reused.
        var last = Query("SELECT last FROM version_counters WHERE subject = $subject", reader => reader.GetInt32(0), ("$subject", subject)).FirstOrDefault();
        var next = importVersion ?? Math.Max(last, versions.Count == 0 ? 0 : versions.Max(version => version.Version)) + 1;
        if (versions.Any(version => version.Version == next))
        {
            throw RegistryError.VersionInUse(subject, next);
        }

        Run(transaction, "INSERT INTO versions (subject, version, schema_id) VALUES ($subject, $version, $id)", ("$subject", subject), ("$version", next), ("$id", id));
        Run(transaction, "INSERT INTO version_counters (subject, last) VALUES ($subject, $last) ON CONFLICT (subject) DO UPDATE SET last = max(last, excluded.last)",
            ("$subject", subject), ("$last", next));
        return (id, next, true);
    }

    private int InsertSchema(SqliteTransaction transaction, RegistrySchemaType type, string text, IReadOnlyList<StoredReference> references, int? id)
    {
        var inserted = (int)Scalar(transaction, id is null
                ? "INSERT INTO schemas (schema_type, hash, text) VALUES ($type, $hash, $text) RETURNING id"
                : "INSERT INTO schemas (id, schema_type, hash, text) VALUES ($id, $type, $hash, $text) RETURNING id",
            ("$id", (object?)id ?? DBNull.Value), ("$type", type.ToRegistryName()), ("$hash", Hash(text, references)), ("$text", text));
        for (var position = 0; position < references.Count; position++)
        {
            var reference = references[position];
            Run(transaction, "INSERT INTO schema_references (schema_id, position, name, subject, version) VALUES ($id, $position, $name, $subject, $version)",
                ("$id", inserted), ("$position", position), ("$name", reference.Name), ("$subject", reference.Subject), ("$version", reference.Version));
        }

        return inserted;
    }

    /// <summary>Marks versions deleted (soft) or removes them (permanent); the caller has checked what may go.</summary>
    public void Delete(string subject, IReadOnlyList<int> versions, bool permanent)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var version in versions)
            {
                Run(transaction, permanent
                        ? "DELETE FROM versions WHERE subject = $subject AND version = $version"
                        : "UPDATE versions SET deleted = 1 WHERE subject = $subject AND version = $version",
                    ("$subject", subject), ("$version", version));
            }

            transaction.Commit();
        }
    }

    public string? Level(string? subject) => Query(
        "SELECT level FROM config WHERE subject = $subject", reader => reader.GetString(0), ("$subject", subject ?? GlobalKey)).FirstOrDefault();

    public void SetLevel(string? subject, string? level) => SetSetting("config", "level", subject, level);

    public string? Mode(string? subject) => Query(
        "SELECT mode FROM modes WHERE subject = $subject", reader => reader.GetString(0), ("$subject", subject ?? GlobalKey)).FirstOrDefault();

    public void SetMode(string? subject, string? mode) => SetSetting("modes", "mode", subject, mode);

    public void Dispose() => _connection.Dispose();

    // A null value removes the setting.
    private void SetSetting(string table, string column, string? subject, string? value)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = value is null
                ? $"DELETE FROM {table} WHERE subject = $subject"
                : $"INSERT INTO {table} (subject, {column}) VALUES ($subject, $value) ON CONFLICT (subject) DO UPDATE SET {column} = excluded.{column}";
            command.Parameters.AddWithValue("$subject", subject ?? GlobalKey);
            if (value is not null)
            {
                command.Parameters.AddWithValue("$value", value);
            }

            command.ExecuteNonQuery();
        }
    }

    private StoredSchema WithReferences(StoredSchema schema) => schema with
    {
        References = Query("SELECT name, subject, version FROM schema_references WHERE schema_id = $id ORDER BY position",
            reader => new StoredReference(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)), ("$id", schema.Id)),
    };

    private static StoredVersion ReadVersion(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3) != 0);

    private static StoredSchema ReadSchema(SqliteDataReader reader) =>
        new(reader.GetInt32(0), RegistrySchemaTypes.TryParse(reader.GetString(1), out var type) ? type : RegistrySchemaType.Json, reader.GetString(2), []);

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
        using var command = Command(transaction, sql, parameters);
        return (long)command.ExecuteScalar()!;
    }

    private void Run(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
