using System.Linq;
using IncidentTools.Accounts;
using IncidentTools.Commands;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// -Party completion and look-up on a folder without a manifest: completion offers the countries the articles name
    /// (from which the country table gives speakers their side), and every cmdlet takes a party by any form of the table.
    /// </summary>
    [Collection("CompletionCache")]
    public class PartyCompletionTests
    {
        [Fact]
        public void ATextNamesCountriesByFormCapitalSeatOfGovernmentAndPoliticalParty()
        {
            var named = CountryTable.NamedIn(
                "A Norwegian ferry hit a pier. Officials in Islamabad said the Pentagon's answer came late; a PML-N leader agreed. Norway's minister spoke.")
                .Select(c => c.Name).ToArray();
            Assert.Equal(new[] { "Norway", "Pakistan", "United States" }, named);
        }

        [Fact]
        public void AFormOfSeveralWordsIsReadWhole()
        {
            Assert.Equal(new[] { "United States" }, CountryTable.NamedIn("The United States of America said so.").Select(c => c.Name).ToArray());
            Assert.Empty(CountryTable.NamedIn("the united front said nothing of note"));
        }

        [Fact]
        public void WithoutAManifestPartyCompletionOffersTheCountriesTheArticlesName()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Ferry collision\n\n“We never heard a warning,” said Lars Ek, a Swedish coast guard spokesman.\n");
            folder.Write("b.txt", "Ferry inquiry\n\nOSLO -- Norwegian officials said the ferry kept to its lane.\n");
            var paths = new[] { folder.Path };

            Assert.Equal(new[] { "Norway", "Sweden" }, CompletionCache.Values(CandidateKind.Party, paths));

            // A manifest with no parties (documents only) changes nothing; one with parties offers its own.
            folder.Write("corpus.yaml", "documents:\n  - file: a.txt\n    outlet: Coast Daily\n");
            Assert.Equal(new[] { "Norway", "Sweden" }, CompletionCache.Values(CandidateKind.Party, paths));
            folder.Write("corpus.yaml", "parties:\n  - name: Ferry line\n    people: [Lars Ek]\n");
            Assert.Equal(new[] { "Ferry line" }, CompletionCache.Values(CandidateKind.Party, paths));
        }

        [Fact]
        public void AnOutletOrAPartyIsOfferedWithoutFindingTheSpeakers()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Bridge closed\n\n“We will reopen it soon,” said Tom Reed, the Canadian mayor.\n");
            var paths = new[] { folder.Path };
            var before = CompletionCache.SpeakersFound;
            Assert.Equal(new[] { "Canada" }, CompletionCache.Values(CandidateKind.Party, paths));
            Assert.Empty(CompletionCache.Values(CandidateKind.Outlet, paths));
            Assert.Equal(before, CompletionCache.SpeakersFound);
            Assert.Equal(new[] { "Tom Reed" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(before + 1, CompletionCache.SpeakersFound);
        }

        [Fact]
        public void APartyOfTheCountryTableAnswersToTheTablesFormsAsACompareSideDoes()
        {
            var aliases = PartyNames.Aliases("Pakistan", new PartyDefinition[0]).ToArray();
            Assert.Contains("Pakistani", aliases);
            Assert.Contains("Islamabad", aliases);
            Assert.Equal("Pakistan", aliases[0]);
            // the same names as the side Compare-IncidentAccount finds for the country
            Assert.Equal(aliases, PartyNames.OfCountry(CountryTable.ByName("Pakistan")!).ToArray());

            // a manifest party answers to its own aliases only
            var manifest = new[] { new PartyDefinition("Pakistan", aliases: new[] { "Islamabad" }) };
            Assert.Equal(new[] { "Islamabad" }, PartyNames.Aliases("pakistan", manifest).ToArray());
            // a country no manifest party names still answers to the table's forms
            Assert.Contains("Chinese", PartyNames.Aliases("China", manifest));
            Assert.Empty(PartyNames.Aliases("Independent", manifest));
        }
    }
}
