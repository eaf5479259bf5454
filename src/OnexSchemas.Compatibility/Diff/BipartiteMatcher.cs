namespace OnexSchemas.Compatibility.Diff;

/// <summary>
/// Pairs original branches with update branches: as many pairs as possible, and among those the pairing with the
/// fewest reported changes, so an unchanged branch always pairs with itself (Hungarian algorithm).
/// </summary>
internal static class BipartiteMatcher
{
    /// <summary>Marks a pair that is not compatible and so cannot be matched.</summary>
    public const long NoEdge = -1;

    /// <summary>Finds the pairing.</summary>
    /// <param name="costs">Rows are original branches, columns update branches; a cost of at least zero is an edge.</param>
    /// <returns>For each row, the matched column or -1.</returns>
    public static int[] Match(long[,] costs)
    {
        var rows = costs.GetLength(0);
        var cols = costs.GetLength(1);
        var result = new int[rows];
        System.Array.Fill(result, -1);
        if (rows == 0 || cols == 0)
        {
            return result;
        }

        // The algorithm below wants no more rows than columns.
        var transpose = rows > cols;
        var n = transpose ? cols : rows;
        var m = transpose ? rows : cols;

        long total = 1;
        foreach (var cost in costs)
        {
            if (cost > 0)
            {
                total += cost;
            }
        }

        // A missing edge costs more than every real edge together, so fewer missing edges always wins.
        var missing = total;
        var a = new long[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var cost = transpose ? costs[j - 1, i - 1] : costs[i - 1, j - 1];
                a[i, j] = cost < 0 ? missing : cost;
            }
        }

        var assignment = Solve(a, n, m);
        for (var j = 1; j <= m; j++)
        {
            var i = assignment[j];
            if (i == 0)
            {
                continue;
            }

            var cost = transpose ? costs[j - 1, i - 1] : costs[i - 1, j - 1];
            if (cost < 0)
            {
                continue;
            }

            if (transpose)
            {
                result[j - 1] = i - 1;
            }
            else
            {
                result[i - 1] = j - 1;
            }
        }

        return result;
    }

    // Classic O(n^2 m) potentials formulation; p[j] is the row assigned to column j (1-based, 0 = none).
    private static int[] Solve(long[,] a, int n, int m)
    {
        const long infinity = long.MaxValue / 4;
        var u = new long[n + 1];
        var v = new long[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        var minv = new long[m + 1];
        var used = new bool[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            System.Array.Fill(minv, infinity);
            System.Array.Fill(used, false);
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = infinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cur = a[i0, j] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        return p;
    }
}
