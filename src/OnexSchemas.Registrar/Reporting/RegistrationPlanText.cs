using OnexSchemas.Compatibility;

namespace OnexSchemas.Registrar.Reporting;

/// <summary>The plan as a person reads it: one line per subject, the registry's messages under a blocked one, a summary.</summary>
public static class RegistrationPlanText
{
    /// <summary>Writes the plan; <paramref name="dryRun"/> says nothing was written.</summary>
    public static void Write(TextWriter output, RegistrationPlan plan, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        output.WriteLine(plan.Applied ? $"Registered with {plan.Registry}:" : $"Plan for {plan.Registry}:");
        var width = RegistrationOutcomes.All.Max(outcome => outcome.ToDisplayName().Length);
        foreach (var step in plan.Steps)
        {
            var level = step.SetsLevel
                ? $"  level {(step.RegistryLevel is { } old ? old.ToRegistryName() : "(none)")} -> {step.Level.ToRegistryName()}"
                : string.Empty;
            var id = step.Id is { } number ? $"  id {number}" : string.Empty;
            output.WriteLine($"  {step.Outcome.ToDisplayName().PadRight(width)}  {step.Subject}{id}{level}");
            foreach (var message in step.Messages)
            {
                output.WriteLine($"      {message}");
            }
        }

        var counts = string.Join(", ", RegistrationOutcomes.All.Select(outcome => $"{plan.Count(outcome)} {outcome.ToDisplayName()}"));
        var levels = plan.Steps.Count(step => step.SetsLevel);
        output.WriteLine($"{plan.Steps.Count} subject(s): {counts}; {levels} level change(s).");
        if (dryRun)
        {
            output.WriteLine($"Dry run: nothing was written ({plan.Writes} write(s) planned).");
        }
        else if (plan.HasBlocked)
        {
            output.WriteLine("Blocked subjects got nothing registered: a breaking change needs a new topic version (.v{N+1}), see docs/governance.md.");
        }
    }
}
