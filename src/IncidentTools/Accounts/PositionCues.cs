using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentTools.Accounts
{
    /// <summary>One cue of a position, compiled.</summary>
    internal sealed class CompiledCue
    {
        public CompiledCue(QuestionDefinition question, int position, CueDefinition cue, Regex pattern, PartyDefinition? party)
        {
            Question = question;
            Position = position;
            Cue = cue;
            Pattern = pattern;
            Party = party;
        }

        public QuestionDefinition Question { get; }
        /// <summary>Index of the position in the question.</summary>
        public int Position { get; }
        public CueDefinition Cue { get; }
        public Regex Pattern { get; }
        /// <summary>The party the cue is limited to, or null.</summary>
        public PartyDefinition? Party { get; }
        /// <summary>True when the cue names a party that is not among the parties (it then never counts).</summary>
        public bool UnknownParty { get; set; }
    }

    /// <summary>
    /// The position cues of the questions, compiled to patterns. Cue syntax (see seeds/corpus.yaml):
    /// words match whole, case-insensitively, with straight or curly apostrophes, a hyphen
    /// or a blank for a hyphen, and quotation marks, commas or brackets between words;
    /// <c>word*</c> matches any ending of the word ("contradict*"); a lone <c>*</c> stands for
    /// up to three words; <c>{Party}</c> stands for any name, alias or organisation of that
    /// party (after an optional "the"), optionally followed by "'s" and up to two words such as
    /// "forces" or "troops"; <c>{self}</c> stands for the speaker's own side ("we", "it", "our
    /// troops", "its soldiers", "their posts"). A placeholder before more words may be followed
    /// by up to three auxiliaries ("did not", "had", "having"); a negator among them negates the cue.
    /// </summary>
    internal sealed class PositionCues
    {
        private const string Separator = @"(?:[\s""'(),\u201C\u201D\u2018\u2019]|--)+";
        private const string GapWord = @"[\p{L}\p{N}][\p{L}\p{N}'\-.]*";

        /// <summary>
        /// Up to three auxiliaries or negators after a party placeholder: "Pakistani troops did not
        /// fire first", "our troops having fired first". Captured as "aux": a negator among them
        /// negates the cue. ("was", "were" are left out: "posts were attacked first" is a passive.)
        /// </summary>
        private const string Auxiliaries = @"(?:\s+(?<aux>not|never|having|(?:had|has|have|did|does|do|would|could)(?:n['\u2019]t)?)){0,3}";

        public PositionCues(IEnumerable<QuestionDefinition> questions, PartyIndex parties, AccountLexicon lexicon)
        {
            Questions = (questions ?? Enumerable.Empty<QuestionDefinition>()).Where(q => q != null).ToArray();
            var groupNouns = "(?:" + string.Join("|", lexicon.GroupNouns.OrderByDescending(g => g.Length).Select(Regex.Escape)) + ")";
            var list = new List<CompiledCue>();
            foreach (var q in Questions)
            {
                for (int i = 0; i < q.Positions.Count; i++)
                {
                    foreach (var cue in q.Positions[i].Cues)
                    {
                        if (string.IsNullOrWhiteSpace(cue.Text)) continue;
                        var pattern = Compile(cue.Text, parties, groupNouns);
                        if (pattern == null) continue;
                        var party = cue.Party == null ? null : parties.Find(cue.Party);
                        list.Add(new CompiledCue(q, i, cue, pattern, party) { UnknownParty = cue.Party != null && party == null });
                    }
                }
            }
            Cues = list;
        }

        public IReadOnlyList<QuestionDefinition> Questions { get; }

        public IReadOnlyList<CompiledCue> Cues { get; }

        /// <summary>True when an odd number of negators stand among the auxiliaries a match of a placeholder took in ("did not").</summary>
        internal static bool InnerNegation(Match m)
        {
            int n = 0;
            foreach (Capture c in m.Groups["aux"].Captures)
            {
                var w = c.Value.ToLowerInvariant();
                if (w == "not" || w == "never" || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n\u2019t", StringComparison.Ordinal)) n++;
            }
            return n % 2 == 1;
        }

        /// <summary>A cue as a pattern, or null when it names a party placeholder nobody defines.</summary>
        internal static Regex? Compile(string cue, PartyIndex parties, string groupNouns)
        {
            var parts = Regex.Matches(cue.Trim(), @"\{[^}]*\}|\S+").Cast<Match>().Select(m => m.Value).ToArray();
            var sb = new StringBuilder(@"(?<![\p{L}\p{N}])");
            bool needSeparator = false;
            int gap = 0;
            for (int index = 0; index < parts.Length; index++)
            {
                var part = parts[index];
                if (part == "*")
                {
                    gap += 3;
                    continue;
                }
                string body;
                bool last = index == parts.Length - 1;
                if (string.Equals(part, "{self}", StringComparison.OrdinalIgnoreCase))
                {
                    body = @"(?:we|it|(?:our|its|their)(?:\s+own)?(?:\s+" + groupNouns + "){1,2})" + (last ? "" : Auxiliaries);
                }
                else if (part.StartsWith("{", StringComparison.Ordinal) && part.EndsWith("}", StringComparison.Ordinal))
                {
                    var party = parties.Find(part.Substring(1, part.Length - 2).Replace('_', ' '));
                    var alternation = party == null ? null : parties.Alternation(party);
                    if (alternation == null) return null;
                    body = @"(?:the\s+)?" + alternation + @"(?:['\u2019]s)?(?:\s+" + groupNouns + "){0,2}" + (last ? "" : Auxiliaries);
                }
                else if (part.EndsWith("*", StringComparison.Ordinal) && part.Length > 1)
                {
                    body = PartyIndex.Escape(part.Substring(0, part.Length - 1)) + @"[\p{L}\p{N}'\-]*";
                }
                else
                {
                    body = PartyIndex.Escape(part);
                }
                if (needSeparator)
                {
                    if (gap > 0) sb.Append("(?:" + Separator + GapWord + "){0," + gap + "}");
                    sb.Append(Separator);
                }
                gap = 0;
                sb.Append(body);
                needSeparator = true;
            }
            if (!needSeparator) return null;
            sb.Append(@"(?![\p{L}\p{N}])");
            return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }
}
