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
            Assert.Equal(typeof(DateTimeOffset?), t.GetProperty("Published")!.PropertyType);
            Assert.Equal(typeof(DateTimeOffset?), t.GetProperty("Updated")!.PropertyType);
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
    }
}
