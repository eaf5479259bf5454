using System.Runtime.InteropServices;

namespace OnexSchemas.Cli;

/// <summary>Blocks a foreground command (a server) until Ctrl+C or SIGTERM, so that it can stop cleanly.</summary>
internal static class StopSignal
{
    public static void Wait()
    {
        using var stop = new ManualResetEventSlim();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        stop.Wait();

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Set();
        }
    }
}
