using System.Globalization;
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// What Export-Csv and ConvertTo-Json see: every public property's ToString() is its value
    /// (never a type name), and lists are enumerable so JSON keeps them as arrays.
    /// </summary>
    public class OutputShapeTests
    {
        private static readonly IncidentCorpus Seeds = IncidentCorpus.Load(TestPaths.Seeds);

        [Fact]
        public void TextListJoinsWithSemicolons()
        {
            var list = new TextList(new[] { "a", "b" });
            Assert.Equal("a; b", list.ToString());
            Assert.IsAssignableFrom<IEnumerable<string>>(list);
            Assert.Equal("", TextList.Empty.ToString());
        }

        public static IEnumerable<object[]> OutputObjects()
        {
            foreach (var d in Seeds.Documents) yield return new object[] { d };
            yield return new object[] { Seeds.Documents[0].Paragraphs[0] };
        }

        [Theory]
        [MemberData(nameof(OutputObjects))]
        public void NoPropertyPrintsItsTypeName(object item)
        {
            foreach (var p in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var value = p.GetValue(item);
                if (value == null) continue;
                var text = value.ToString()!;
                Assert.NotEqual(value.GetType().ToString(), text);
                Assert.DoesNotMatch(@"^(System|IncidentTools)\.[\w.`\[\], ]+$", text);
            }
        }

        [Fact]
        public void DocumentPropertiesHaveTheDocumentedTypes()
        {
            var t = typeof(IncidentDocument);
            Assert.True(t.IsSealed && t.IsPublic);
            Assert.Equal(typeof(string), t.GetProperty("Id")!.PropertyType);
            Assert.Equal(typeof(TextList), t.GetProperty("Contributors")!.PropertyType);
            Assert.Equal(typeof(TextList), t.GetProperty("Highlights")!.PropertyType);
            // ISO 8601 text: the same in CSV and JSON in every culture and both PowerShell editions.
            Assert.Equal(typeof(string), t.GetProperty("Published")!.PropertyType);
            Assert.Equal(typeof(string), t.GetProperty("Updated")!.PropertyType);
            Assert.True(typeof(IReadOnlyList<DocumentParagraph>).IsAssignableFrom(t.GetProperty("Paragraphs")!.PropertyType));
            Assert.Equal(typeof(int), t.GetProperty("WordCount")!.PropertyType);
            // Get-only to PowerShell: no public setters.
            Assert.All(t.GetProperties(), p => Assert.True(p.SetMethod == null || !p.SetMethod.IsPublic, p.Name));
        }

        [Fact]
        public void ContributorsPrintAsACsvCell()
        {
            var doc = Seeds.Documents.Single(d => d.Id.StartsWith("000"));
            Assert.Equal("Chelsea J. Carter; Wajahat S. Khan", doc.Contributors.ToString());
        }

        [Fact]
        public void QuotePropertiesAreFlat()
        {
            var t = typeof(IncidentQuote);
            Assert.True(t.IsSealed);
            foreach (var p in t.GetProperties())
                Assert.True(p.PropertyType.IsPrimitive || p.PropertyType == typeof(string) || p.PropertyType.IsEnum || Nullable.GetUnderlyingType(p.PropertyType) != null, p.Name);
        }
    
        [Fact]
        public void DatesAreIsoTextAndADateAloneStaysADate()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Bridge closed\n\nThe city council voted on Tuesday to close the old bridge after engineers found cracks.\n");
            folder.Write("b.txt", "Bridge reopened\n\nThe city council voted on Friday to open the old bridge again after repairs to two piers.\n");
            folder.Write("corpus.yaml", "documents:\n  - file: a.txt\n    published: 2011-12-22\n    updated: 2011-12-23T10:00:00-05:00\n  - file: b.txt\n    published: 2012-03-28T18:39:00Z\n");
            var previous = CultureInfo.CurrentCulture;
            try
            {
                foreach (var culture in new[] { "en-US", "de-DE", "ar-SA" })
                {
                    CultureInfo.CurrentCulture = new CultureInfo(culture);
                    var docs = IncidentCorpus.Load(folder.Path).Documents;
                    Assert.Equal("2011-12-22", docs[0].Published);
                    Assert.Equal("2011-12-23T10:00:00-05:00", docs[0].Updated);
                    Assert.Equal("2012-03-28T18:39:00+00:00", docs[1].Published);
                    Assert.Null(docs[1].Updated);
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        /// <summary>
        /// Every enum an output object carries is based on Int64: Windows PowerShell 5.1's ConvertTo-Json
        /// writes such an enum by name (its JavaScriptSerializer cannot write 64-bit enums, so the cmdlet
        /// turns them into names first), and PowerShell 7 kept that rule; other enums come out as numbers
        /// there, and -EnumsAsStrings exists in PowerShell 7 only.
        /// </summary>
        [Fact]
        public void OutputEnumsAreBasedOnInt64SoConvertToJsonWritesTheirNames()
        {
            var outputTypes = new[] { typeof(IncidentDocument), typeof(DocumentParagraph), typeof(IncidentQuote), typeof(IncidentClaim), typeof(AccountComparison), typeof(VersionDifference), typeof(CorpusProblem) };
            var enums = outputTypes.SelectMany(t => t.GetProperties())
                .Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)
                .Where(t => t.IsEnum).Distinct().ToArray();
            Assert.NotEmpty(enums);
            foreach (var e in enums)
                Assert.True(Enum.GetUnderlyingType(e) == typeof(long), e.Name + " is not based on long");
            foreach (var e in typeof(IncidentCorpus).Assembly.GetExportedTypes().Where(t => t.IsEnum))
                Assert.True(Enum.GetUnderlyingType(e) == typeof(long), e.Name + " is not based on long");
        }
    }
}
