using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Loading;

/// <summary>Lines saved with an article that are page furniture, not headings of the story.</summary>
public sealed class FurnitureTests
{
    [Theory]
    [InlineData("World")]
    [InlineData("• Politics")]
    [InlineData("Tags: Chile | Peru | fisheries")]
    [InlineData("Also read: Peru's new fleet register")]
    [InlineData("By Jane Roe | Harbour Post | 12 March 2024")]
    [InlineData("• Wednesday, 21 May 2025")]
    [InlineData("Text size: larger | smaller")]
    public void Section_labels_credits_and_date_lines_are_furniture(string line) => Assert.True(Furniture.Is(line), line);

    [Theory]
    [InlineData("What does the Iran-Russia strategic deal really mean?")]
    [InlineData("Why now?")]
    [InlineData("Fisheries quotas set for five years")]
    public void A_question_or_a_subheading_of_the_story_is_not(string line) => Assert.False(Furniture.Is(line), line);
}
