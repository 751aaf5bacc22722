using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// The order stages run in: each after every other stage that writes what it reads (<see cref="StageData"/>), and
/// otherwise in the order they were added, so a stage added early that reads what a later one writes is moved after
/// it. Two stages that each read what the other writes cannot be ordered: that fails, naming them.
/// </summary>
internal static class StageOrder
{
    public static List<T> Of<T>(IReadOnlyList<T> stages, Func<T, StageData> reads, Func<T, StageData> writes)
        where T : notnull
    {
        var ordered = new List<T>(stages.Count);
        var waiting = stages.ToList();
        while (waiting.Count > 0)
        {
            // The first stage, in the order added, that no waiting stage still has to write for.
            var next = waiting.FindIndex(s => !waiting.Any(t => !ReferenceEquals(t, s) && (writes(t) & reads(s)) != StageData.None));
            if (next < 0)
            {
                throw new InvalidOperationException(
                    $"these stages each read what another writes, so no order runs every writer first: {string.Join(", " +
                        "", waiting.Select(s => $"{s.GetType().Name} (reads {reads(s)}, writes {writes(s)})"))}");
            }

            ordered.Add(waiting[next]);
            waiting.RemoveAt(next);
        }

        return ordered;
    }
}
