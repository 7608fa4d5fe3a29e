using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A cue verb in a sense that reports nothing: knowing, writing, seeing or feeling with a plain noun phrase as its
    /// object is no attribution; with a clause, a wh-clause, a quotation or "as" it still is one.
    /// </summary>
    public class NonReportingSenseTests
    {
        [Theory]
        [InlineData("The ferry captain knows the harbour better than anyone on the island.")]
        [InlineData("Councillor Amir Haddad has known the mayor since their school days in Tarvik.")]
        [InlineData("Mayor Lena Ortiz wrote a children's book about the old lighthouse.")]
        [InlineData("The harbour master wrote up a report on the storm damage and sent it to the council.")]
        [InlineData("The harbour master wrote up a short report—as the inspectors had asked him—and sent it on.")]
        [InlineData("The old skippers recognized the wreck at once from its red funnel.")]
        [InlineData("Few islanders knew about the cracked cable until the bridge closed.")]
        [InlineData("The ferry company is planning a new timetable for the winter.")]
        public void APlainNounPhraseObjectIsNoReport(string sentence)
        {
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Theory]
        [InlineData("The ferry captain knew the bridge was unsafe for lorries.", "knew", "the bridge was unsafe for lorries")]
        [InlineData("The ferry company plans to cut the winter timetable.", "plans", "to cut the winter timetable")]
        [InlineData("The ferry captain knows how badly the cable was damaged.", "knows", "how badly the cable was damaged")]
        [InlineData("Mayor Lena Ortiz wrote that the bridge would reopen in May.", "wrote", "the bridge would reopen in May")]
        [InlineData("Most islanders see the vote as a test of the mayor's plan.", "see", "the vote as a test of the mayor's plan")]
        [InlineData("The dock workers felt that the new rota was unfair.", "felt", "the new rota was unfair")]
        [InlineData("Councillor Amir Haddad wrote a letter urging the council to repair the pier.", "wrote", "a letter urging the council to repair the pier")]
        [InlineData("The old skippers recognized they had been wrong about the storm.", "recognized", "they had been wrong about the storm")]
        [InlineData("The ferry captain knew instantly what the loud crack meant.", "knew", "instantly what the loud crack meant")]
        [InlineData("Both crews know it too, and that is why the ferry stays in port.", "know", "it too")] // prec14: the clause after ", and" is the writer's, not what they know
        [InlineData("The dock workers understood this because they had seen the cable snap.", "understood", "this because they had seen the cable snap")]
        [InlineData("Councillor Amir Haddad wrote a letter to the council urging a full inquiry.", "wrote", "a letter to the council urging a full inquiry")]
        [InlineData("A pupil wrote the island paper, The Tarvik Courier, that the ferry was always late.", "wrote", "the island paper, The Tarvik Courier, that the ferry was always late")]
        public void AClauseOrComplementStillReports(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void AQuotationAfterTheObjectIsReported()
        {
            // "wrote of the mayor: “…”": what the words say of the object is the report
            var f = Assert.Single(Run("A reader wrote of the mayor: “She has never once taken the ferry.”", new CueThenContent()));
            Assert.Equal("wrote", f.Cue);
        }

        [Theory]
        [InlineData("The harbour board will see if the new ferry can carry lorries.")]
        [InlineData("We are waiting to see whether the old cable holds through the winter.")]
        public void SeeingIfOrWhetherFindsOutAndReportsNothing(string sentence) =>
            // tagged inquiry: "see if …" checks; it holds no view
            Assert.DoesNotContain(Run(sentence, new CueThenContent()), f => f.Cue == "see");

        [Fact]
        public void SeeingAsStillReports()
        {
            // near miss: "sees … as …" is the board's view
            var f = Assert.Single(Run("The harbour board sees the new ferry as a lifeline for the islands.", new CueThenContent()));
            Assert.Equal("The harbour board", f.Source);
            Assert.Equal("sees", f.Cue);
            Assert.Equal("the new ferry as a lifeline for the islands", f.Content);
        }

        [Fact]
        public void SeeingAndFeelingStayCues()
        {
            // "sees an opening", "felt betrayed": a view or a feeling of the subject is still an attribution
            Assert.Equal("see", Assert.Single(Run("Rival candidates see an opening in the harbour ward.", new CueThenContent())).Cue);
            Assert.Equal("felt", Assert.Single(Run("Many islanders felt betrayed by the council's silence.", new CueThenContent())).Cue);
        }
    }
}
