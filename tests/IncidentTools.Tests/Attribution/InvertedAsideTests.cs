using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The talks collapsed, said a union official.": after a comma, an inverting verb with a description of a speaker
    /// (or a name with its apposition and a relative clause) after it has its source there; the words before the comma
    /// are what is reported, never its source.
    /// </summary>
    public class InvertedAsideTests
    {
        [Fact]
        public void ADescriptionOfASpeakerAfterTheVerbIsTheSource()
        {
            var found = ReportedSpeechText.Run("Most voters want a change, said a longtime party member.\n\n" +
                                               "The talks collapsed after that, said one union official in the hall.");
            Assert.DoesNotContain(found, f => f.Source == "a change" || f.Source == "The talks collapsed after that");
            var member = Assert.Single(found, f => f.Source == "a longtime party member");
            Assert.Equal("said", member.Cue);
            Assert.Equal("Most voters want a change", member.Content);
            Assert.Equal("The talks collapsed after that", Assert.Single(found, f => f.Source == "one union official").Content);
        }

        [Fact]
        public void ANameWithAnAppositionAndARelativeClauseIsTheSource()
        {
            var found = ReportedSpeechText.Run("The firm keeps the same prices in every region, said Nora Blake, the director of a research group, which follows retail data.\n\n" +
                                               "Those savings are too small, said Peter Lund, a senior analyst at a bank, who notes that the firm has vowed to cut costs.");
            var blake = Assert.Single(found, f => f.Source == "Nora Blake");
            Assert.Equal("The firm keeps the same prices in every region", blake.Content);
            Assert.Equal("Those savings are too small", Assert.Single(found, f => f.Source == "Peter Lund").Content);
            Assert.DoesNotContain(found, f => f.Content.Contains("follows retail data"));
        }

        [Fact]
        public void AVerbWithAnObjectAfterItsSubjectIsNoInvertedAside()
        {
            // "Jo Marsh, 45, said the report …": the subject stands before the verb, the words after it are the content
            var found = ReportedSpeechText.Run("Jo Marsh, the harbour master, said the new pier would open in May.\n\n" +
                                               "The council met on Monday, and its chairman, a retired teacher, said a decision would come soon.");
            Assert.Equal("the new pier would open in May", Assert.Single(found, f => f.Source == "Jo Marsh").Content);
            Assert.Contains(found, f => f.Content == "a decision would come soon" && f.Source != null && f.Source.Contains("chairman"));
        }
            [Fact]
        public void ANamedAsideBetweenCommasIsNoSubjectOfTheMainVerb()
        {
            var found = ReportedSpeechText.Run("Voters, Lund notes, favour the plan of the governor.");
            Assert.DoesNotContain(found, f => f.Source == "Lund notes");
            var aside = Assert.Single(found, f => f.Source == "Lund");
            Assert.Equal("notes", aside.Cue);
            Assert.Contains("favour the plan of the governor", aside.Content);
        }

        [Fact]
        public void ANameAfterALowerCaseRoleIsTheSource()
        {
            var found = ReportedSpeechText.Run("Even the smaller ports have more trade through the canal, says economist Dana Ferro in Lisbon.");
            Assert.DoesNotContain(found, f => f.Source != null && f.Source.Contains("canal"));
            Assert.Equal("Even the smaller ports have more trade through the canal", Assert.Single(found, f => f.Source != null && f.Source.Contains("Dana Ferro")).Content);
        }

        [Fact]
        public void ANounInSAfterADeterminerIsNoAside()
        {
            var found = ReportedSpeechText.Run("The panel studied the memo, the Lund notes, and the budget before it voted.");
            Assert.DoesNotContain(found, f => f.Cue == "notes");
        }
    }
}
