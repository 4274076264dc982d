using GraphBuilder.Extraction.Mentions;
using GraphBuilder.Extraction.Tests.Fixtures;

namespace GraphBuilder.Extraction.Tests.Mentions;

/// <summary>"das Bündnis" after the text has named NATO.</summary>
public class DefiniteAnaphorFinderTests
{
    private static List<Mention> AnaphorMentions(string text) =>
        TestKb.Analyse(text).Mentions.Where(m => m.Surface is "Bündnis" or "Bündnisses" or "Allianz").ToList();

    [Fact]
    public void The_alliance_after_nato_is_nato()
    {
        var m = Assert.Single(AnaphorMentions("Die Nato tagt in Brüssel. Das Bündnis will die Ukraine unterstützen."));
        Assert.Equal("nato", m.EntityKey);
    }

    [Fact]
    public void Without_an_earlier_name_or_article_nothing_is_found()
    {
        Assert.Empty(AnaphorMentions("Das Bündnis will die Ukraine unterstützen. Die Nato tagt in Brüssel."));
        Assert.Empty(AnaphorMentions("Die Nato tagt. Ein Bündnis mit Frankreich ist möglich."));
    }

    [Theory]
    [InlineData("Die Nato tagt. Russland fordert eine Antwort aller 30 Alliierten.", true)]
    [InlineData("Die Nato tagt. Russland fordert eine Antwort aller Alliierten.", true)]
    [InlineData("Die Nato tagt. Die Alliierten kritisieren Russland.", true)]
    [InlineData("Die Nato tagt. Die Alliierten der Ukraine kritisieren Russland.", false)]
    [InlineData("Die Nato tagt. Die Alliierten Kiews kritisieren Russland.", false)]
    [InlineData("Russland fordert eine Antwort aller Alliierten. Die Nato tagt.", false)]
    public void Allies_with_a_quantifier_or_article_are_the_alliance_unless_someone_elses(string text, bool nato) =>
        Assert.Equal(nato, TestKb.Analyse(text).Mentions.Any(m => m.Surface == "Alliierten" && m.EntityKey == "nato"));
}
