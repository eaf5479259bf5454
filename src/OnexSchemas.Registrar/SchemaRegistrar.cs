using OnexSchemas.Registry;

namespace OnexSchemas.Registrar;

/// <summary>
/// Plans and applies the tree's registered forms against a registry, like a deployment tool: the plan only reads
/// (each subject's level, a lookup, and for a changed schema the registry's verbose compatibility check); the run
/// then sets each subject's level from the tree config and registers what is new. A subject the registry refuses
/// gets nothing registered. Every step is idempotent, so a run killed halfway and run again reaches the same state.
/// </summary>
public sealed class SchemaRegistrar
{
    private readonly RegistryConnection _connection;
    private readonly RegistrarOptions _options;

    /// <summary>A registrar for one registry.</summary>
    public SchemaRegistrar(RegistryConnection connection, RegistrarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _options = options ?? new RegistrarOptions();
        if (_options.Concurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.Concurrency, "the concurrency must be at least 1");
        }
    }

    /// <summary>Classifies each subject; sends no write.</summary>
    public async Task<RegistrationPlan> PlanAsync(IReadOnlyList<RegisteredForm> schemas, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var steps = await ForEachAsync(schemas.OrderBy(schema => schema.Subject, StringComparer.Ordinal).ToList(), PlanOneAsync, cancellationToken);
        return new RegistrationPlan(_connection.DisplayUrl, steps, Applied: false);
    }

    /// <summary>
    /// Applies the plan: for each subject, its level first when the registry's differs from the tree's, then the
    /// schema when it is new. A subject whose level changed is judged again under the new level before anything is
    /// registered; a schema the registry refuses at registration (409, 422) ends <see cref="RegistrationOutcome.Blocked"/>.
    /// </summary>
    public async Task<RegistrationPlan> ApplyAsync(RegistrationPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var steps = await ForEachAsync(plan.Steps, ApplyOneAsync, cancellationToken);
        return plan with { Steps = steps, Applied = true };
    }

    private async Task<RegistrationStep> PlanOneAsync(RegisteredForm schema, CancellationToken cancellationToken)
    {
        var state = await SubjectState.ReadAsync(_connection, schema, cancellationToken);
        if (!state.Lookup.SubjectExists)
        {
            return new RegistrationStep(schema, RegistrationOutcome.Create, state.Level, []);
        }

        if (state.HoldsTheSchemaAsLatest)
        {
            return new RegistrationStep(schema, RegistrationOutcome.Unchanged, state.Level, [], state.Lookup.Match!.Id);
        }

        // The tree went back to an earlier version: registering it again makes no version, so the subject's latest
        // would stay another schema. That needs a person, not a silent "unchanged".
        if (state.HoldsTheSchemaBehindTheLatest)
        {
            var (match, latest) = (state.Lookup.Match!, state.Latest!);
            return new RegistrationStep(schema, RegistrationOutcome.Blocked, state.Level,
                [$"the tree's schema is version {match.Version} (id {match.Id}), but the latest is version {latest.Version} (id {latest.Id}): registering it again makes no new version. " +
                 "Move forward with a new change, or delete the later versions in the registry"], match.Id);
        }

        return await JudgeAsync(new RegistrationStep(schema, RegistrationOutcome.NewVersion, state.Level, []), cancellationToken);
    }

    private async Task<RegistrationStep> ApplyOneAsync(RegistrationStep step, CancellationToken cancellationToken)
    {
        if (step.SetsLevel)
        {
            await _connection.SetLevelAsync(step.Subject, step.Level, cancellationToken);
            // A blocked step with an id is a schema the registry already holds (the tree went back); only one the
            // registry refused is judged again under the new level.
            if (step.Outcome is RegistrationOutcome.NewVersion || (step.Outcome == RegistrationOutcome.Blocked && step.Id is null))
            {
                step = await JudgeAsync(step with { Outcome = RegistrationOutcome.NewVersion, Messages = [] }, cancellationToken);
            }
        }

        if (step.Outcome is not (RegistrationOutcome.Create or RegistrationOutcome.NewVersion))
        {
            return step;
        }

        try
        {
            var id = await _connection.RegisterAsync(step.Subject, step.Schema.SchemaType, step.Schema.Schema, cancellationToken);
            return step with { Id = id };
        }
        catch (RegistryRequestException exception) when (RefusesTheSchema(exception))
        {
            return step with { Outcome = RegistrationOutcome.Blocked, Messages = [exception.Message] };
        }
    }

    // The registry's own verdict decides; a 422 (a schema the registry cannot judge) blocks as a refusal does.
    private async Task<RegistrationStep> JudgeAsync(RegistrationStep step, CancellationToken cancellationToken)
    {
        try
        {
            var verdict = await _connection.CheckAsync(step.Subject, step.Schema.SchemaType, step.Schema.Schema, cancellationToken);
            return verdict.IsCompatible ? step : step with { Outcome = RegistrationOutcome.Blocked, Messages = verdict.Messages };
        }
        catch (RegistryRequestException exception) when (RefusesTheSchema(exception))
        {
            return step with { Outcome = RegistrationOutcome.Blocked, Messages = [exception.Message] };
        }
    }

    // A verdict on the schema (incompatible; invalid as Redpanda's 422 or Confluent's 42201 says), not on the request:
    // a read-only registry (42205) or another 4xx is the registry's state, which fails the run.
    private static bool RefusesTheSchema(RegistryRequestException exception) =>
        exception is { Kind: RegistryFailureKind.Refused, Status: 409 } or { Kind: RegistryFailureKind.Refused, Status: 422, ErrorCode: 422 or 42201 };

    private async Task<IReadOnlyList<TResult>> ForEachAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, CancellationToken, Task<TResult>> run, CancellationToken cancellationToken)
    {
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
            async (index, token) => results[index] = await run(items[index], token));
        return results;
    }
}
