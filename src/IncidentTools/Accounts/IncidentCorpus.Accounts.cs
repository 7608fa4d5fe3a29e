using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Accounts;

namespace IncidentTools
{
    public sealed partial class IncidentCorpus
    {
        private IReadOnlyList<IncidentClaim>? _claims;

        /// <summary>Every claim of every document: every attribution, with its speaker's side and, where the manifest asks questions, the position it takes.</summary>
        public IReadOnlyList<IncidentClaim> Claims
        {
            get
            {
                if (_claims == null)
                {
                    var lexicon = AccountLexicon.Default;
                    var manifest = CompiledManifest.For(Parties, Questions, lexicon);
                    var reader = new ClaimReader(lexicon, manifest.Parties, manifest.Cues);
                    _claims = Documents.SelectMany(d => reader.Read(d, Parties)).ToArray();
                }
                return _claims;
            }
        }

        /// <summary>
        /// Compares two parties' accounts question by question (one row per question of the
        /// manifest, including questions neither party answers, with Relation None). Without
        /// questions, pairs the parties' claims that share their key terms (one row per pair).
        /// </summary>
        /// <param name="referenceParty">A party's name or alias; by default the first party of the manifest.</param>
        /// <param name="differenceParty">By default the second party of the manifest (the first that is not the reference).</param>
        /// <param name="questionPatterns">Question ids to keep, with * and ? wildcards (case-insensitive); all when null or empty.</param>
        /// <exception cref="ArgumentException">A party name the corpus does not define, or the same party twice.</exception>
        /// <exception cref="InvalidOperationException">The corpus defines fewer than two parties and none are named.</exception>
        public IReadOnlyList<AccountComparison> CompareAccounts(string? referenceParty = null, string? differenceParty = null, IEnumerable<string>? questionPatterns = null)
        {
            var index = new PartyIndex(Parties);
            var reference = ResolveParty(index, referenceParty, nameof(referenceParty), null);
            var difference = ResolveParty(index, differenceParty, nameof(differenceParty), reference);
            if (reference == difference)
                throw new ArgumentException($"The reference and difference parties are both '{reference.Name}'; name two different parties ({KnownParties()}).", nameof(differenceParty));
            var patterns = questionPatterns?.Where(p => !string.IsNullOrEmpty(p)).ToArray();
            return Questions.Count > 0
                ? AccountComparer.ByQuestion(Claims, Questions, reference, difference, patterns)
                : AccountComparer.ByRelatedClaims(Claims, index, reference, difference, patterns);
        }

        /// <summary>
        /// What changed between two versions of a story: headline, highlights, paragraphs
        /// (Same, Edited, Removed, Added), quotations that appear or disappear, and contributors.
        /// </summary>
        public IReadOnlyList<VersionDifference> CompareVersions(IncidentDocument reference, IncidentDocument difference)
        {
            if (reference == null) throw new ArgumentNullException(nameof(reference));
            if (difference == null) throw new ArgumentNullException(nameof(difference));
            // Only the two versions' quotes are needed: not the whole corpus's.
            return VersionComparer.Compare(reference, difference, AttributedQuotesOf(reference), AttributedQuotesOf(difference));
        }

        private PartyDefinition ResolveParty(PartyIndex index, string? name, string parameter, PartyDefinition? other)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                return index.Find(name!.Trim())
                    ?? throw new ArgumentException($"The corpus defines no party named '{name}'. Known parties: {KnownParties()}.", parameter);
            }
            var pick = Parties.FirstOrDefault(p => p != other);
            if (pick == null || (other == null && Parties.Count < 2))
                throw new InvalidOperationException(Parties.Count == 0
                    ? "The corpus defines no parties; add a 'parties:' section to its corpus.yaml to compare accounts."
                    : $"Comparing accounts needs two parties; the corpus defines only {KnownParties()}.");
            return pick;
        }

        private string KnownParties() => Parties.Count == 0 ? "(none)" : string.Join(", ", Parties.Select(p => "'" + p.Name + "'"));
    }
}
