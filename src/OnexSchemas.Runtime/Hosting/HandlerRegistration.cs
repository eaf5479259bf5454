namespace OnexSchemas.Runtime;

/// <summary>A handler registered for a topic in a consumer group (null: the default group).</summary>
internal sealed record HandlerRegistration(string? GroupId, TopicBinding Binding);
