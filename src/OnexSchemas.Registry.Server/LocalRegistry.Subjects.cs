using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OnexSchemas.Registry.Server;

/// <summary>Subjects and their versions: list, read, register, look up, delete, and who references a version.</summary>
public sealed partial class LocalRegistry
{
    private void MapSubjects()
    {
        _app.MapGet("/subjects", (HttpContext context) => Write(context, 200, json =>
        {
            json.WriteStartArray();
            foreach (var subject in _store.Subjects(Flag(context, "deleted")))
            {
                json.WriteStringValue(subject);
            }

            json.WriteEndArray();
        }));
        _app.MapGet("/subjects/{subject}/versions", ListVersions);
        _app.MapGet("/subjects/{subject}/versions/{version}", (HttpContext context, string subject, string version) =>
            WriteVersion(context, Resolve(Unescape(subject), version, Flag(context, "deleted"))));
        _app.MapGet("/subjects/{subject}/versions/{version}/schema", (HttpContext context, string subject, string version) =>
            RegistryJson.Raw(context.Response, _cache.Get(Resolve(Unescape(subject), version, Flag(context, "deleted")).SchemaId)!.Schema.Text));
        _app.MapGet("/subjects/{subject}/versions/{version}/referencedby", ReferencedBy);
        _app.MapPost("/subjects/{subject}/versions", Register);
        _app.MapPost("/subjects/{subject}", Lookup);
        _app.MapDelete("/subjects/{subject}", DeleteSubject);
        _app.MapDelete("/subjects/{subject}/versions/{version}", DeleteVersion);
    }

    private Task ListVersions(HttpContext context, string subject)
    {
        var name = Unescape(subject);
        var versions = _store.Versions(name, Flag(context, "deleted"));
        if (versions.Count == 0)
        {
            throw RegistryError.SubjectNotFound(name);
        }

        return Write(context, 200, json => RegistryJson.Numbers(json, versions.Select(version => version.Version)));
    }

    private Task ReferencedBy(HttpContext context, string subject, string version)
    {
        var found = Resolve(Unescape(subject), version, includeDeleted: false);
        var ids = _store.ReferencedBy(found.Subject, found.Version);
        return Write(context, 200, json => RegistryJson.Numbers(json, ids));
    }

    private async Task Register(HttpContext context, string subject)
    {
        var name = Unescape(subject);
        var mode = ModeOf(name);
        if (mode == RegistryMode.ReadOnly)
        {
            throw RegistryError.ReadOnly(name);
        }

        var submission = await Submission(context);
        if (mode != RegistryMode.Import && (submission.ImportId is not null || submission.ImportVersion is not null))
        {
            throw RegistryError.NotImport(name);
        }

        // An import keeps what it is given: no compatibility check, as in Confluent's and Redpanda's IMPORT mode.
        var (id, _, created) = _store.Register(name, submission.Type, submission.Text, submission.References,
            earlier =>
            {
                if (mode != RegistryMode.Import)
                {
                    Admit(name, earlier, submission);
                }
            },
            submission.ImportId, submission.ImportVersion);
        if (created)
        {
            Written();
        }

        // Redpanda answers with the id alone.
        await Write(context, 200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteEndObject();
        });
    }

    private async Task Lookup(HttpContext context, string subject)
    {
        var name = Unescape(subject);
        var versions = _store.Versions(name, Flag(context, "deleted"));
        if (versions.Count == 0)
        {
            throw RegistryError.SubjectNotFound(name);
        }

        var submission = await Submission(context);
        var schema = _store.SchemaByContent(submission.Type, submission.Text, submission.References) ?? throw RegistryError.SchemaNotFound();
        var version = versions.LastOrDefault(candidate => candidate.SchemaId == schema.Id) ?? throw RegistryError.SchemaNotFound();
        await WriteVersion(context, version);
    }

    // Soft first, then permanent: a permanent delete of what is still live is refused, as in both registries.
    private Task DeleteSubject(HttpContext context, string subject)
    {
        var name = Unescape(subject);
        RequireWritable(name);
        var permanent = Flag(context, "permanent");
        var versions = _store.Versions(name, includeDeleted: true);
        if (versions.Count == 0)
        {
            throw RegistryError.SubjectNotFound(name);
        }

        var live = versions.Where(version => !version.Deleted).ToList();
        if (!permanent && live.Count == 0)
        {
            throw RegistryError.SubjectSoftDeleted(name);
        }

        if (permanent && live.Count > 0)
        {
            throw RegistryError.SubjectNotSoftDeleted(name);
        }

        var doomed = permanent ? versions : live;
        if (doomed.FirstOrDefault(version => _store.ReferencedBy(name, version.Version).Count > 0) is { } referenced)
        {
            throw RegistryError.Referenced(name, referenced.Version);
        }

        _store.Delete(name, doomed.Select(version => version.Version).ToList(), permanent);
        Written();
        return Write(context, 200, json => RegistryJson.Numbers(json, doomed.Select(version => version.Version)));
    }

    private Task DeleteVersion(HttpContext context, string subject, string version)
    {
        var name = Unescape(subject);
        RequireWritable(name);
        var permanent = Flag(context, "permanent");
        var found = Resolve(name, version, includeDeleted: VersionNumber(version) is not null);
        if (!permanent && found.Deleted)
        {
            throw RegistryError.VersionSoftDeleted(name, found.Version);
        }

        if (permanent && !found.Deleted)
        {
            throw RegistryError.VersionNotSoftDeleted(name, found.Version);
        }

        if (_store.ReferencedBy(name, found.Version).Count > 0)
        {
            throw RegistryError.Referenced(name, found.Version);
        }

        _store.Delete(name, [found.Version], permanent);
        Written();
        return Write(context, 200, json => json.WriteNumberValue(found.Version));
    }

    private Task WriteVersion(HttpContext context, StoredVersion version)
    {
        var schema = _cache.Get(version.SchemaId)!.Schema;
        return Write(context, 200, json =>
        {
            json.WriteStartObject();
            json.WriteString("subject", version.Subject);
            json.WriteNumber("version", version.Version);
            json.WriteNumber("id", schema.Id);
            RegistryJson.SchemaFields(json, schema);
            json.WriteEndObject();
        });
    }
}
