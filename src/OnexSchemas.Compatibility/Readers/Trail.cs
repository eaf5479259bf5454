namespace OnexSchemas.Compatibility.Readers;

/// <summary>
/// The way from the message's root to the value being judged: each step a member name or an item index, with the
/// writer's view of the value there, so a counterexample can be built at that place inside a whole message.
/// </summary>
internal sealed class Trail
{
    private Trail(Trail? parent, string? name, int index, WriterView writer)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Writer = writer;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public Trail? Parent { get; }

    /// <summary>The member name of this step; null for an item step or the root.</summary>
    public string? Name { get; }

    /// <summary>The item index of this step, when <see cref="Name"/> is null and this is not the root.</summary>
    public int Index { get; }

    /// <summary>The writer's view of the value at this step.</summary>
    public WriterView Writer { get; }

    public int Depth { get; }

    public static Trail Root(WriterView writer) => new(null, null, -1, writer);

    public Trail Member(string name, WriterView writer) => new(this, name, -1, writer);

    public Trail Item(int index, WriterView writer) => new(this, null, index, writer);

    /// <summary>The steps from the root, first to last (the root itself excluded).</summary>
    public IReadOnlyList<Trail> Steps()
    {
        var steps = new List<Trail>();
        for (var step = this; step.Parent is not null; step = step.Parent)
        {
            steps.Add(step);
        }

        steps.Reverse();
        return steps;
    }
}
