using Omninode.Events;

namespace OnexSchemas.Runtime;

/// <summary>An event that breaks its schema, refused before anything was sent.</summary>
public sealed class EventValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="topic"/> with the violations found.</summary>
    public EventValidationException(string topic, IReadOnlyList<OnexValidationError> errors)
        : base($"the event for {topic} breaks its schema: {string.Join("; ", errors)}")
    {
        Topic = topic;
        Errors = errors;
    }

    /// <summary>The topic the event was for.</summary>
    public string Topic { get; }

    /// <summary>Every violation, each located by its JSON pointer in the envelope.</summary>
    public IReadOnlyList<OnexValidationError> Errors { get; }
}
