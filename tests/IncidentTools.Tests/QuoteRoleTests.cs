using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// What a quote's Role shows, and the third round of attribution patterns, each on a short story
    /// written for the test (a fictional ferry strike on an island), checked through the public API.
    /// </summary>
    public class QuoteRoleTests
    {
        private static IReadOnlyList<IncidentQuote> Quotes(string body, IEnumerable<PartyDefinition>? parties = null, string headline = "The ferry strike enters a second week") =>
            QuoteTestText.Quotes(headline, body, parties);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Fact]
        public void AnAgeIsNotARole()
        {
            var qs = Quotes("“We sail when it is safe,” said Morag Lindqvist, 44, a deckhand on the night crossing.\n\n" +
                            "“Nobody asked us,” said Callum Rae, 37. “Not once.”\n\n" +
                            "Ewan Birt, 61, who has skippered the ferry since 1990, said: “I have never seen it this bad.”");
            Assert.Equal("deckhand on the night crossing", Q(qs, "We sail").Role);
            Assert.Null(Q(qs, "Nobody asked").Role);
            Assert.Equal("Callum Rae", Q(qs, "Not once").Speaker);
            Assert.Null(Q(qs, "I have never").Role);
        }

        [Fact]
        public void AnAgeBeforeAHomeTownAndItsStateIsNotARole()
        {
            // "Name, 33, of Town, State, said": the age and the home town are where the person lives and how old, no office
            var qs = Quotes("Tomas Varga, 33, of Brenton, Kansas, who drives a delivery van, said he had waited two days. “Nobody tells us anything,” Varga said.\n\n" +
                            "Ines Rook, 75, a retiree in Marlow, Ohio, said she had given up. “The bus never came,” she said.\n\n" +
                            "Pia Holm, 81 and retired in Dover, Delaware, said the pier was closed. “I walked home,” Holm said.\n\n" +
                            "82-year-old Jonas Ek, the founder of the ferry trust, spoke last. “We will sail again,” Ek said.");
            Assert.Equal("Tomas Varga", Q(qs, "Nobody tells").Speaker);
            Assert.Null(Q(qs, "Nobody tells").Role);
            Assert.Equal("retiree in Marlow", Q(qs, "The bus never").Role);
            Assert.Equal("retired in Dover", Q(qs, "I walked home").Role);
            Assert.Equal("founder of the ferry trust", Q(qs, "We will sail").Role);
        }

        [Fact]
        public void AClauseBesideTheNameIsNotARole()
        {
            // "believe it or not", "for all the good it did her": a subject pronoun makes the words a clause, no role; the
            // role before its comma stays ("harbour master"), and a role with no pronoun is untouched
            var qs = Quotes("Ira Moss, believe it or not, told the board: “I would sail tomorrow.”\n\n" +
                            "“We never gave up,” said Tove Marsh, harbour master, for all the good it did her.\n\n" +
                            "“The pier is safe,” said Jo Bell, the harbour engineer.");
            Assert.Equal("Ira Moss", Q(qs, "I would sail").Speaker);
            Assert.Null(Q(qs, "I would sail").Role);
            Assert.Equal("harbour master", Q(qs, "We never gave").Role);
            Assert.Equal("harbour engineer", Q(qs, "The pier is safe").Role);
        }

        [Fact]
        public void TheSubjectOfTheClauseAfterAccordingToIsNotARole()
        {
            // "According to X, a phrase … came under …": the phrase after the comma is the clause's subject, its finite verb follows;
            // no apposition of X (an apposition closed by its comma before the clause stays the role)
            var qs = Quotes("Ewan Birt spoke to strikers at the pier on Monday.\n\n" +
                            "According to Birt, a relief crew heading toward the northern pier came under “heavy and sustained” abuse from strikers.\n\n" +
                            "According to Ada Lund, the ferry company’s lawyer, the strikers had “no legal right” to block the pier.");
            Assert.Equal("Ewan Birt", Q(qs, "heavy and sustained").Speaker);
            Assert.Null(Q(qs, "heavy and sustained").Role);
            Assert.Equal("ferry company’s lawyer", Q(qs, "no legal right").Role);
        }

        [Fact]
        public void AParticipleWithItsObjectIsWhatThePersonDidNotARole()
        {
            var qs = Quotes("“I was worried about the crossing,” said Morag Lindqvist, holding her young son. “Now I am worried about the winter.”\n\n" +
                            "“We will not sail,” said Ewan Birt, wiping the rain from his face.\n\n" +
                            "“The pier stays open,” said Callum Rae, acting director of the harbour trust.\n\n" +
                            "“It is over,” said Ada Lund, ranking member of the ferry committee.");
            Assert.Null(Q(qs, "I was worried").Role);
            Assert.Equal("Morag Lindqvist", Q(qs, "I was worried").Speaker);
            Assert.Equal("Morag Lindqvist", Q(qs, "Now I am").Speaker);
            Assert.Null(Q(qs, "We will not").Role);
            // an -ing word before a noun is the role's modifier
            Assert.Equal("acting director of the harbour trust", Q(qs, "The pier").Role);
            Assert.Equal("ranking member of the ferry committee", Q(qs, "It is over").Role);
        }

        [Fact]
        public void AnAgeGivesWayToTheRoleWrittenLater()
        {
            var qs = Quotes("Callum Rae, 37, has worked the crossing for a decade.\n\n" +
                            "“The timetable is a fantasy,” said Rae, the union’s island convener.");
            Assert.Equal("union’s island convener", Q(qs, "The timetable").Role);
        }

        [Fact]
        public void AnAgeWordLeavesTheRestOfTheRole()
        {
            var qs = Quotes("“He loves that boat,” said Ailsa Birt, his 29-year-old daughter.");
            Assert.Equal("his daughter", Q(qs, "He loves").Role);
        }

        [Fact]
        public void AnEmployersPossessiveIsTheRoleWithoutTheS()
        {
            var qs = Quotes("Harbourline's Tove Marsh said the company would not negotiate. “The offer stands,” Marsh said.");
            var q = Q(qs, "The offer stands");
            Assert.Equal("Tove Marsh", q.Speaker);
            Assert.Equal("Harbourline", q.Role);
        }

        [Fact]
        public void APersonsPossessiveIsNotARole()
        {
            var qs = Quotes("Ewan Birt runs the ferry company.\n\n" +
                            "Birt's Tove Marsh said the offer was final. “The offer stands,” Marsh said.");
            Assert.Null(Q(qs, "The offer stands").Role);
        }

        [Fact]
        public void AFormOfAddressAloneIsNotARole()
        {
            var qs = Quotes("“We will not be bullied,” Mrs Lindqvist said.\n\n" +
                            "“It is a matter for the council,” Sir Ewan Birt said.\n\n" +
                            "“We pray for calm,” said Father Tomas Reyes, the island’s parish priest.");
            Assert.Null(Q(qs, "We will not").Role);
            Assert.Null(Q(qs, "It is a matter").Role);
            Assert.Equal("island’s parish priest", Q(qs, "We pray").Role);
        }

        [Fact]
        public void ARoleNeverEndsOnADanglingPreposition()
        {
            var qs = Quotes("“It was always about the sea,” said Ines Varga, a historian and author of “Ferries of the North” (Norsk, 2012).");
            Assert.Equal("historian and author", Q(qs, "It was always").Role);
        }

        [Fact]
        public void ARelativeClauseIsNotARoleAndAPicturePositionIsNeither()
        {
            var qs = Quotes("Ines Varga (left) and Tove Marsh met on Friday.\n\n" +
                            "“We are close,” said Varga.\n\n" +
                            "“The sea was rough,” said Callum Rae, who was on the bridge that night.");
            Assert.Null(Q(qs, "We are close").Role);
            Assert.Null(Q(qs, "The sea was rough").Role);
        }

        [Fact]
        public void ALongRoleIsCutAtAPhraseBoundary()
        {
            var qs = Quotes("“Demand has fallen for three winters,” said Jonas Ek, a senior transport economist with the Institute for Island Studies at the University of the Highlands in Inverness.");
            Assert.Equal("senior transport economist with the Institute for Island Studies", Q(qs, "Demand has fallen").Role);
        }

        [Fact]
        public void AnAffiliationAfterOfReadsAsTheAffiliation()
        {
            var qs = Quotes("“Crews are exhausted,” Jonas Ek of the Island Transport Trust said.");
            Assert.Equal("Island Transport Trust", Q(qs, "Crews are exhausted").Role);
        }

        [Fact]
        public void APluralRoleBeforeTwoNamesIsSingularForEach()
        {
            var qs = Quotes("Economists Jonas Ek and Ines Varga studied the route. “It loses money every winter,” Ek said.");
            Assert.Equal("economist", Q(qs, "It loses money").Role);
        }

        [Fact]
        public void AQuoteRelayedInsideReportedSpeechIsTheInnerSubjects()
        {
            var qs = Quotes("Ines Varga, who was on the quay, said that the skipper turned the ferry around, shouted “all ashore!” and cut the engines.\n\n" +
                            "Callum Rae added that Varga ran to the ticket office and yelled “call the coastguard!”");
            var q = Q(qs, "all ashore");
            Assert.Equal("skipper", q.Speaker);
            Assert.Equal("shouted", q.Cue);
            Assert.Equal("Ines Varga", Q(qs, "call the coastguard").Speaker);
        }

        [Fact]
        public void ReportedSpeechWithoutAnInnerSpeechVerbStaysWithTheReporter()
        {
            var qs = Quotes("Callum Rae said that the crews, tired after a week of night crossings, were “at breaking point”.");
            Assert.Equal("Callum Rae", Q(qs, "at breaking point").Speaker);
        }

        [Fact]
        public void InvertedColonIntroductions()
        {
            var qs = Quotes("Ines Varga studied forty winters of timetables. Concluded the historian: “No crossing has ever been this late.”\n\n" +
                            "Said Callum Rae, the union convener: “We will sail when the crews are paid.”\n\n" +
                            "Wrote the island council in its annual report:\n\n" +
                            "“The service is under review.”");
            Assert.Equal("Ines Varga", Q(qs, "No crossing").Speaker);
            Assert.Equal("Concluded", Q(qs, "No crossing").Cue);
            Assert.Equal("Callum Rae", Q(qs, "We will sail").Speaker);
            Assert.Equal("union convener", Q(qs, "We will sail").Role);
            Assert.Equal("island council", Q(qs, "The service is").Speaker);
        }

        [Fact]
        public void AnEpithetIsTheOnePersonItCanStandFor()
        {
            var qs = Quotes("Ines Varga has written three books about the ferries. She grew up on the island.\n\n" +
                            "“No crossing has ever been this late,” the historian said.");
            var q = Q(qs, "No crossing");
            Assert.Equal("Ines Varga", q.Speaker);
            Assert.Equal("the historian", q.SpeakerMention);
        }

        [Fact]
        public void AnEpithetWithTwoCandidatesStaysADescription()
        {
            var qs = Quotes("Ines Varga and Jonas Ek have written about the ferries. Varga grew up on the island; Ek said he never has.\n\n" +
                            "“No crossing has ever been this late,” the historian said.\n\n" +
                            "Callum Rae said the union would meet. “We vote on Friday,” the actress said.");
            Assert.Equal("historian", Q(qs, "No crossing").Speaker);
            // a gendered epithet never stands for a man
            Assert.Equal("actress", Q(qs, "We vote").Speaker);
        }

        [Fact]
        public void AnEpithetThatIntroducesSomeoneIsSomeoneNew()
        {
            var qs = Quotes("Ines Varga has written three books about the ferries.\n\n" +
                            "“I sell the tickets,” says the clerk, a cousin of the skipper. “Nobody buys them.”\n\n" +
                            "“It is cold,” the man said.");
            Assert.Equal("clerk", Q(qs, "I sell").Speaker);
            Assert.Equal("man", Q(qs, "It is cold").Speaker);
        }

        [Fact]
        public void AnImperativeIsNotAnInvertedIntroduction()
        {
            var qs = Quotes("Say what you will about the timetable: “on time” is not a phrase the islanders use.");
            Assert.Null(Q(qs, "on time").Speaker);
        }

        [Fact]
        public void TheyIsTheGroupNamedBeforeInTheParagraph()
        {
            var qs = Quotes("Two deckhands were on the bridge when the ferry hit the pier. They said: “The radar was off.”\n\n" +
                            "Island residents gathered at the harbour on Sunday. They told reporters:\n\n" +
                            "“We have no other way to the mainland.”");
            Assert.Equal("deckhands", Q(qs, "The radar").Speaker);
            Assert.Equal("residents", Q(qs, "We have no other").Speaker!.Split(' ').Last());
        }

        [Fact]
        public void AccordingToAnOrganisationsDocumentIsTheOrganisation()
        {
            var qs = Quotes("Traffic will “never recover to 2019 levels”, according to a Brightwater Analytics forecast.\n\n" +
                            "Fares are “among the highest in Europe”, according to a Tideway Institute’s survey published in May.");
            Assert.Equal("Brightwater Analytics", Q(qs, "never recover").Speaker);
            Assert.Equal("Tideway Institute", Q(qs, "among the highest").Speaker);
        }
    }
}
