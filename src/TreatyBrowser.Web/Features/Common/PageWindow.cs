using System.Globalization;

namespace TreatyBrowser.Web.Features.Common;

/// <summary>
/// One page of a long list: page <see cref="Number"/> of <see cref="Count"/>, <see cref="Size"/> items a page. Long
/// lists (an article's sentences, a treaty's events and sources, the corpus's sources) are served a page at a time
/// so that no answer grows with the corpus or with one huge file.
/// </summary>
public sealed record PageWindow(int Number, int Count, int Size)
{
    /// <summary>Reads <c>?page=</c>: absent or empty is page 1; anything that is not a page of this list is null.</summary>
    public static PageWindow? Read(string? page, int itemCount, int size)
    {
        var count = Math.Max(1, (itemCount + size - 1) / size);
        if (string.IsNullOrEmpty(page))
        {
            return new PageWindow(1, count, size);
        }

        return int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= count
            ? new PageWindow(number, count, size)
            : null;
    }

    /// <summary>All of a list as one page: what an export or an analysis gives.</summary>
    public static PageWindow Whole(int itemCount) => new(1, 1, Math.Max(1, itemCount));

    public bool IsPaged => Count > 1;

    /// <summary>The address of the next page, or null on the last.</summary>
    public string? Next(string path) => Number < Count ? Link(path, Number + 1) : null;

    /// <summary>The items of this page.</summary>
    public IEnumerable<T> Slice<T>(IEnumerable<T> items) => items.Skip((Number - 1) * Size).Take(Size);

    /// <summary>The address of page <paramref name="number"/> of a list whose first page is <paramref name="path"/>.</summary>
    public static string Link(string path, int number) =>
        number <= 1 ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={number}";

    /// <summary>The pages a pager offers: the first, the last, and two either side of this one; 0 marks a gap.</summary>
    public IEnumerable<int> Offered()
    {
        var previous = 0;
        for (var n = 1; n <= Count; n++)
        {
            if (n != 1 && n != Count && Math.Abs(n - Number) > 2)
            {
                continue;
            }

            if (n - previous > 1)
            {
                yield return 0;
            }

            yield return n;
            previous = n;
        }
    }
}
