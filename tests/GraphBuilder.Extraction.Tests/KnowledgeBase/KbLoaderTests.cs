using KnowledgeBaseIndex = GraphBuilder.Extraction.KnowledgeBase.KnowledgeBase;
using GraphBuilder.Extraction.KnowledgeBase;
using GraphBuilder.Extraction.Tests.Fixtures;

namespace GraphBuilder.Extraction.Tests.KnowledgeBase;

public class KbLoaderTests
{
    private static KnowledgeBaseIndex Kb => TestKb.Kb;

    [Fact]
    public void Entities_carry_category_names_and_links()
    {
        var russia = Kb.Get("russia")!;
        Assert.Equal(EntityCategory.Country, russia.Category);
        Assert.Equal("Russland", russia.Name);
        Assert.Contains(("Russia", "en"), russia.Labels);
        Assert.Equal(["http://www.wikidata.org/entity/Q159"], russia.SameAs);
        Assert.Equal("moscow", russia.CapitalId);
        Assert.Equal(EntityCategory.Place, Kb.Get("moscow")!.Category);
        Assert.Equal(EntityCategory.Organization, Kb.Get("spd")!.Category);
    }

    [Fact]
    public void Person_priors_are_read()
    {
        var scholz = Kb.Get("olaf-scholz")!;
        Assert.Equal("Scholz", scholz.FamilyName);
        Assert.Contains(new KbHeldRole("head-of-government", "germany"), scholz.HeldRoles);
    }

    [Theory]
    [InlineData("russischen", "russia")]
    [InlineData("Russische", "russia")]
    [InlineData("ukrainischer", "ukraine")]
    [InlineData("französisch", "france")]
    public void Adjectives_name_their_country(string word, string id) => Assert.Equal(id, Kb.LookupAdjective(word)?.Id);

    [Fact]
    public void Unrelated_words_name_nothing()
    {
        Assert.Null(Kb.LookupAdjective("rasche"));
        Assert.Null(Kb.LookupPrefix("Außen"));
        Assert.Equal("usa", Kb.LookupPrefix("US")?.Id);
    }

    [Fact]
    public void Capital_maps_to_its_country() => Assert.Equal("russia", Kb.CountryOfCapital("moscow")?.Id);

    [Fact]
    public void Given_names_are_read() => Assert.Contains("Annalena", Kb.GivenNames);

    [Fact]
    public void Shipped_role_lexicon_knows_feminine_and_compound_forms()
    {
        Assert.Equal("foreign-minister", Kb.Roles.Find("Außenministerin")?.Noun.Role);
        var compound = Kb.Roles.Find("US-Außenminister");
        Assert.Equal("US", compound?.Prefix);
        Assert.Equal("spokesperson", Kb.Roles.Find("Regierungssprecherin")?.Noun.Role);
        Assert.Equal("head-of-government", Kb.Roles.Find("Ministerpräsidenten")?.Noun.Role);
        Assert.True(Kb.Roles.Find("Amtskollegen")?.Noun.IsColleague);
        Assert.Null(Kb.Roles.Find("Minister".ToLowerInvariant()));
    }

    [Fact]
    public void Shipped_trigger_lexicon_maps_verbs_to_cameo()
    {
        Assert.Contains(Kb.Triggers.Find("drohte"), t => t.Lemma == "drohen" && t.Cameo == "13");
        Assert.Contains(Kb.Triggers.Find("bot"), t => t.Lemma == "anbieten" && t.Particle == "an");
        Assert.Contains(Kb.Triggers.Find("aufgefordert"), t => t.Cameo == "10");
        Assert.Contains(Kb.Triggers.Find("treffen"), t => t.Kind == TriggerKind.Noun);
    }
}
