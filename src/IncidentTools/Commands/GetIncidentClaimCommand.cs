using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the claims of an incident's parties: every statement attributed to a party, quoted or reported, with the question and position it takes.</para>
    /// <para type="description">The claims are the evidence behind Compare-IncidentAccount. Reads files, folders or IncidentDocument objects.</para>
    /// </summary>
    /// <example>
    /// <code>Get-IncidentClaim -Question deliberate | Group-Object Party, Position -NoElement</code>
    /// <para>Counts the claims each party makes on whether the strike was deliberate, by position.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentClaim -Party Pakistan | Where-Object Source -eq ReportedSpeech | Format-Table DocumentId, Paragraph, Text</code>
    /// <para>Lists Pakistan's claims that the articles report without quotation marks.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentDocument -Id 002* | Get-IncidentClaim | Export-Csv claims.csv</code>
    /// <para>Writes the claims of one article to CSV, one row per claim.</para>
    /// </example>
    [Cmdlet(VerbsCommon.Get, "IncidentClaim", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(IncidentClaim))]
    public sealed class GetIncidentClaimCommand : DocumentInputCmdlet
    {

        /// <summary>Only claims of these parties (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(PartyCompleter))]
        public string[]? Party { get; set; }

        /// <summary>Only claims on these questions (ids, wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(QuestionCompleter))]
        public string[]? Question { get; set; }

        /// <summary>Only claims that take these positions (labels, wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(PositionCompleter))]
        public string[]? Position { get; set; }

        /// <summary>Only claims of speakers that match (wildcards).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SpeakerCompleter))]
        public string[]? Speaker { get; set; }

        private NameFilter? _parties, _questions, _positions, _speakers;
        private readonly List<string?> _seenParties = new List<string?>();

        protected override void BeginProcessing()
        {
            _parties = new NameFilter("Party", "party", ErrorIds.UnknownParty, Party);
            _questions = new NameFilter("Question", "question", ErrorIds.UnknownQuestion, Question);
            _positions = new NameFilter("Position", "position", ErrorIds.UnknownPosition, Position);
            _speakers = new NameFilter("Speaker", "speaker", ErrorIds.UnknownSpeaker, Speaker);
        }

        protected override void ProcessRecord()
        {
            foreach (var doc in InputDocuments())
            {
                var manifest = ManifestOf(doc);
                var quotes = QuoteFinder.Find(doc, manifest.Parties).Where(q => q.Speaker != null).ToArray();
                foreach (var claim in ClaimFinder.Find(doc, quotes, manifest.Parties, manifest.Questions))
                {
                    _seenParties.Add(claim.Party);
                    // Every name filter sees every claim (&, not &&).
                    bool keep = _parties!.Test(claim.Party, AliasesOf(claim.Party, manifest.Parties)) & _questions!.Test(claim.Question) &
                                _positions!.Test(claim.Position) & _speakers!.Test(claim.Speaker);
                    if (keep) WriteObject(claim);
                }
            }
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            var questions = Reader.Manifests.SelectMany(m => m.Questions).ToArray();
            var positions = questions.SelectMany(q => q.Positions).Select(p => p.Label).ToArray();
            // A party, question or position the manifest defines is no error, even with no claim in this input.
            WriteUnmatched(_parties!, IsKnownParty, PartyNames(_seenParties));
            WriteUnmatched(_questions!, q => questions.Any(x => string.Equals(x.Id, q, StringComparison.OrdinalIgnoreCase)), questions.Select(q => q.Id));
            WriteUnmatched(_positions!, p => positions.Any(x => string.Equals(x, p, StringComparison.OrdinalIgnoreCase)), positions);
            WriteUnmatched(_speakers!);
        }
    }
}
