using System.Text.Json;
using OnexSchemas.Compatibility;

namespace OnexSchemas.Registrar.Reporting;

/// <summary>The plan for machines: <c>{"registry", "dry_run", "applied", "subjects": […], "summary": {…}}</c>.</summary>
public static class RegistrationPlanJson
{
    /// <summary>Writes the plan as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, RegistrationPlan plan, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(plan);
        json.WriteStartObject();
        json.WriteString("registry", plan.Registry);
        json.WriteBoolean("dry_run", dryRun);
        json.WriteBoolean("applied", plan.Applied);
        json.WriteStartArray("subjects");
        foreach (var step in plan.Steps)
        {
            json.WriteStartObject();
            json.WriteString("subject", step.Subject);
            json.WriteString("topic", step.Schema.Topic.Value);
            json.WriteString("file", step.Schema.SourcePath);
            json.WriteString("outcome", step.Outcome.ToJsonName());
            json.WriteString("level", step.Level.ToRegistryName());
            if (step.RegistryLevel is { } registered)
            {
                json.WriteString("registry_level", registered.ToRegistryName());
            }
            else
            {
                json.WriteNull("registry_level");
            }

            json.WriteBoolean("sets_level", step.SetsLevel);
            if (step.Id is { } id)
            {
                json.WriteNumber("id", id);
            }

            json.WriteStartArray("messages");
            foreach (var message in step.Messages)
            {
                json.WriteStringValue(message);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        foreach (var outcome in RegistrationOutcomes.All)
        {
            json.WriteNumber(outcome.ToJsonName(), plan.Count(outcome));
        }

        json.WriteNumber("level_changes", plan.Steps.Count(step => step.SetsLevel));
        json.WriteNumber("writes", plan.Writes);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
