using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using IncidentTools.Commands;
using Xunit;
using static IncidentTools.Tests.CmdletMetadata;

namespace IncidentTools.Tests
{
    /// <summary>The cmdlets' PowerShell surface, read from the compiled assembly.</summary>
    [Collection("CompletionCache")]
    public class CmdletMetadataTests
    {
        [Theory]
        [InlineData("Get-IncidentDocument")]
        [InlineData("Get-IncidentQuote")]
        [InlineData("Get-IncidentClaim")]
        public void PathParametersFollowTheProviderConventions(string cmdlet)
        {
            var t = CmdletType(cmdlet);
            var path = Assert.Single(ParameterAttributes(t, "Path"));
            Assert.Equal("Path", Named(path, "ParameterSetName"));
            Assert.Equal(0, Named(path, "Position"));
            Assert.Equal(true, Named(path, "ValueFromPipelineByPropertyName"));
            Assert.True(HasAttribute(t, "Path", "SupportsWildcardsAttribute"));
            Assert.Equal(typeof(string[]), t.GetProperty("Path")!.PropertyType);

            var literal = Assert.Single(ParameterAttributes(t, "LiteralPath"));
            Assert.Equal("LiteralPath", Named(literal, "ParameterSetName"));
            Assert.Equal(true, Named(literal, "ValueFromPipelineByPropertyName"));
            Assert.Equal(true, Named(literal, "Mandatory"));
            Assert.Contains("PSPath", Aliases(t, "LiteralPath"));
            Assert.False(HasAttribute(t, "LiteralPath", "SupportsWildcardsAttribute"));

            var cmdletAttr = Attributes(t, "CmdletAttribute").Single();
            Assert.Equal("Path", Named(cmdletAttr, "DefaultParameterSetName"));
        }

        [Fact]
        public void GetIncidentDocumentDeclaresItsOutputAndFilters()
        {
            var t = CmdletType("Get-IncidentDocument");
            Assert.Equal(typeof(GetIncidentDocumentCommand), t);
            Assert.Equal(new[] { typeof(IncidentDocument) }, OutputTypes(t));
            foreach (var p in new[] { "Id", "Title", "Outlet" })
            {
                Assert.True(HasAttribute(t, p, "SupportsWildcardsAttribute"), p);
                Assert.Equal(typeof(string[]), t.GetProperty(p)!.PropertyType);
            }
            Assert.Equal(typeof(DocumentIdCompleter), CompleterOf(t, "Id"));
            Assert.Equal(typeof(OutletCompleter), CompleterOf(t, "Outlet"));
            Assert.Equal(typeof(DateTime?), t.GetProperty("Since")!.PropertyType);
            Assert.Equal(typeof(DateTime?), t.GetProperty("Until")!.PropertyType);
        }

        [Fact]
        public void GetIncidentQuoteTakesDocumentsFromThePipeline()
        {
            var t = CmdletType("Get-IncidentQuote");
            Assert.Equal(new[] { typeof(IncidentQuote) }, OutputTypes(t));
            var doc = Assert.Single(ParameterAttributes(t, "Document"));
            Assert.Equal(true, Named(doc, "ValueFromPipeline"));
            Assert.Equal("Document", Named(doc, "ParameterSetName"));
            Assert.Equal(typeof(IncidentDocument[]), t.GetProperty("Document")!.PropertyType);
            Assert.Equal(typeof(SpeakerCompleter), CompleterOf(t, "Speaker"));
            Assert.Equal(typeof(PartyCompleter), CompleterOf(t, "Party"));
            Assert.Equal(typeof(DocumentIdCompleter), CompleterOf(t, "Id"));
            Assert.Equal(typeof(QuoteKind[]), t.GetProperty("Kind")!.PropertyType);
            Assert.Equal("SwitchParameter", t.GetProperty("IncludeUnattributed")!.PropertyType.Name);
            Assert.True(HasAttribute(t, "Speaker", "SupportsWildcardsAttribute"));
        }

        [Fact]
        public void EveryCmdletIsSealedInTheCommandsNamespaceAndNamedByItsVerbNoun()
        {
            foreach (var t in CmdletTypes())
            {
                Assert.True(t.IsSealed, t.Name);
                Assert.Equal("IncidentTools.Commands", t.Namespace);
                Assert.Equal(CmdletName(t).Replace("-", "") + "Command", t.Name);
                Assert.NotEmpty(OutputTypes(t));
            }
        }

