using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A person named with a bare spokesperson's title ("spokesman Ivo Lind") in the paragraph where a body of a side spoke
    /// speaks for that body's side, as an unnamed spokesman there does; and a private person who retired ("a retired
    /// schoolteacher") speaks for no side at all, not as one who left an office of a side. Texts and manifests of the tests' own.
    /// </summary>
    public class BareSpokespersonAndPrivatePersonTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northland", aliases: new[] { "Northland", "Northern", "Nordby" }, organisations: new[] { "Northern Foreign Office" }),
            new PartyDefinition("Southland", aliases: new[] { "Southland", "Southern", "Sudby" }),
            new PartyDefinition("Independent", null, null, new[] { "Jo Analyst" }, "Analysts, and the other countries.", others: true),
        };

        private const string Dateline = "SUDBY, March 4 - A Southern court sentenced a Northern trawler captain to three years on Monday.\n\n";

        [Fact]
        public void ABareSpokesmanNamedWhereASideSpokeSpeaksForThatSide()
        {
            var text = Dateline + "Northland's Foreign Office said the trial had ignored the treaty. \"We expect our neighbours to respect the treaty,\" spokesman Ivo Lind said at the weekly briefing.\n";
            var quote = Q(Quotes("Captain sentenced", text, Sides), "We expect our neighbours");
            Assert.Equal("Ivo Lind", quote.Speaker);
            Assert.Equal("Northland", quote.Party);
        }

        [Fact]
        public void ABareSpokesmanWithNoSideSpeakingInHisParagraphGetsNone()
        {
            // the near miss: no body spoke in his paragraph; the dateline's country is not taken for him either
            var text = Dateline + "Northland's Foreign Office said the trial had ignored the treaty.\n\n\"We expect our neighbours to respect the treaty,\" spokesman Ivo Lind said at the weekly briefing.\n";
            var quote = Q(Quotes("Captain sentenced", text, Sides), "We expect our neighbours");
            Assert.Equal("Ivo Lind", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void ASpokesmanOfANamedBodyKeepsThatBodysSide()
        {
            var text = Dateline + "Northland's Foreign Office said the trial had ignored the treaty. \"The verdict was fair,\" Ivo Lind, a spokesman for the Southland navy, said.\n";
            Assert.Equal("Southland", Q(Quotes("Captain sentenced", text, Sides), "The verdict was fair").Party);
        }

        [Theory]
        [InlineData("a retired schoolteacher")]
        [InlineData("a retired teacher")]
        public void ARetiredPrivatePersonSpeaksForNoSide(string role)
        {
            var text = Dateline + "Ivo Lind, " + role + " from the captain's village, waited outside the court. \"He is a fisherman, not a spy,\" he said.\n";
            var quote = Q(Quotes("Captain sentenced", text, Sides), "He is a fisherman");
            Assert.Equal("Ivo Lind", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void ARetiredOfficerStillSpeaksForNoSideAsOneWhoLeftHisOffice()
        {
            var text = Dateline + "Ivo Lind, a retired Northern admiral, watched the verdict. \"The court had no choice,\" he said.\n";
            Assert.Equal("Independent", Q(Quotes("Captain sentenced", text, Sides), "The court had no choice").Party);
        }
    }
}
