using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Tests.Features.Common;

public sealed class PageWindowTests
{
    [Theory]
    [InlineData(null, 250, 1, 3)]
    [InlineData("", 250, 1, 3)]
    [InlineData("3", 250, 3, 3)]
    [InlineData("1", 0, 1, 1)]
    [InlineData("2", 100, -1, 1)]
    [InlineData("0", 250, -1, 3)]
    [InlineData("+2", 250, -1, 3)]
    [InlineData(" 2", 250, -1, 3)]
    [InlineData("2.0", 250, -1, 3)]
    public void A_page_number_is_read_only_when_the_list_has_that_page(string? page, int items, int expected, int count)
    {
        var window = PageWindow.Read(page, items, 100);
        Assert.Equal(expected, window?.Number ?? -1);
        if (window is not null)
        {
            Assert.Equal(count, window.Count);
        }
    }

    [Fact]
    public void A_page_shows_its_own_items_only()
    {
        var window = PageWindow.Read("3", 250, 100)!;
        Assert.Equal(Enumerable.Range(201, 50), window.Slice(Enumerable.Range(1, 250)));
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 9, "1 2 3 … 9")]
    [InlineData(5, 9, "1 … 3 4 5 6 7 … 9")]
    [InlineData(4, 9, "1 2 3 4 5 6 … 9")]
    [InlineData(9, 9, "1 … 7 8 9")]
    public void The_pager_offers_the_ends_and_the_pages_near_this_one(int number, int count, string expected)
    {
        var offered = new PageWindow(number, count, 10).Offered().Select(n => n == 0 ? "…" : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, string.Join(' ', offered));
    }
}
