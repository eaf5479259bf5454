using ROOT_NAMESPACE;

// The generated types come from OnexService.Contracts: this project compiles only its own code.
foreach (var topic in OnexEventCatalog.All)
{
    Console.WriteLine($"{topic.Topic} -> {topic.Type.Name} (dead letters: {topic.DeadLetterTopic})");
}
