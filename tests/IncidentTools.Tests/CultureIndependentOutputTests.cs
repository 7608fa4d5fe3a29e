using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// What the engine gives must not hang on the culture it runs under, nor so on the runtime (Windows PowerShell 5.1 runs the
    /// module on the .NET Framework, whose culture comparisons and unstable sorts are not .NET's): a corpus read under a Turkish
    /// or a Swedish culture gives, to the last property, what it gives under the invariant culture, with its documents in the
    /// ordinal order of their file names. The names are chosen so that a comparison by culture orders them otherwise ("Beta"
    /// before "alpha" only by ordinal, "ärende" after "zulu" only in Swedish, the dotted and dotless i of Turkish). The seed
    /// articles with the shipped manifest, and short articles of the tests' own.
    /// </summary>
    public class CultureIndependentOutputTests
    {
        private static readonly (string Name, string Text)[] Articles =
        {
            ("alpha.txt", "Border posts shelled overnight\n\nISLAMABAD - A Pakistani military spokesman said the attack on the two posts was deliberate.\n\n\"Our men were asleep when the helicopters came,\" the spokesman said.\n"),
            ("Beta.txt", "Pentagon defends its review\n\nWASHINGTON - A U.S. defence official said the strike had been an accident caused by poor coordination.\n\n\"Nobody set out to harm the soldiers at those posts,\" the official said.\n"),
            ("ärende.txt", "Envoy summoned over strike\n\nThe Pakistani foreign ministry said on Sunday that NATO had fired first and without warning.\n"),
            ("zulu.txt", "Inquiry findings rejected\n\nPakistani officers said the American findings were not supported by the facts. \"The report is one-sided,\" one of them said.\n"),
            ("Istanbul.txt", "Allies meet after the border strike\n\nTwo NATO officials said the coalition had been fired on first from the ridge.\n"),
            ("ilk.txt", "Families bury the soldiers\n\n\"We want the truth about that night,\" said Imran Khalid, whose brother served at one of the posts.\n"),
            ("Ölfarbe.txt", "Talks on supply routes stall\n\nA senior U.S. official said the investigation had been thorough and fair.\n"),
        };

        private static readonly string[] Cultures = { "tr-TR", "sv-SE" };

        [Theory]
        [InlineData("tr-TR")]
        [InlineData("sv-SE")]
        public void ACultureChangesNothingTheEngineGives(string culture)
        {
            var invariant = Under(CultureInfo.InvariantCulture, Digest);
            var other = Under(CultureInfo.GetCultureInfo(culture), Digest);
            Assert.Equal(invariant.Documents, other.Documents);
            Assert.Equal(invariant.Quotes, other.Quotes);
            Assert.Equal(invariant.Claims, other.Claims);
            Assert.Equal(invariant.Comparisons, other.Comparisons);
            // the corpus gives something of every stage to compare
            Assert.Contains("alpha", invariant.Documents);
            Assert.NotEqual("", invariant.Quotes);
            Assert.NotEqual("", invariant.Comparisons);
        }

        [Theory]
        [InlineData("tr-TR")]
        [InlineData("sv-SE")]
        public void DocumentsAreInTheOrdinalOrderOfTheirFileNames(string culture)
        {
            var names = Under(CultureInfo.GetCultureInfo(culture), () =>
            {
                // the culture does order these names otherwise (else this test could not tell)
                var byCulture = Articles.Select(a => a.Name).OrderBy(n => n, StringComparer.CurrentCulture).ToArray();
                Assert.NotEqual(Articles.Select(a => a.Name).OrderBy(n => n, StringComparer.Ordinal), byCulture);
                using var folder = Write();
                return IncidentCorpus.Load(folder.Path).Documents.Select(d => Path.GetFileName(d.Path)).Where(n => Articles.Any(a => a.Name == n)).ToArray();
            });
            Assert.Equal(Articles.Select(a => a.Name).OrderBy(n => n, StringComparer.Ordinal), names);
        }

        [Fact]
        public void TheCulturesOfTheseTestsCompareOtherwiseThanOrdinal()
        {
            foreach (var culture in Cultures)
                Under(CultureInfo.GetCultureInfo(culture), () =>
                {
                    Assert.True(string.Compare("Beta", "alpha", StringComparison.CurrentCulture) > 0, culture);
                    return 0;
                });
        }

        private static OutputDigest Digest()
        {
            using var folder = Write();
            return OutputDigest.Of(IncidentCorpus.Load(folder.Path), folder.Path);
        }

        /// <summary>A folder of the seed articles, the articles above and the shipped manifest (a new folder for each run: nothing read is kept between them).</summary>
        private static TempFolder Write()
        {
            var folder = new TempFolder();
            TestManifest.WriteShipped(folder);
            foreach (var seed in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt"))
                File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));
            foreach (var (name, text) in Articles) folder.Write(name, text);
            return folder;
        }

        private static T Under<T>(CultureInfo culture, Func<T> run)
        {
            var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                return run();
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
                CultureInfo.CurrentUICulture = beforeUi;
            }
        }
    }
}
