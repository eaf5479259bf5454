namespace OnexSchemas.Instances;

/// <summary>One reason a message does not match its topic's schemas: where in the message, and what is wrong there.</summary>
/// <param name="Pointer">The JSON pointer into the message (the envelope), for example <c>/payload/status</c>; empty for the whole message.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record MessageProblem(string Pointer, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"#{Pointer}: {Message}";
}
