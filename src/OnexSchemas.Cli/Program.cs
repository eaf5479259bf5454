using OnexSchemas.Cli;

return OnexCli.Run(args, Console.Out, Console.Error);
