using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Management.Automation;

namespace IncidentTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists who said what in the articles: every attribution, quoted or reported, with its source, cue and content, the speaker's side and, where the manifest asks questions, the position it takes.</para>
    /// <para type="description">Works on any folder of articles, with or without a manifest. Each claim carries the exact place of its source mention (SourceStart, SourceLength), its reporting cue (CueStart, CueLength) and its content (ContentStart, ContentLength) in the file, its Kind (Direct, Mixed, Indirect) and the Rule of the attribution stage that found it. The claims that take a position are the evidence behind Compare-IncidentAccount. Reads files, folders or IncidentDocument objects.</para>
    /// </summary>
    /// <example>
    /// <code>Get-IncidentClaim -Path ~/articles | Format-Table Speaker, Cue, Content</code>
    /// <para>Lists who said what in a folder of articles that has no manifest.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentClaim -Question deliberate | Group-Object Party, Position -NoElement</code>
    /// <para>Counts the claims each party makes on whether the strike was deliberate, by position.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentClaim -Party Pakistan -Kind Indirect | Format-Table DocumentId, Paragraph, Speaker, Content</code>
    /// <para>Lists Pakistan's claims that the articles report without quotation marks.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentClaim -Path ~/articles -Rule AccordingTo* | Select-Object Source, Content</code>
    /// <para>Lists the attributions that one rule of the attribution stage found ("according to X, …").</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentDocument -Id 002* | Get-IncidentClaim | Export-Csv claims.csv</code>
    /// <para>Writes the claims of one article to CSV, one row per claim.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentClaim -Path ~/articles | Where-Object CueNegated | Format-Table Speaker, Cue, Content</code>
    /// <para>Lists what sources are reported as NOT saying ("did not say that …", "declined to say whether …"): their cue is negated or refused, and such a claim takes no position on a question.</para>
    /// </example>
    /// <example>
    /// <code>Get-IncidentClaim -Question first-fire | Where-Object { -not $_.Position } | Format-Table Speaker, PositionCue, Text</code>
    /// <para>Lists the claims that leave the question open: their words hold one of the question's open: phrases in the manifest ("would not say from where the fire had come"), so they take no position on it, whatever cues they also hold; PositionCue gives the words that left it open.</para>
    /// </example>
    [Cmdlet(VerbsCommon.Get, "IncidentClaim", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(IncidentClaim))]
    public sealed class GetIncidentClaimCommand : DocumentInputCmdlet
    {

        /// <summary>Only claims of these parties (names or aliases, wildcards; without parties in the manifest, a country's name or any form of the country table: "Pakistani"). Tab completes the manifest's parties, else the countries the articles name.</summary>
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

        /// <summary>Only claims of speakers that match (wildcards). Tab completes the speakers of every attribution, reported ones too; the first Tab on a folder runs the attribution stage on each article (a fraction of a second for a hundred articles), later ones and those after a run of this command over the files read only files that changed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ClaimSpeakerCompleter))]
        public string[]? Speaker { get; set; }

        /// <summary>Only claims of these kinds: Direct, Mixed, Indirect.</summary>
        [Parameter]
        public AttributionKind[]? Kind { get; set; }

        /// <summary>Only claims found by these rules of the attribution stage (wildcards, tab completion).</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(RuleCompleter))]
        public string[]? Rule { get; set; }

        private NameFilter? _parties, _questions, _positions, _speakers;
        private readonly List<string?> _seenParties = new List<string?>();

        protected override void BeginProcessing()
        {
            _parties = new NameFilter("Party", "party", ErrorIds.UnknownParty, Party);
            _questions = new NameFilter("Question", "question", ErrorIds.UnknownQuestion, Question);
            _positions = new NameFilter("Position", "position", ErrorIds.UnknownPosition, Position);
            _speakers = new NameFilter("Speaker", "speaker", ErrorIds.UnknownSpeaker, Speaker);
            WriteUnknownRules(Rule);
        }

        /// <summary>The claims of one document (on any thread): without parties or questions, every attribution as a claim.</summary>
        internal override object FindIn(IncidentDocument doc, CorpusManifest manifest)
        {
            return ClaimFinder.Find(doc, manifest.Parties, manifest.Questions);
        }

        internal override void WriteFound(IncidentDocument doc, CorpusManifest manifest, object found)
        {
            var claims = (IReadOnlyList<IncidentClaim>)found;
            if (ParameterSetName != DocumentSet) CompletionCache.Remember(doc.Path, null, claims.Select(c => c.Speaker));
            foreach (var claim in claims)
            {
                _seenParties.Add(claim.Party);
                // Every name filter sees every claim (&, not &&).
                bool keep = _parties!.Test(claim.Party, AliasesOf(claim.Party, manifest.Parties)) & _questions!.Test(claim.Question) &
                            _positions!.Test(claim.Position) & _speakers!.Test(claim.Speaker);
                if (!keep || !MatchesAny(claim.Rule, Rule) || Kind != null && Kind.Length > 0 && !Kind.Contains(claim.Kind)) continue;
                WriteObject(claim);
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
