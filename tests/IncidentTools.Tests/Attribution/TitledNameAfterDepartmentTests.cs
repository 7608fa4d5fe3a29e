using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Director General Harbour Operations, Maj Gen Ada Bell, said …": the capitalised words after an office's title are its
    /// department when a titled full name follows in apposition and a verb of saying closes it; the speaker is the named
    /// person, not "Harbour Operations". Narration after the apposition ("…, Maj Gen Ada Bell, reached the pier") is left as
    /// it was read before. Texts of the test's own.
    /// </summary>
    public class TitledNameAfterDepartmentTests
    {
        private static string? SpeakerOf(string text, string contentStart) =>
            QuoteRuleText.Attributions(text).First(a => a.Content.StartsWith(contentStart, StringComparison.Ordinal)).Speaker;

        [Theory]
        [InlineData("The Director General Harbour Operations, Maj Gen Ada Bell, said that the pier was safe.")]
        [InlineData("Inspector General Coast Guard, Rear Admiral Ada Bell, told reporters the pier was safe.")]
        [InlineData("Director General of Harbour Operations, Maj Gen Ada Bell, said the pier was safe.")]
        public void TheApposedTitledNameIsTheSpeaker(string text) =>
            Assert.Equal("Ada Bell", SpeakerOf(text, "the pier was safe"));

        [Fact]
        public void NarrationAfterTheApposedNameKeepsThePersonForALaterHe()
        {
            var text = "Mayor Tom Reyes opened the meeting. The Chief of the Harbour Staff, Brig Ivo Marsh, reached the pier at noon. " +
                       "He said the ferries would run again on Monday.";
            Assert.Equal("Ivo Marsh", SpeakerOf(text, "the ferries would run"));
        }
    }
}
