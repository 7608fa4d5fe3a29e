using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// PageCruft.Classify checks something each pattern cannot match without before running it.
    /// These tests hold it to the patterns alone: <see cref="ByPatternsAlone"/> runs the same
    /// regular expressions (read from PageCruft by reflection) in the same order with no checks,
    /// as Classify did before issue 10, on every line of real and generated articles and on
    /// cruft lines with case, Unicode and blank variants.
    /// </summary>
    public class PageCruftPrecheckTests
    {
        private static Regex Pattern(string name) =>
            (Regex)typeof(PageCruft).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        private static T Call<T>(string name, params object[] args) =>
            (T)typeof(PageCruft).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, args)!;

        /// <summary>Classify as it was: every pattern in turn (a date alone on a line is cruft in the header only).</summary>
        private static CruftMatch ByPatternsAlone(string line, bool inHeader)
        {
            if (line.Length == 0) return default;
            if (line.Length <= 60 && Pattern("Navigation").IsMatch(line)) return new CruftMatch(CruftKind.Navigation);
            var m = Pattern("VideoCaption").Match(line);
            if (m.Success && line.Length <= 80)
                return new CruftMatch(CruftKind.VideoCaption, line, m.Groups["outlet"].Success ? m.Groups["outlet"].Value.Trim() : null);
            m = Pattern("SourceLine").Match(line);
            if (m.Success) return new CruftMatch(CruftKind.VideoCaption, line, m.Groups["outlet"].Value.Trim());
            if (Pattern("HighlightsHeader").IsMatch(line)) return new CruftMatch(CruftKind.HighlightsHeader);
            m = Pattern("DatelineOnly").Match(line);
            if (m.Success) return new CruftMatch(CruftKind.DatelineMarker, null, m.Groups["outlet"].Value);
            m = Pattern("FromForLine").Match(line);
            if (m.Success) return new CruftMatch(CruftKind.Byline, m.Groups["name"].Value.Trim(), m.Groups["outlet"].Value.Trim());
            if (line.Length <= 120)
            {
                m = Pattern("ByLine").Match(line);
                if (m.Success && !PageCruft.EndsLikeSentence(line))
                    return new CruftMatch(CruftKind.Byline, m.Groups["name"].Value.Trim(), m.Groups["outlet"].Success ? m.Groups["outlet"].Value.Trim() : null);
            }
            m = Pattern("StampLine").Match(line);
            if (m.Success && DateStamp.Parse(m.Groups["stamp"].Value) is { } _)
            {
                bool published = line.StartsWith("p", StringComparison.OrdinalIgnoreCase) || line.StartsWith("first", StringComparison.OrdinalIgnoreCase);
                return new CruftMatch(published ? CruftKind.PublishedStamp : CruftKind.TimeStamp, m.Groups["stamp"].Value.Trim());
            }
            if (inHeader && DateStamp.IsDateAlone(line)) return new CruftMatch(CruftKind.PublishedStamp, line.Trim());
            if (inHeader && PageCruft.OutletDateStamp(line) is { } stamp) return new CruftMatch(CruftKind.PublishedStamp, stamp.Date, stamp.Outlet);
            if (Pattern("TeaserStart").IsMatch(line)) return new CruftMatch(CruftKind.TeaserStart);
            if (PageCruft.WordCount(line) <= 25 && Pattern("RelatedLink").IsMatch(line) && !line.EndsWith(".", StringComparison.Ordinal))
                return new CruftMatch(CruftKind.RelatedLink, line);
            m = Pattern("CreditLine").Match(line);
            if (m.Success && Call<bool>("LooksLikeNames", Call<string>("StripCreditPrefix", m.Groups["names"].Value)))
                return new CruftMatch(CruftKind.Credit, m.Groups["names"].Value);
            m = Pattern("AgencyCredit").Match(line);
            if (m.Success) return new CruftMatch(CruftKind.Credit, m.Groups["names"].Value);
            if (line.Length <= 200 && Pattern("PhotoCaption").IsMatch(line)) return new CruftMatch(CruftKind.PhotoCaption, line);
            if (line.Length <= 40 && Pattern("Counter").IsMatch(line)) return new CruftMatch(CruftKind.Counter);
            return default;
        }

        private static readonly string[] CruftLines =
        {
            "Skip to main content", "Advertisement", "Share this article", "02:22 - Source: CNN", "1:02:22 | Reuters", "12:30", "Source: Reuters TV",
            "Story highlights", "Highlights:", "What you need to know :", "CNN —", "(Reuters) -", "ISLAMABAD, Pakistan (CNN) -- Top officials met.",
            "From Nasir Habib, for CNN", "By Jane Doe and John Roe, CNN", "By Jane Doe", "by the way, nobody came.",
            "updated 6:39 PM EDT, Wed March 28, 2012", "Posted on March 28, 2012", "Published: 28 March 2012", "Last updated at 10:30 GMT", "First published on Monday 5 December 2011 10.12 GMT", "Modified: 2011-12-22",
            "Part of complete coverage on Pakistan", "More from CNN", "Most popular", "Don't miss", "Top stories this week",
            "CNN.com: Panetta concerned about ties", "READ MORE: Pakistan closes routes", "Related: the border", "Watch: the strike",
            "CNN's Chelsea J. Carter and journalist Wajahat S. Khan contributed to this report.", "Jane Doe contributed reporting from Islamabad.",
            "(Reporting by Kamran Haider; Editing by Jane Doe)", "Additional reporting by Jane Doe", "Writing by John Roe; editing by Jane Doe", "Editing by Jane Doe",
            "Photo: Reuters", "Image credit: AP", "(AP Photo/B.K. Bangash)", "Soldiers at the post (Getty Images/Jane Doe)", "(photo: shutterstock)", "Credit: AFP",
            "12 comments", "1.2K shares", "Views: 1,024", "3 of 12", "Image 3 of 12", "Photos",
        };

        /// <summary>Variants a pre-check could get wrong: case, look-alike letters, blanks around, a final line break.</summary>
        private static IEnumerable<string> Variants(string line)
        {
            yield return line;
            yield return line.ToUpperInvariant();
            yield return line.ToLowerInvariant();
            yield return line + " ";
            yield return " " + line;
            yield return line + "\n";
            yield return line + "\t\u00A0";
            yield return line.Replace('s', 'ſ').Replace('k', '\u212A').Replace('i', 'İ').Replace('K', '\u212A');
            yield return line.Replace(':', '：').Replace(' ', '\u00A0');
            yield return line.Replace("-", "—").Replace(")", ") ");
            if (line.Length > 3) yield return line.Substring(1);
            if (line.Length > 3) yield return line.Substring(0, line.Length - 1);
        }

        private static IEnumerable<string> ArticleLines()
        {
            var folders = new List<string> { TestPaths.Seeds, Path.Combine(TestPaths.RepoRoot, "tests", "IncidentTools.Tests", "Data") };
            var devset = Path.Combine(TestPaths.RepoRoot, "..", "shared", "devset", "news-texts");
            if (Directory.Exists(devset)) folders.Add(devset);
            foreach (var folder in folders)
                foreach (var file in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories))
                    foreach (var line in File.ReadAllLines(file))
                        yield return line.Trim();
        }

        /// <summary>Datelines of every form <see cref="PageCruft.DatelinePrefix"/> reads, and lines that only look like one.</summary>
        private static readonly string[] DatelineLines =
        {
            "WASHINGTON (Reuters) - The talks ended.", "Dec 23 (Reuters) - The talks ended.", "FLINT, Mich., Oct. 4 (UPI) — The plant closed.", "CNN -- The talks ended.", "ISLAMABAD — The talks ended.",
            "ISLAMABAD, Pakistan (CNN) : Officials met.", "Kabul (AFP) – Officials met.", "EXCLUSIVE – Jo Bell: the talks", "ISLAMABAD: The talks ended.",
            "Islamabad, Pakistan - The talks ended.", "The talks (Reuters) ended.", "Officials met on Monday in Islamabad, the capital.",
        };

        /// <summary>The lines the pre-checks are held to: cruft and dateline lines with their variants, every line of the articles at hand, generated articles' lines, random pieces.</summary>
        private static HashSet<string> LinesToCheck()
        {
            var lines = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in CruftLines.Concat(DatelineLines).SelectMany(Variants)) lines.Add(line);
            foreach (var line in ArticleLines()) lines.Add(line);
            using (var folder = new TempFolder())
            {
                IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 300);
                foreach (var file in Directory.GetFiles(folder.Path, "*.txt"))
                    foreach (var line in File.ReadAllLines(file)) lines.Add(line.Trim());
            }
            var random = new Random(7);
            var pieces = CruftLines.SelectMany(l => l.Split(' ')).Concat(new[] { " ", ":", ",", "-", "—", "(", ")", ".", "\u212A", "ſ", "\t" }).ToArray();
            for (int i = 0; i < 20000; i++)
            {
                var sb = new StringBuilder();
                int n = random.Next(1, 12);
                for (int k = 0; k < n; k++) sb.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
                lines.Add(sb.ToString());
            }
            return lines;
        }

        [Fact]
        public void PrechecksGiveWhatThePatternsAloneGive()
        {
            var lines = LinesToCheck();
            int cruft = 0;
            foreach (var line in lines)
            {
                var expected = ByPatternsAlone(line, false);
                foreach (bool inHeader in new[] { true, false })
                {
                    expected = ByPatternsAlone(line, inHeader);
                    var actual = PageCruft.Classify(line, inHeader);
                    if (expected.Kind != actual.Kind || expected.Value != actual.Value || expected.Outlet != actual.Outlet)
                        Assert.Fail($"'{line}': patterns alone give {expected.Kind} '{expected.Value}' '{expected.Outlet}', Classify gives {actual.Kind} '{actual.Value}' '{actual.Outlet}'");
                }
                if (expected.IsCruft) cruft++;
            }
            // Every kind of cruft was among the lines.
            Assert.True(lines.Count > 10000, $"{lines.Count} lines");
            foreach (CruftKind kind in Enum.GetValues(typeof(CruftKind)))
                if (kind != CruftKind.None) Assert.Contains(lines, l => ByPatternsAlone(l, true).Kind == kind);
            Assert.True(cruft > 500, $"{cruft} cruft lines");
        }

        [Fact]
        public void TheDatelineCheckGivesWhatThePatternAloneGives()
        {
            int datelines = 0;
            foreach (var line in LinesToCheck())
            {
                var expected = PageCruft.DatelinePrefix.Match(line);
                var actual = PageCruft.DatelinePrefixMatch(line);
                if (expected.Success != actual.Success || expected.Value != actual.Value ||
                    expected.Groups["place"].Value != actual.Groups["place"].Value || expected.Groups["outlet"].Value != actual.Groups["outlet"].Value)
                    Assert.Fail($"'{line}': the pattern alone gives '{expected.Value}', the check '{actual.Value}'");
                if (expected.Success) datelines++;
            }
            Assert.True(datelines > 20, $"{datelines} datelines");
            // a line without a bracket, a dash or a double hyphen is not given to the pattern
            Assert.False(PageCruft.DatelinePrefixMatch("ISLAMABAD: The talks ended.").Success);
            Assert.True(PageCruft.DatelinePrefixMatch("ISLAMABAD -- The talks ended.").Success);
        }

        [Theory]
        [InlineData("Jane Doe contributed to this report", "contributed", true)]
        [InlineData("JANE DOE CONTRIBUTED", "contributed", true)]
        [InlineData("Jane Doe CONTRİBUTED", "contributed", true)]   // a letter that is not ASCII may be one under IgnoreCase
        [InlineData("Jane Doe contribute", "contributed", false)]
        [InlineData("contributed", "contributed", true)]
        [InlineData("", "by", false)]
        public void MayContainIsAConservativeCheck(string line, string word, bool expected) =>
            Assert.Equal(expected, PageCruft.MayContain(line, word));
    }
}
