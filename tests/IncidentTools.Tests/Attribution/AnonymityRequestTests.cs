using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"who asked not to be named": a source's wish to stay unnamed is no claim it makes (texts of its own).</summary>
    public class AnonymityRequestTests
    {
        [Theory]
        [InlineData("A ferry pilot, who asked not to be named because he was not allowed to speak, said the cables were rusted.")]
        [InlineData("A dock worker, who did not want to be identified, said the cables were rusted.")]
        [InlineData("One engineer declined to be named for fear of losing his contract. He said the cables were rusted.")]
        [InlineData("A ferry pilot who asked that he not be named said the cables were rusted.")]
        [InlineData("A dock worker who asked that her name not be identified said the cables were rusted.")]
        public void AWishToStayUnnamedIsNoContent(string text)
        {
            var found = Run(text);
            Assert.DoesNotContain(found, f => f.Content.Contains("be named") || f.Content.Contains("be identified"));
            Assert.Contains(found, f => f.Content == "the cables were rusted");
        }

        [Fact]
        public void AnOfficeGivenByNamingIsStillWhatWasAskedFor()
        {
            // near miss: "to be named chair of …" asks for an office, not for anonymity
            var found = Run("The harbour master asked to be named chair of the review panel.");
            Assert.Contains(found, f => f.Content.StartsWith("to be named chair"));
            // nor does a that-clause of naming to an office: "that he be named chair of …"
            found = Run("The harbour master asked that he be named chair of the review panel.");
            Assert.Contains(found, f => f.Content == "he be named chair of the review panel");
        }
    }
}