        [Fact]
        public void CompletersOfferWhatTheCorpusHolds()
        {
            var bound = new[] { TestPaths.Seeds };
            var ids = new DocumentIdCompleter().Complete("00", bound).Select(c => c.Value).ToArray();
            Assert.Equal(4, ids.Length);
            Assert.Equal(new[] { "001_db9e4f1535431807" }, new DocumentIdCompleter().Complete("001", bound).Select(c => c.Value));
            var parties = new PartyCompleter().Complete("Pak", bound).Select(c => c.Value).ToArray();
            Assert.Equal(new[] { "Pakistan" }, parties);
            var united = Assert.Single(new PartyCompleter().Complete("uni", bound));
            Assert.Equal("'United States'", united.CompletionText);
            Assert.Equal(new[] { "CNN", "The Christian Post" }, new OutletCompleter().Complete("", bound).Select(c => c.Value));
        }

        [Fact]
        public void CompareIncidentAccountHasAPartyModeAndAVersionMode()
        {
            var t = CmdletType("Compare-IncidentAccount");
            Assert.Equal(typeof(CompareIncidentAccountCommand), t);
            var outputs = Attributes(t, "OutputTypeAttribute").ToArray();
            Assert.Equal(2, outputs.Length);
            string[] SetsOf(Type output) => outputs
                .Where(a => ((IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Any(x => (Type)x.Value! == output))
                .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)Named(a, "ParameterSetName")!).Select(x => (string)x.Value!).OrderBy(x => x).ToArray();
            Assert.Equal(new[] { "LiteralPath", "Path" }, SetsOf(typeof(AccountComparison)));
            Assert.Equal(new[] { "Version", "VersionLiteralPath" }, SetsOf(typeof(VersionDifference)));

            var sets = (string p) => ParameterAttributes(t, p).Select(a => (string)Named(a, "ParameterSetName")!).OrderBy(s => s).ToArray();
            Assert.Equal(new[] { "LiteralPath", "Path" }, sets("ReferenceParty"));
            Assert.Equal(new[] { "LiteralPath", "Path" }, sets("Question"));
            Assert.Equal(new[] { "Version", "VersionLiteralPath" }, sets("ReferenceDocument"));
            Assert.Equal(new[] { "Path", "Version" }, sets("Path"));
            Assert.Equal(new[] { "LiteralPath", "VersionLiteralPath" }, sets("LiteralPath"));
            Assert.All(ParameterAttributes(t, "ReferenceDocument"), a => Assert.Equal(true, Named(a, "Mandatory")));
            Assert.All(ParameterAttributes(t, "ReferenceParty"), a => Assert.Equal(0, Named(a, "Position")));
            Assert.All(ParameterAttributes(t, "DifferenceParty"), a => Assert.Equal(1, Named(a, "Position")));
            Assert.All(ParameterAttributes(t, "Path"), a => Assert.Equal(true, Named(a, "ValueFromPipelineByPropertyName")));
            Assert.Contains("PSPath", Aliases(t, "LiteralPath"));
            Assert.Equal(typeof(PartyCompleter), CompleterOf(t, "ReferenceParty"));
            Assert.Equal(typeof(PartyCompleter), CompleterOf(t, "DifferenceParty"));
            Assert.Equal(typeof(QuestionCompleter), CompleterOf(t, "Question"));
            Assert.Equal(typeof(DocumentIdCompleter), CompleterOf(t, "ReferenceDocument"));
            // An id or a document: typed object, so help and syntax show no internal type; the cmdlet tells them apart.
            Assert.Equal(typeof(object), t.GetProperty("DifferenceDocument")!.PropertyType);
            Assert.Equal(typeof(object), t.GetProperty("ReferenceDocument")!.PropertyType);
            Assert.True(HasAttribute(t, "Question", "SupportsWildcardsAttribute"));
        }

        [Fact]
        public void GetIncidentClaimFiltersByPartyQuestionAndPosition()
        {
            var t = CmdletType("Get-IncidentClaim");
            Assert.Equal(new[] { typeof(IncidentClaim) }, OutputTypes(t));
            Assert.Equal(typeof(PartyCompleter), CompleterOf(t, "Party"));
            Assert.Equal(typeof(QuestionCompleter), CompleterOf(t, "Question"));
            var doc = Assert.Single(ParameterAttributes(t, "Document"));
            Assert.Equal(true, Named(doc, "ValueFromPipeline"));
            foreach (var p in new[] { "Party", "Question", "Position", "Speaker", "Id" })
                Assert.True(HasAttribute(t, p, "SupportsWildcardsAttribute"), p);
        }

        [Fact]
        public void QuestionCompleterOffersTheManifestQuestions()
        {
            var bound = new[] { TestPaths.Seeds };
            var ids = new QuestionCompleter().Complete("", bound).Select(c => c.Value).ToArray();
            foreach (var id in new[] { "first-fire", "deliberate", "findings", "coordination" }) Assert.Contains(id, ids);
        }
    }
}
