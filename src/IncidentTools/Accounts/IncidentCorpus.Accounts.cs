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

        private IReadOnlyList<(PartyDefinition Party, int Claims)>? _found;

        /// <summary>
        /// Without parties in the manifest, the parties the claims are given to (from the country table: a
        /// nationality, country or capital in the speaker's description), with how many claims each has,
        /// most claims first (a party needs two claims); empty when the manifest defines parties.
        /// </summary>
        public IReadOnlyList<(PartyDefinition Party, int Claims)> PartiesFound
        {
            get
            {
                if (_found == null)
                    _found = Parties.Count > 0 ? Array.Empty<(PartyDefinition, int)>() : FoundParties.Of(Claims);
                return _found;
            }
        }

        /// <summary>
        /// A draft corpus.yaml for this corpus's articles (what New-IncidentManifest writes): the parties the claims
        /// name (the manifest's parties and questions are not used), each with its aliases, people and organisations,
        /// and up to <paramref name="maxQuestions"/> candidate questions with the sentences that suggested them.
        /// </summary>
        public string DraftManifest(string incidentName, int maxQuestions = 8)
        {
            if (string.IsNullOrWhiteSpace(incidentName)) throw new ArgumentException("The incident needs a name.", nameof(incidentName));
            var plain = Manifests.Count == 0 ? this : FromDocuments(Documents, Array.Empty<CorpusManifest>());
            return ManifestDraft.Write(plain, incidentName, maxQuestions).Yaml;
        }

        /// <summary>The parties compared: the manifest's, else the parties found in the claims (the two most quoted first).</summary>
        public IReadOnlyList<PartyDefinition> Sides => Parties.Count > 0 ? Parties : PartiesFound.Select(p => p.Party).ToArray();

        /// <summary>
        /// Compares two parties' accounts question by question (one row per question of the
        /// manifest, including questions neither party answers, with Relation None). Without
        /// questions, pairs the parties' claims that share their key terms (one row per pair).
        /// </summary>
        /// <param name="referenceParty">A party's name or alias; by default the first party of the manifest (without parties in the manifest: the party found with most claims).</param>
        /// <param name="differenceParty">By default the second party of the manifest (the first that is not the reference; without parties in the manifest: the party found with the second most claims).</param>
        /// <param name="questionPatterns">Question ids to keep, with * and ? wildcards (case-insensitive); all when null or empty.</param>
        /// <exception cref="ArgumentException">A party name the corpus does not define, or the same party twice.</exception>
        /// <exception cref="InvalidOperationException">The corpus defines fewer than two parties and none are named.</exception>
        public IReadOnlyList<AccountComparison> CompareAccounts(string? referenceParty = null, string? differenceParty = null, IEnumerable<string>? questionPatterns = null)
        {
            var sides = Sides;
            var index = new PartyIndex(sides);
            var reference = ResolveParty(sides, index, referenceParty, nameof(referenceParty), null);
            var difference = ResolveParty(sides, index, differenceParty, nameof(differenceParty), reference);
            if (reference == difference)
                throw new ArgumentException($"The reference and difference parties are both '{reference.Name}'; name two different parties ({KnownParties(sides)}).", nameof(differenceParty));
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

        private PartyDefinition ResolveParty(IReadOnlyList<PartyDefinition> sides, PartyIndex index, string? name, string parameter, PartyDefinition? other)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                return index.Find(name!.Trim())
                    ?? throw new ArgumentException($"The corpus defines no party named '{name}'. Known parties: {KnownParties(sides)}.", parameter);
            }
            var pick = sides.FirstOrDefault(p => p != other);
            if (pick == null || (other == null && sides.Count < 2))
                throw new InvalidOperationException(sides.Count == 0
                    ? "The corpus defines no parties and its claims name none (a nationality, country or capital in the speakers' descriptions); add a 'parties:' section to its corpus.yaml to compare accounts."
                    : Parties.Count == 0
                        ? $"Comparing accounts needs two parties; the corpus's claims name only {KnownParties(sides)}. Add a 'parties:' section to its corpus.yaml."
                        : $"Comparing accounts needs two parties; the corpus defines only {KnownParties(sides)}.");
            return pick;
        }

        private static string KnownParties(IReadOnlyList<PartyDefinition> sides) => sides.Count == 0 ? "(none)" : string.Join(", ", sides.Select(p => "'" + p.Name + "'"));
    }
}
