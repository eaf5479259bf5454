using BenchmarkDotNet.Running;

// Not typeof(Program): the CLI referenced here also has a public Program (ASP.NET Core makes it public).
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
