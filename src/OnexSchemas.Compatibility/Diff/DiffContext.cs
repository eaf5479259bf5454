namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// The state of one comparison: the current path, the changes found so far, the policy (the registry's
/// sub-comparisons ask "is this compatible?" under the policy in force), and the pairs being compared through
/// references, which makes recursive schemas terminate.
/// </summary>
internal sealed class DiffContext(CompatibilityPolicy policy)
{
    private readonly List<string> _path = new(16);
    private readonly Dictionary<NodePair, int> _active = [];
    private Dictionary<NodePair, RelativeChange[]>? _memo;
    private int _cycleFloor = int.MaxValue;

    /// <summary>The policy sub-comparisons are judged under.</summary>
    public CompatibilityPolicy Policy { get; } = policy;

    /// <summary>Where changes go; swapped while a sub-comparison is captured.</summary>
    public List<SchemaChange> Changes { get; private set; } = [];

    /// <summary>Descends into a path segment.</summary>
    /// <param name="segment">The segment, for example <c>properties</c> or a property name.</param>
    public void Enter(string segment) => _path.Add(segment);

    /// <summary>Leaves the last segment.</summary>
    public void Exit() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Records a change at the current path.</summary>
    /// <param name="type">The change type.</param>
    public void Add(SchemaChangeType type) => Changes.Add(new SchemaChange(type, CurrentPath()));

    /// <summary>Records a change at a keyword below the current path.</summary>
    /// <param name="keyword">The keyword, for example <c>maxLength</c>.</param>
    /// <param name="type">The change type.</param>
    public void Add(string keyword, SchemaChangeType type)
    {
        _path.Add(keyword);
        Add(type);
        _path.RemoveAt(_path.Count - 1);
    }

    /// <summary>The current path as the registry writes it: <c>#/</c> and the segments joined by <c>/</c>.</summary>
    /// <returns>The path.</returns>
    public string CurrentPath() => _path.Count == 0 ? "#/" : "#/" + string.Join('/', _path);

    /// <summary>Starts collecting changes separately, for a sub-comparison whose verdict decides what to report.</summary>
    /// <returns>The caller's list, to hand back to <see cref="EndCapture"/>.</returns>
    public List<SchemaChange> BeginCapture()
    {
        var saved = Changes;
        Changes = [];
        return saved;
    }

    /// <summary>Stops collecting separately.</summary>
    /// <param name="saved">What <see cref="BeginCapture"/> returned.</param>
    /// <returns>The captured changes, not yet added to the caller's list.</returns>
    public List<SchemaChange> EndCapture(List<SchemaChange> saved)
    {
        var captured = Changes;
        Changes = saved;
        return captured;
    }

    /// <summary>Whether every change in the list is compatible under the policy.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>Whether the registry would call the sub-comparison compatible.</returns>
    public bool IsCompatible(List<SchemaChange> changes)
    {
        foreach (var change in changes)
        {
            if (!CompatibilityRules.IsCompatible(change.Type, Policy))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replays a memoised result for the pair at the current path.</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>Whether a result was known.</returns>
    public bool TryReplay(NodePair pair)
    {
        if (_memo is null || !_memo.TryGetValue(pair, out var known))
        {
            return false;
        }

        if (known.Length > 0)
        {
            var prefix = CurrentPath();
            foreach (var change in known)
            {
                Changes.Add(new SchemaChange(change.Type, Join(prefix, change.Suffix)));
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the pair is already being compared further up. If so the comparison is cut here and assumed to
    /// add nothing (as the registry does), and results that depend on that assumption are not memoised.
    /// </summary>
    /// <param name="pair">The pair.</param>
    /// <returns>Whether the pair closes a cycle.</returns>
    public bool ClosesCycle(NodePair pair)
    {
        if (!_active.TryGetValue(pair, out var depth))
        {
            return false;
        }

        _cycleFloor = Math.Min(_cycleFloor, depth);
        return true;
    }

    /// <summary>Starts comparing a pair reached through a reference.</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>The saved state.</returns>
    public TrackedFrame PushFrame(NodePair pair)
    {
        var frame = new TrackedFrame(_active.Count, Changes, _cycleFloor, CurrentPath());
        _active[pair] = frame.Depth;
        _cycleFloor = int.MaxValue;
        Changes = [];
        return frame;
    }

    /// <summary>Finishes a pair: hands its changes to the caller and memoises them when no cycle above depends on them.</summary>
    /// <param name="pair">The pair.</param>
    /// <param name="frame">What <see cref="PushFrame"/> returned.</param>
    public void PopFrame(NodePair pair, TrackedFrame frame)
    {
        var own = Changes;
        Changes = frame.Saved;
        Changes.AddRange(own);
        _active.Remove(pair);

        var floor = _cycleFloor;
        if (floor >= frame.Depth)
        {
            (_memo ??= []).TryAdd(pair, Relativize(own, frame.Prefix));
            floor = int.MaxValue;
        }

        _cycleFloor = Math.Min(frame.SavedCycleFloor, floor);
    }

    private static RelativeChange[] Relativize(List<SchemaChange> changes, string prefix)
    {
        if (changes.Count == 0)
        {
            return [];
        }

        var relative = new RelativeChange[changes.Count];
        for (var i = 0; i < relative.Length; i++)
        {
            var path = changes[i].Path;
            var suffix = path.Length > prefix.Length ? path[prefix.Length..] : string.Empty;
            if (suffix.Length > 0 && suffix[0] == '/')
            {
                suffix = suffix[1..];
            }

            relative[i] = new RelativeChange(changes[i].Type, suffix);
        }

        return relative;
    }

    private static string Join(string prefix, string suffix)
    {
        if (suffix.Length == 0)
        {
            return prefix;
        }

        return prefix.EndsWith('/') ? prefix + suffix : prefix + "/" + suffix;
    }
}
