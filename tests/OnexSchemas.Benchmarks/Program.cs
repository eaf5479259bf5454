using BenchmarkDotNet.Running;

if (args is ["latency"])
{
    await OnexSchemas.Benchmarks.Runtime.PublishLatencyProbe.RunAsync();
    return;
}

// Not typeof(Program): the CLI referenced here also has a public Program (ASP.NET Core makes it public).
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
