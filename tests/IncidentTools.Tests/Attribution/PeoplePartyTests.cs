using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Issue 9, item 3: the parties of people. Honorifics and titles are taken off before a name is
    /// matched; a surname alone is the manifest's person or the person named before; a given name
    /// alone never merges two people; an office written without a country is the dateline's; a bare
    /// institution or document speaks for the side named before it. Texts written for these tests.
    /// </summary>
    public class PeoplePartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian", "Strelsau" },
                organisations: new[] { "Ruritanian army", "Council of Elders of the Realm", "Harbour Board of Strelsau" },
                people: new[] { "Ali Raza Haider", "Tomas Varga" }),
            new PartyDefinition("Borduria", aliases: new[] { "Borduria", "Bordurian" },
                organisations: new[] { "Bordurian Navy" },
                people: new[] { "Kurt Plekszy", "Jan Osterman" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body, IEnumerable<PartyDefinition>? parties = null, string headline = "Ferry talks stall at the border") =>
            QuoteTestText.Quotes(headline, body, parties);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        // ------------------------------------------------------------------ PersonName

        [Theory]
        [InlineData("Syed Ali Raza Haider", null, "Syed Ali Raza Haider", "Ali Raza Haider")]
        [InlineData("Makhdoom Syed Ali Raza Haider", null, "Makhdoom Syed Ali Raza Haider", "Ali Raza Haider")]
        [InlineData("Maj Gen Ali Raza Haider", "Maj Gen", "Ali Raza Haider", "Ali Raza Haider")]
        [InlineData("Lt Col Maulana Omar Khan", "Lt Col", "Maulana Omar Khan", "Omar Khan")]
        [InlineData("Navy Capt. Jo Bell", "Navy Capt.", "Jo Bell", "Jo Bell")]
        [InlineData("Chief of Army Staff Gen Omar Khan", "Chief of Army Staff Gen", "Omar Khan", "Omar Khan")]
        [InlineData("Sardar Khan", null, "Sardar Khan", "Sardar Khan")] // one word after the honorific: the honorific may be the given name
        [InlineData("Jo Bell Jr.", null, "Jo Bell Jr.", "Jo Bell Jr.")]
        public void TitlesGoToTheTitleAndHonorificsAreNotMatched(string written, string? title, string name, string match)
        {
            var p = PersonName.Parse(written);
            Assert.Equal(title, p.Title);
            Assert.Equal(name, p.Name);
            Assert.Equal(match, p.MatchName);
        }

        [Fact]
        public void ARankStandsForItsSpeakerNoun()
        {
            Assert.Equal("general", PersonName.Parse("Maj Gen Ali Raza Haider").TitleNoun);
            Assert.Equal("colonel", PersonName.Parse("Lt. Col. Jo Bell").TitleNoun);
            Assert.True(PersonName.IsOffice("Defence Minister"));
            Assert.True(PersonName.IsOffice("Army Brig. Gen."));
            Assert.False(PersonName.IsOffice("Mr."));
            Assert.False(PersonName.IsOffice("Dr."));
        }

        [Fact]
        public void NameKeysIgnoreHonorificsTitlesAndMiddleNames()
        {
            Assert.Equal(PartyResolver.NameKey("Ali Raza Haider"), PartyResolver.NameKey("Syed Ali Raza Haider"));
            Assert.Equal(PartyResolver.NameKey("Ali Raza Haider"), PartyResolver.NameKey("Maj Gen Syed Ali Haider"));
            Assert.NotEqual(PartyResolver.NameKey("Ali Raza Haider"), PartyResolver.NameKey("Ali Raza Naqvi"));
        }

        // ------------------------------------------------------------------ manifest people

        [Fact]
        public void AnHonorificAndATitleDoNotHideAManifestPerson()
        {
            var qs = Quotes("Maj Gen Syed Ali Raza Haider spoke at the quay on Friday. “The ferry will not sail,” he said.\n\n" +
                            "“We were never asked,” said Makhdoom Tomas Varga.", Sides);
            var first = Q(qs, "The ferry will not sail");
            Assert.Equal("Ali Raza Haider", first.Speaker);
            Assert.Equal("Ruritania", first.Party);
            Assert.Equal("Ruritania", Q(qs, "We were never asked").Party);
        }

        [Fact]
        public void ASurnameAloneIsTheManifestPersonOrThePersonNamedBefore()
        {
            var qs = Quotes("The talks went on late into the night.\n\n" +
                            "“Nothing has been agreed,” Plekszy told reporters.\n\n" +
                            "Lt Col Maulana Omar Farouk, who commands the quay guard, arrived later.\n\n" +
                            "“We hold the quay,” Farouk said.", Sides);
            var plekszy = Q(qs, "Nothing has been agreed");
            Assert.Equal("Kurt Plekszy", plekszy.Speaker);
            Assert.Equal("Borduria", plekszy.Party);
            Assert.Equal("Maulana Omar Farouk", Q(qs, "We hold the quay").Speaker);
        }

        [Fact]
        public void AGivenNameAloneNeverMergesTwoPeople()
        {
            // two people share the given name: "Omar says" is neither of them
            var qs = Quotes("Omar Farouk, a ferry captain, and Omar Lindqvist, a harbour pilot, both waited at the quay.\n\n" +
                            "“The tide is wrong for it,” Omar said.");
            var q = Q(qs, "The tide is wrong");
            Assert.NotEqual("Omar Farouk", q.Speaker);
            Assert.NotEqual("Omar Lindqvist", q.Speaker);

            // one person of that given name: the given name is that person
            var one = Quotes("Omar Farouk, a ferry captain, waited at the quay.\n\n“The tide is wrong for it,” Omar said.");
            Assert.Equal("Omar Farouk", Q(one, "The tide is wrong").Speaker);
        }

        [Fact]
        public void ATitleCaseHeadlineIsNoFullName()
        {
            // "Tom Bell Calls Sara Lind …" is no one's name: "Lind" is the Sara Lind of the body, so "she" can be her
            var qs = QuoteTestText.Quotes("Tom Bell Calls Sara Lind ‘A Disgrace’ Over Ferry Remarks",
                "Harbour master Tom Bell criticised Mayor Sara Lind on Tuesday.\n\n" +
                "Lind defended the ferry crews. “They did their job,” she said.", null);
            Assert.Equal("Sara Lind", Q(qs, "They did their job").Speaker);
        }

        [Fact]
        public void TheRankNounNamesThePersonWrittenWithTheRank()
        {
            var qs = Quotes("The inquiry, led by Navy Brig. Gen. Hector J. Lund, found the crew had been warned.\n\n" +
                            "Lund blamed the harbour pilots. “They took the easy way,” he wrote.\n\n" +
                            "“That the warnings went unheeded is my biggest concern,” the general wrote.");
            Assert.Equal("Hector J. Lund", Q(qs, "They took the easy way").Speaker);
            Assert.Equal("Hector J. Lund", Q(qs, "That the warnings").Speaker);
        }

        [Fact]
        public void ADescriptionWithANameSetOffByCommasIsThatPerson()
        {
            var qs = Quotes("Pilots searched the bay for a week.\n\n" +
                            "The harbour chief, Gen Tariq Mahmood, visited the quay. “We will not stop,” he said.\n\n" +
                            "The navy spokesman, Capt Omar Farouk, urged calm. “The divers are close,” he said.");
            var q = Q(qs, "The divers are close");
            Assert.Equal("Omar Farouk", q.Speaker);
            Assert.Contains("navy spokesman", q.Role);
        }

        // ------------------------------------------------------------------ offices and the dateline

        [Fact]
        public void AnOfficeWrittenWithoutACountryIsTheDatelinesCountry()
        {
            var qs = Quotes("OSLO, Norway -- Ferries stayed in port for a third day.\n\n" +
                            "Defence Minister Chaudhry Anwar Qadri said the closure would stand. “It is a matter of dignity,” he said.\n\n" +
                            "Swedish Foreign Minister Karin Osman said the closure would hurt both sides. “It is a setback,” she said.\n\n" +
                            "“Nobody wins,” said Dr. Helena Marsh, who studies shipping.");
            Assert.Equal("Norway", Q(qs, "It is a matter of dignity").Party);
            Assert.Equal("Sweden", Q(qs, "It is a setback").Party); // the country written wins
            Assert.Null(Q(qs, "Nobody wins").Party); // no office, no party
        }

        [Fact]
        public void AnOfficeInASentenceAboutAnotherCountryIsNotTheDatelines()
        {
            // a foreign official written without a country, in a sentence that names the country: no party
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" +
                            "In Stockholm, spokesman Navy Capt. Jo Bell said Sweden stood by the inquiry. “We stand behind it,” he said.\n\n" +
                            "Bell added that the crews had done nothing wrong. “They acted in good faith,” he said.");
            Assert.Null(Q(qs, "We stand behind it").Party);
            Assert.Null(Q(qs, "They acted in good faith").Party); // nor later, in a sentence that names no country
        }

        [Fact]
        public void TheDatelineCountryIsTheManifestPartyThatNamesIt()
        {
            var sides = new[] { new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }) };
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" +
                            "“It is a matter of dignity,” said Senator Anwar Qadri.", sides);
            Assert.Equal("Northern side", Q(qs, "It is a matter of dignity").Party);
        }

        [Fact]
        public void WithoutADatelineAnOfficeAloneGivesNoParty()
        {
            var qs = Quotes("Ferries stayed in port for a third day.\n\n" +
                            "Defence Minister Chaudhry Anwar Qadri said the closure would stand. “It is a matter of dignity,” he said.");
            Assert.Null(Q(qs, "It is a matter of dignity").Party);
        }

        [Theory]
        [InlineData("OSLO, Norway -- Ferries stayed in port.", "Norway")]
        [InlineData("OSLO: Ferries stayed in port.", "Norway")]
        [InlineData("WASHINGTON -- Ferries stayed in port.", "United States")]
        [InlineData("BERGEN, Norway, Dec. 2 - Ferries stayed in port.", "Norway")]
        [InlineData("BERGEN -- Ferries stayed in port.", null)] // a city the table does not know
        [InlineData("Ferries stayed in port, OFFICIALS said.", null)]
        public void TheDatelineNamesTheCountry(string first, string? country)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Ferries stay in port\n\n" + first + "\n\nThe harbour was quiet.\n");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            Assert.Equal(country, DatelineCountry.Of(IncidentTools.Text.AnalysedDocument.Of(doc))?.Name);
        }

        // ------------------------------------------------------------------ institutions and documents

        [Fact]
        public void ABareInstitutionOrDocumentSpeaksForTheSideNamedBefore()
        {
            var qs = Quotes("Borduria's navy said on Monday that its patrol boats had not crossed the line.\n\n" +
                            "In a long response posted on its website, the military said it rejected “several findings” of the inquiry.\n\n" +
                            "The document said the crossing was never agreed.\n\n" +
                            "“Blaming our crews is unjustified,” the response said.", Sides);
            Assert.Equal("Borduria", Q(qs, "several findings").Party);
            Assert.Equal("Borduria", Q(qs, "Blaming our crews").Party);
        }

        [Fact]
        public void AnInstitutionOwnedByASideSpeaksForIt()
        {
            var qs = Quotes("Boats waited at the quay all week.\n\n“The patrol stayed home,” Norway's army said.");
            Assert.Equal("Norway", Q(qs, "The patrol stayed").Party);
        }

        [Fact]
        public void ABareInstitutionWithNothingNamedBeforeHasNoParty()
        {
            var qs = Quotes("Boats waited at the quay all week.\n\n“The crossing is closed,” the military said.", Sides);
            Assert.Null(Q(qs, "The crossing is closed").Party);
        }

        [Fact]
        public void AShortNameOfAManifestOrganisationIsThatOrganisation()
        {
            var qs = Quotes("The Council of Elders met in the evening.\n\n“The closure stands,” the Council of Elders said in a statement.", Sides);
            Assert.Equal("Ruritania", Q(qs, "The closure stands").Party);
        }
    }
}
