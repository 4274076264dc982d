using GraphBuilder.Extraction.Tests.Fixtures;

namespace GraphBuilder.Extraction.Tests.Events;

/// <summary>Nouns that name their own actor ("der russische Angriff") and the wider trigger lexicon.</summary>
public class NominalEventTests
{
    private static List<(string Actor, string Cameo, string? Target)> E(string text) => TestKb.Events(text);

    [Fact]
    public void Troop_build_up_takes_its_actor_from_the_forces_and_its_target_from_the_border()
    {
        var e = E("Frankreich und Deutschland verurteilten den Aufmarsch von 50.000 russischen Soldaten an der Grenze zur Ukraine.");
        Assert.Contains(("russia", "15", "ukraine"), e);
        Assert.DoesNotContain(e, x => x.Cameo == "15" && x.Actor != "russia");
        Assert.Contains(("france", "11", null), e.Where(x => x.Cameo == "11").Select(x => (x.Actor, x.Cameo, (string?)null)));
    }

    [Theory]
    [InlineData("Der russische Angriff auf die Ukraine dauert an.")]
    [InlineData("Russlands Angriff auf die Ukraine dauert an.")]
    [InlineData("Der Einmarsch Russlands in die Ukraine dauert an.")]
    public void Attack_nouns_name_their_actor(string text) => Assert.Contains(("russia", "19", "ukraine"), E(text));

    [Fact]
    public void A_critic_is_not_the_attacker()
    {
        var e = E("Olaf Scholz verurteilte den Angriff auf die Ukraine.");
        Assert.DoesNotContain(e, x => x.Cameo == "19");
        Assert.Contains(e, x => x.Actor == "olaf-scholz" && x.Cameo == "11");
    }

    [Theory]
    [InlineData("Frankreich befürchtet, dass es zu einem russischen Einmarsch in die Ukraine kommen könnte.")]
    [InlineData("Es müsse sich nicht unbedingt um einen russischen Einmarsch in die Ukraine handeln.")]
    public void Feared_or_denied_acts_are_no_events(string text) => Assert.DoesNotContain(E(text), x => x.Cameo == "19");

    [Theory]
    [InlineData("China warnte die USA vor weiteren Waffenlieferungen an die Ukraine.", "07")]
    [InlineData("Frankreich forderte Waffenlieferungen an die Ukraine.", "07")]
    [InlineData("Olaf Scholz rief zu Gesprächen mit Russland auf.", "04")]
    public void A_noun_that_is_warned_of_or_demanded_is_no_act_of_the_subject(string text, string cameo) =>
        Assert.DoesNotContain(E(text), x => x.Cameo == cameo);

    [Fact]
    public void A_noun_that_sets_the_scene_still_counts()
    {
        var e = E("Olaf Scholz kritisierte Russland bei einem Treffen mit Frankreich.");
        Assert.Contains(e, x => x.Actor == "olaf-scholz" && x.Cameo == "11");
        Assert.Contains(e, x => x.Actor == "olaf-scholz" && x.Cameo == "04" && x.Target == "france");
    }

    [Fact]
    public void Subject_of_a_light_verb_is_the_actor_of_the_noun()
    {
        Assert.Contains(("eu", "16", "russia"), E("Die EU beschloss neue Sanktionen gegen Russland."));
        Assert.Contains(("eu", "16", "russia"), E("Die EU-Sanktionen gegen Russland treten in Kraft."));
    }

    [Theory]
    [InlineData("Olaf Scholz mahnte Russland zur Zurückhaltung.", "olaf-scholz", "02", "russia")]
    [InlineData("Die Ukraine verweigerte Russland jede Zusage.", "ukraine", "12", "russia")]
    [InlineData("Frankreich unterzeichnete ein Abkommen mit der Ukraine.", "france", "05", "ukraine")]
    [InlineData("Deutschland hob die Sanktionen gegen Frankreich auf.", "germany", "08", "france")]
    [InlineData("Olaf Scholz führte ein Telefonat mit Annalena Baerbock.", "olaf-scholz", "04", "annalena-baerbock")]
    public void Further_triggers(string text, string actor, string cameo, string target) =>
        Assert.Contains((actor, cameo, (string?)target), E(text));

    [Fact]
    public void A_separable_particle_belongs_to_the_second_of_two_coordinated_verbs()
    {
        var e = E("Annalena Baerbock kritisierte den russischen Angriff scharf und forderte Moskau zum Rückzug auf.");
        Assert.Contains(("annalena-baerbock", "11", "russia"), e);
        Assert.Contains(("annalena-baerbock", "10", "russia"), e);
    }
}
