using System;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Every cmdlet has help, the help covers every parameter, and the committed MAML file is current.</summary>
    public class HelpTests
    {
        [Fact]
        public void EveryCmdletHasASynopsisADescriptionAndExamples()
        {
            var docs = HelpWriter.DocComments;
            foreach (var t in CmdletMetadata.CmdletTypes())
            {
                var doc = HelpWriter.MemberDoc(docs, "T:" + t.FullName);
                Assert.False(string.IsNullOrWhiteSpace(HelpWriter.Synopsis(doc)), t.Name + " has no synopsis");
                Assert.False(string.IsNullOrWhiteSpace(HelpWriter.Description(doc)), t.Name + " has no description");
                Assert.True(doc!.Elements("example").Count() >= 2, t.Name + " needs at least two examples");
            }
        }

        [Fact]
        public void EveryParameterIsDescribed()
        {
            var docs = HelpWriter.DocComments;
            foreach (var t in CmdletMetadata.CmdletTypes())
                foreach (var p in CmdletMetadata.Parameters(t))
                    Assert.False(string.IsNullOrWhiteSpace(HelpWriter.PropertyDoc(docs, t.GetProperty(p)!)), $"{t.Name}.{p} has no description");
        }

        [Fact]
        public void AParameterThatSaysItTakesWildcardsIsMarkedSo()
        {
            // Get-Help's "Accept wildcard characters?" comes from [SupportsWildcards]; the description
            // and that line must not disagree ("wildcards allowed" over "false").
            var docs = HelpWriter.DocComments;
            foreach (var t in CmdletMetadata.CmdletTypes())
                foreach (var p in CmdletMetadata.Parameters(t))
                {
                    var text = HelpWriter.PropertyDoc(docs, t.GetProperty(p)!);
                    bool says = System.Text.RegularExpressions.Regex.IsMatch(text, @"\bwildcards?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                                && !System.Text.RegularExpressions.Regex.IsMatch(text, @"\bno wildcards?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
                    Assert.True(says == CmdletMetadata.HasAttribute(t, p, "SupportsWildcardsAttribute"),
                        $"{CmdletMetadata.CmdletName(t)} -{p}: the help {(says ? "says" : "does not say")} it takes wildcards, and [SupportsWildcards] is {(says ? "missing" : "there")}");
                }
        }

        [Fact]
        public void CommittedHelpFileIsCurrent()
        {
            var generated = HelpWriter.Write();
            if (Environment.GetEnvironmentVariable("INCIDENTTOOLS_UPDATE_HELP") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(HelpWriter.CommittedPath)!);
                File.WriteAllText(HelpWriter.CommittedPath, generated, new System.Text.UTF8Encoding(false));
            }
            Assert.True(File.Exists(HelpWriter.CommittedPath), "no help file; run the tests once with INCIDENTTOOLS_UPDATE_HELP=1");
            var committed = File.ReadAllText(HelpWriter.CommittedPath).Replace("\r\n", "\n");
            Assert.True(committed == generated, "the help file is out of date with the cmdlets; run the tests with INCIDENTTOOLS_UPDATE_HELP=1 and commit it");
            foreach (var name in CmdletMetadata.CmdletTypes().Select(CmdletMetadata.CmdletName))
                Assert.Contains("<command:name>" + name + "</command:name>", committed);
        }

        [Fact]
        public void HelpIsStagedWithTheModule()
        {
            Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "out", "IncidentTools", "en-US", "IncidentTools.dll-Help.xml")));
        }
    }
}
