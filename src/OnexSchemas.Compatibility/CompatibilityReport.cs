using OnexSchemas.Compatibility.Readers;

namespace OnexSchemas.Compatibility;

/// <summary>
/// Both verdicts on an update, kept apart: what the production registry answers (<see cref="Registry"/>) and whether
/// every message valid under the writing schema stays valid under the reading one (<see cref="Readers"/>).
/// </summary>
/// <param name="Registry">The registry verdict: the registry's own syntactic check, predicted exactly.</param>
/// <param name="Readers">The reader verdict: sound, and breaking wherever it cannot decide.</param>
public sealed record CompatibilityReport(CompatibilityResult Registry, ReaderVerdict Readers)
{
    /// <summary>Both verdicts are compatible: the registry accepts the update and no reader refuses an old message.</summary>
    public bool IsCompatible => Registry.IsCompatible && Readers.IsCompatible;

    /// <summary>The level checked.</summary>
    public CompatibilityLevel Level => Registry.Level;

    /// <summary>Major when either verdict breaks; otherwise the registry's reading of what changed.</summary>
    public RequiredBump RequiredBump => Readers.IsCompatible ? Registry.RequiredBump : RequiredBump.Major;

    /// <summary>The registry would accept the update, but readers that validate would refuse old messages.</summary>
    public bool BreaksOnlyReaders => Registry.IsCompatible && !Readers.IsCompatible;
}
