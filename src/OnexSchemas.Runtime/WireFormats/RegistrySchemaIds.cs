using System.Collections.Concurrent;
using System.Net;
using Confluent.SchemaRegistry;
using OnexSchemas.Naming;

namespace OnexSchemas.Runtime;

/// <summary>
/// Schema ids from the registry, each asked for once: a topic's id is the latest version of its <c>{topic}-value</c>
/// subject (the registrar keeps it equal to the tree the contracts were generated from), and an id read from a frame
/// is known or not. Answers are cached; failures are not, so a registry that comes back is asked again.
/// </summary>
internal sealed class RegistrySchemaIds
{
    private readonly ISchemaRegistryClient _client;
    private readonly ConcurrentDictionary<string, Lazy<Task<int>>> _byTopic = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, Lazy<Task<bool>>> _known = new();

    public RegistrySchemaIds(ISchemaRegistryClient client) => _client = client;

    public ValueTask<int> ForTopicAsync(string topic, CancellationToken cancellationToken) =>
        Cached(_byTopic, topic, () => LookUpAsync(topic));

    public ValueTask<bool> IsKnownAsync(int id, CancellationToken cancellationToken) =>
        Cached(_known, id, () => CheckAsync(id));

    /// <summary>An answer once it is in is read without a task: every message after the first is a dictionary read.</summary>
    private static ValueTask<TValue> Cached<TKey, TValue>(ConcurrentDictionary<TKey, Lazy<Task<TValue>>> cache, TKey key, Func<Task<TValue>> load)
        where TKey : notnull
    {
        var entry = cache.GetOrAdd(key, _ => new Lazy<Task<TValue>>(load));
        return entry.Value.IsCompletedSuccessfully ? new(entry.Value.Result) : new(AwaitAsync(cache, key, entry));
    }

    private static async Task<TValue> AwaitAsync<TKey, TValue>(ConcurrentDictionary<TKey, Lazy<Task<TValue>>> cache, TKey key, Lazy<Task<TValue>> entry)
        where TKey : notnull
    {
        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            cache.TryRemove(new KeyValuePair<TKey, Lazy<Task<TValue>>>(key, entry));
            throw;
        }
    }

    private async Task<int> LookUpAsync(string topic)
    {
        var subject = SubjectName.ForValue(topic);
        try
        {
            var latest = await _client.GetLatestSchemaAsync(subject).ConfigureAwait(false);
            return latest.Id;
        }
        catch (SchemaRegistryException exception) when (exception.Status == HttpStatusCode.NotFound)
        {
            throw new EventPublishException(topic, $"no schema is registered under the subject {subject} (run 'onex-schemas register')", exception);
        }
        catch (Exception exception) when (IsTransient(exception))
        {
            throw new TransientEventException($"the schema registry could not be asked for the subject {subject}: {exception.Message}", exception);
        }
    }

    private async Task<bool> CheckAsync(int id)
    {
        try
        {
            await _client.GetSchemaAsync(id).ConfigureAwait(false);
            return true;
        }
        catch (SchemaRegistryException exception) when (exception.Status == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (Exception exception) when (IsTransient(exception))
        {
            throw new TransientEventException($"the schema registry could not be asked for the schema id {id}: {exception.Message}", exception);
        }
    }

    private static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TaskCanceledException or TimeoutException
        || exception is SchemaRegistryException { Status: >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests };
}
