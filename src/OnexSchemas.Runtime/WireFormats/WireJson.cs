using System.Text.Json;
using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>
/// How the runtime writes JSON onto the bus: with the contracts' wire escaping (<see cref="OnexEventsJsonContext.Wire"/>),
/// so a payload's quotes and non-ASCII text travel as written, not as <c>\u0022</c> and <c>\u00E9</c>.
/// </summary>
internal static class WireJson
{
    /// <summary>The writer options of every envelope the runtime produces; a writer's encoder decides the escaping.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = OnexEventsJsonContext.Wire.Options.Encoder };
}
