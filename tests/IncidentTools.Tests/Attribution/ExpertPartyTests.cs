using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// An analyst, expert, researcher, scholar or commentator speaks for no side, whatever place or
    /// employer the role names: the manifest's party of people alone ("Independent") when it has one.
    /// Honorifics of Pakistani press ("Mohtarma", "Janab") do not hide a manifest person. Texts written
    /// for these tests.
    /// </summary>
    public class ExpertPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian", "Strelsau" },
                organisations: new[] { "Ruritanian army", "Harbour Board of Strelsau" },
                people: new[] { "Ilse Varga", "Tomas Haider" }),
            new PartyDefinition("Borduria", aliases: new[] { "Borduria", "Bordurian" },
                organisations: new[] { "Bordurian Navy", "Ministry of Ports" },
                people: new[] { "Kurt Plekszy" }),
            new PartyDefinition("Independent", people: new[] { "Nils Ekdahl" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body, IEnumerable<PartyDefinition>? parties = null) =>
            QuoteTestText.Quotes("Ferry talks stall at the border", body, parties ?? Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Fact]
        public void AnAnalystInACapitalOfASideIsOfNoSide()
        {
            var qs = Quotes("Mara Lenk, an independent maritime analyst in Strelsau, doubted the account. “Both navies see what they want to see,” she said.");
            Assert.Equal("Independent", Q(qs, "Both navies").Party);
        }

        [Fact]
        public void AFormerAnalystOfASideMinistryIsOfNoSide()
        {
            var qs = Quotes("“Nobody has shown the logs,” said Paul Arne, a former Bordurian Navy analyst now at a university in Oslo.");
            Assert.Equal("Independent", Q(qs, "Nobody has shown").Party);
        }

        [Fact]
        public void AResearcherIsOfNoSide()
        {
            var qs = Quotes("“The ferry rules were never clear,” said Ole Brandt, a researcher at the Institute of Harbour Studies.");
            Assert.Equal("Independent", Q(qs, "The ferry rules").Party);
        }

        [Fact]
        public void ASpecialistOfAFieldNamedByTitleIsOfNoSide()
        {
            // a specialist of a field ("maritime law specialist") is an expert, as an analyst is
            var qs = Quotes("Maritime law specialist Greta Holm said the rules were unclear. “Nobody reads the convention the same way,” she said.");
            Assert.Equal("Independent", Q(qs, "Nobody reads").Party);
        }

        [Fact]
        public void ASpecialistInAnAppositionIsOfNoSide()
        {
            var qs = Quotes("“The logs settle nothing,” said Ivo Marek, a maritime safety specialist in Oslo.");
            Assert.Equal("Independent", Q(qs, "The logs settle").Party);
        }

        [Fact]
        public void TheArmysRankSpecialistIsNoExpert()
        {
            // near miss: "Specialist" written as a rank before a name is a soldier's grade, no expert's noun
            var qs = Quotes("Army Specialist Ivo Marek said the patrol was fired on. “We heard them twice,” he said.");
            Assert.NotEqual("Independent", Q(qs, "We heard them").Party);
        }

        [Fact]
        public void AnOfficialOfASideIsStillOfThatSide()
        {
            // near miss: no noun of an expert in the role; the side's ministry gives the party
            var qs = Quotes("“The ferry will not sail,” said Paul Arne, a senior official at the Ministry of Ports.");
            Assert.Equal("Borduria", Q(qs, "The ferry will not sail").Party);
        }

        [Fact]
        public void WithoutAPartyOfNoSideAnAnalystKeepsThePlacesSide()
        {
            // near miss: a manifest whose parties are all sides has no party to give an analyst; the side of the
            // place the role names stays as before
            var sides = new[] { Sides[0], Sides[1] };
            var qs = Quotes("Mara Lenk, an independent maritime analyst in Strelsau, doubted the account. “Both navies see what they want to see,” she said.", sides);
            Assert.Equal("Ruritania", Q(qs, "Both navies").Party);
        }

        [Fact]
        public void TwoPartiesOfPeopleAloneGiveAnAnalystNone()
        {
            // near miss: which of two parties of people alone an analyst belongs to is not written
            var parties = new[] { Sides[0], Sides[1], Sides[2], new PartyDefinition("Clergy", people: new[] { "Anna Holm" }) };
            var qs = Quotes("“The ferry rules were never clear,” said Ole Brandt, a researcher at the Institute of Harbour Studies.", parties);
            Assert.Null(Q(qs, "The ferry rules").Party);
        }

        [Theory]
        [InlineData("Mohtarma Ilse Varga", "Ilse Varga")]
        [InlineData("Janab Tomas Haider", "Tomas Haider")]
        public void PakistaniPressHonorificsDoNotHideAManifestPerson(string written, string person)
        {
            var qs = Quotes($"Foreign Minister {written}, in a call with the Bordurian envoy, protested. “The harbour is ours,” {(person.StartsWith("Ilse") ? "she" : "he")} said.");
            var q = Q(qs, "The harbour is ours");
            Assert.Equal(person, q.Speaker);
            Assert.Equal("Ruritania", q.Party);
        }
        [Fact]
        public void AnotherCountrysMinistryIsNotTheSidesMinistry()
        {
            // "Ministry of Ports" is Borduria's; "the Chinese Ministry of Ports" is not (a country the manifest does not name)
            var qs = Quotes("“We are deeply concerned,” said Chinese Ministry of Ports spokeswoman Eva Dorn.\n\n“The quay stays shut,” said Ministry of Ports spokesman Lars Moen.");
            Assert.Equal("China", Q(qs, "We are deeply concerned").Party);
            // near miss: the side's own ministry, no country before it
            Assert.Equal("Borduria", Q(qs, "The quay stays shut").Party);
        }
    }
}
