namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// The state of one comparison pass: the current path, the changes found so far, the policy (the registry's
/// sub-comparisons ask "is this compatible?" under the policy in force), and the bookkeeping that makes recursive
/// schemas terminate in polynomial time.
/// </summary>
/// <remarks>
/// Pairs reached through references are compared once per pass and replayed elsewhere. A pair met again while it
/// is still being compared closes a cycle; the pass then assumes the verdict the previous pass computed for it
/// (compatible in the first pass, as the registry assumes). <see cref="NeedsAnotherPass"/> tells whether an
/// assumption turned out wrong; verdicts only ever move from compatible to incompatible, so passes converge on
/// the greatest fixed point without a cached optimistic result masking a real incompatibility.
/// </remarks>
internal sealed class DiffContext(CompatibilityPolicy policy, IReadOnlyDictionary<NodePair, PairResult>? assumptions)
{
    private readonly List<string> _path = new(16);
    private readonly Dictionary<NodePair, ActiveFrame> _active = [];
    private readonly Dictionary<NodePair, PairResult> _results = [];
    private HashSet<NodePair>? _assumed;
    private int _captureDepth;

    /// <summary>The policy sub-comparisons are judged under.</summary>
    public CompatibilityPolicy Policy { get; } = policy;

    /// <summary>Where changes go; swapped while a sub-comparison is captured.</summary>
    public List<SchemaChange> Changes { get; private set; } = [];

    /// <summary>The verdicts of this pass, to be assumed by the next one.</summary>
    public IReadOnlyDictionary<NodePair, PairResult> Results => _results;

    /// <summary>Whether a cycle was cut under an assumption this pass disproved.</summary>
    public bool NeedsAnotherPass
    {
        get
        {
            if (_assumed is null)
            {
                return false;
            }

            foreach (var pair in _assumed)
            {
                if (_results.TryGetValue(pair, out var computed) && computed.IsCompatible != AssumedCompatible(pair))
                {
                    return true;
                }
            }

            return false;
        }
    }

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
        _captureDepth++;
        return saved;
    }

    /// <summary>Stops collecting separately.</summary>
    /// <param name="saved">What <see cref="BeginCapture"/> returned.</param>
    /// <returns>The captured changes, not yet added to the caller's list.</returns>
    public List<SchemaChange> EndCapture(List<SchemaChange> saved)
    {
        var captured = Changes;
        Changes = saved;
        _captureDepth--;
        return captured;
    }

    /// <summary>Whether every change in the list is compatible under the policy.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>Whether the registry would call the sub-comparison compatible.</returns>
    public bool IsCompatible(List<SchemaChange> changes)
    {
        foreach (var change in changes)
        {
            if (!ChangeVocabulary.IsCompatible(change.Type, Policy))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replays the result of a pair already compared in this pass, at the current path.</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>Whether the pair had been compared.</returns>
    public bool TryReplay(NodePair pair)
    {
        if (!_results.TryGetValue(pair, out var known))
        {
            return false;
        }

        Replay(known.Changes, known.Changes.Length);
        return true;
    }

    /// <summary>
    /// Cuts a cycle: the pair is already being compared further up. Nothing is reported for it, except that when
    /// the pair is assumed incompatible and a sub-comparison started since, that sub-comparison gets the pair's
    /// first incompatible change, so its verdict is not wrongly optimistic.
    /// </summary>
    /// <param name="pair">The pair.</param>
    /// <returns>Whether the pair closes a cycle.</returns>
    public bool TryCutCycle(NodePair pair)
    {
        if (!_active.TryGetValue(pair, out var frame))
        {
            return false;
        }

        (_assumed ??= []).Add(pair);
        if (_captureDepth > frame.CaptureDepth
            && assumptions is not null
            && assumptions.TryGetValue(pair, out var assumed)
            && !assumed.IsCompatible)
        {
            for (var i = 0; i < assumed.Changes.Length; i++)
            {
                if (!ChangeVocabulary.IsCompatible(assumed.Changes[i].Type, Policy))
                {
                    Replay(assumed.Changes.AsSpan(i, 1).ToArray(), 1);
                    break;
                }
            }
        }

        return true;
    }

    /// <summary>Starts comparing a pair reached through a reference.</summary>
    /// <param name="pair">The pair.</param>
    public void PushFrame(NodePair pair)
    {
        _active[pair] = new ActiveFrame(_captureDepth, Changes, CurrentPath());
        Changes = [];
    }

    /// <summary>Finishes a pair: hands its changes to the caller and records its result for the rest of the pass.</summary>
    /// <param name="pair">The pair.</param>
    public void PopFrame(NodePair pair)
    {
        var frame = _active[pair];
        _active.Remove(pair);
        var own = Changes;
        Changes = frame.Saved;
        Changes.AddRange(own);
        _results[pair] = new PairResult(Relativize(own, frame.Prefix), IsCompatible(own));
    }

    private bool AssumedCompatible(NodePair pair) =>
        assumptions is null || !assumptions.TryGetValue(pair, out var assumed) || assumed.IsCompatible;

    private void Replay(RelativeChange[] changes, int count)
    {
        if (count == 0)
        {
            return;
        }

        var prefix = CurrentPath();
        for (var i = 0; i < count; i++)
        {
            Changes.Add(new SchemaChange(changes[i].Type, Join(prefix, changes[i].Suffix)));
        }
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
