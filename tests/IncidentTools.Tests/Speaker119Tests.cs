using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Sides of speakers from their descriptions (speaker119), on text of the tests' own: one named by a part that speaks for no
    /// body of a state (speaker-nouns.txt 'counterpart', 'private', 'follower': "the host", "several farmers", "union activists")
    /// takes no side from the speaker before (MentionFacts.PartSpeaksForNoSide), where an
    /// official or a spokesman still does; and one who teaches a subject in a place ("who teaches international law in Bergen")
    /// speaks for no side, as one who teaches at a university does (MentionFacts.TeachesASubjectInAPlace); and a spokesman for a
    /// third country's ministry named by its portfolio ("a spokesman for the Finnish defence ministry") speaks for that country,
    /// the party of the others (PartyResolver.FromNationalInstitution); "Opposition member Jo Khan" is an office's title, the
    /// dateline's country's as "Opposition leader" is (titles.txt, office-countries.txt).
    /// </summary>
    public class Speaker119Tests
    {
        private const string Headline = "Ferries stay in port";

        private const string Before = "The Norwegian Foreign Ministry said the ferries would stay in port. \"We will not move first,\" the ministry said.\n\n";

        // ---- a part that speaks for no body of a state ----

        [Theory]
        [InlineData("The host asked whether the crews had \"waited three days for nothing.\"")]
        [InlineData("Several farmers said the crews had \"waited three days for nothing.\"")]
        [InlineData("Union activists said the crews had \"waited three days for nothing.\"")]
        public void APartOfNoBodyTakesNoSideFromTheSpeakerBefore(string paragraph)
        {
            var qs = Quotes(Headline, Before + paragraph, TestSides.NorthernSouthernAndIndependent);
            Assert.Equal("Northern side", Q(qs, "We will not move first").Party);
            Assert.Null(Q(qs, "waited three days").Party);
        }

        [Theory]
        // near cases: a noun of an institution, one whose modifier is such a noun, and one whose owner says whose they are
        [InlineData("A senior official said the crews had \"waited three days for nothing.\"")]
        [InlineData("The ministry's spokesman said the crews had \"waited three days for nothing.\"")]
        [InlineData("Its officers said the crews had \"waited three days for nothing.\"")]
        public void AnOfficialOrAnOwnedPersonKeepsTheSide(string paragraph)
        {
            var qs = Quotes(Headline, Before + paragraph, TestSides.NorthernSouthernAndIndependent);
            Assert.Equal("Northern side", Q(qs, "waited three days").Party);
        }

        // ---- one who teaches a subject in a place ----

        [Theory]
        [InlineData("\"No court will hear it,\" said Dr Karin Solberg, who teaches international law in Bergen.")]
        [InlineData("\"No court will hear it,\" said Karin Solberg, who now teaches maritime history in Stavanger.")]
        public void OneWhoTeachesASubjectInAPlaceSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes(Headline, "OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph, TestSides.NorthernSouthernAndIndependent);
            Assert.Equal("Karin Solberg", Q(qs, "No court will hear it").Speaker);
            Assert.Equal("Independent", Q(qs, "No court will hear it").Party);
        }

        [Theory]
        // near cases: no subject before the place, a place in lower case, and a body brought in by another preposition
        [InlineData("\"No court will hear it,\" said Karin Solberg, who teaches in Bergen.")]
        [InlineData("\"No court will hear it,\" said Karin Solberg, who teaches law in a village school.")]
        [InlineData("\"No court will hear it,\" said Karin Solberg, who teaches cadets for the navy in Bergen.")]
        public void TeachingWithNoSubjectOrNoPlaceGivesNoSide(string paragraph)
        {
            var qs = Quotes(Headline, "OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph, TestSides.NorthernSouthernAndIndependent);
            Assert.NotEqual("Independent", Q(qs, "No court will hear it").Party);
        }

        // ---- "Opposition member" as a title (titles.txt, office-countries.txt) ----

        [Theory]
        [InlineData("OSLO -- Ferries stayed in port for a third day.\n\nOpposition member Eirik Dahl said the ministry had waited too long. \"The boats rot,\" he said.", "Northern side")]
        [InlineData("OSLO -- Ferries stayed in port for a third day.\n\nOpposition Member Eirik Dahl said the ministry had waited too long. \"The boats rot,\" he said.", "Northern side")]
        // the near case: an office of no opposition bench where the story is filed from (office-countries.txt: all but the United States)
        [InlineData("WASHINGTON -- Ferries stayed in port for a third day.\n\nOpposition member Eirik Dahl said the ministry had waited too long. \"The boats rot,\" he said.", null)]
        public void AnOppositionMemberIsTheDatelinesCountrys(string body, string? party)
        {
            var qs = Quotes(Headline, body, TestSides.NorthernSouthernAndIndependent);
            Assert.Equal("Eirik Dahl", Q(qs, "The boats rot").Speaker);
            Assert.Equal(party, Q(qs, "The boats rot").Party);
        }

        // ---- a third country's ministry named by its portfolio ----

        private static PartyDefinition[] WithOthers => new[]
        {
            new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }),
            new PartyDefinition("Southern side", aliases: new[] { "Sweden", "Swedish" }),
            new PartyDefinition("Independent", null, null, new[] { "Ivo Lund" }, "Analysts, and the other countries.", true),
        };

        [Theory]
        [InlineData("A spokesman for the Finnish defence ministry, Col. Aki Virtanen, said its patrol had been there. \"We saw the boats,\" he said.")]
        [InlineData("Aki Virtanen, a spokesman for the Finnish interior ministry, said its patrol had been there. \"We saw the boats,\" he said.")]
        public void ASpokesmanForAThirdCountrysMinistrySpeaksForTheOthers(string paragraph)
        {
            var qs = Quotes(Headline, Before + paragraph, WithOthers);
            Assert.Equal("Aki Virtanen", Q(qs, "We saw the boats").Speaker);
            Assert.Equal("Independent", Q(qs, "We saw the boats").Party);
        }

        [Theory]
        // near cases: a body of the country that is no ministry, and a side's own ministry named the same way
        [InlineData("Aki Virtanen, a spokesman for the Finnish ferry union, said its boats had been there. \"We saw the boats,\" he said.", null)]
        [InlineData("Aki Virtanen, a spokesman for the Swedish defence ministry, said its patrol had been there. \"We saw the boats,\" he said.", "Southern side")]
        public void AnotherBodyOrASidesOwnMinistryIsNotTheOthers(string paragraph, string? party)
        {
            var qs = Quotes(Headline, Before + paragraph, WithOthers);
            Assert.Equal(party, Q(qs, "We saw the boats").Party);
        }

        [Theory]
        [InlineData("who teaches international relations in Bergen", true)]
        [InlineData("who has taught law near Oslo", true)]
        [InlineData("who teaches law", false)]
        [InlineData("who teaches at a university in Bergen", false)]
        [InlineData("who teaches sailing to children in Bergen", false)]
        [InlineData("who studies ferry unions in Bergen", false)]
        [InlineData("who teaches economics in Bergen and advises the ministry", false)]
        public void TheClauseIsReadAsASubjectTaughtInAPlace(string role, bool expected) =>
            Assert.Equal(expected, IncidentTools.Attribution.MentionFacts.TeachesASubjectInAPlace(role));
    }
}
