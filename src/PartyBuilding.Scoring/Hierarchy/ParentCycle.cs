namespace PartyBuilding.Scoring.Hierarchy;

// Finds whether following parent links from an organization leads back to it.
internal static class ParentCycle
{
    // The cycle starting and ending at `start` (e.g. b01 → b02 → b01), or null when the chain ends or reaches another cycle.
    public static List<string>? Find(string start, Func<string, string?> parentOf)
    {
        // Most chains end within a few steps without coming back: walked once without collections. A chain that comes
        // back to the start or is long is walked again below, which finds the cycle or a loop elsewhere.
        const int ShortChain = 32;
        var steps = 0;
        for (var current = parentOf(start); current != start; current = parentOf(current))
        {
            if (current is null)
            {
                return null;
            }

            if (++steps == ShortChain)
            {
                break;
            }
        }

        var chain = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        for (var current = parentOf(start); current is not null; current = parentOf(current))
        {
            chain.Add(current);
            if (current == start)
            {
                return chain;
            }

            if (!seen.Add(current))
            {
                return null;
            }
        }

        return null;
    }
}
