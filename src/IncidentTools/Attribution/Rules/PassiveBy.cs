using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A passive with its agent: "Clinton was endorsed by dozens of papers", "the plan was criticized by the
    /// union", "the staff were told by the mayor that …". The source is the mention after "by"; the content
    /// is what follows "that", else the subject of the passive.
    /// </summary>
    internal sealed class PassiveBy : IAttributionRule
    {
        public string Name => nameof(PassiveBy);

        /// <summary>At most this many words of the agent before the "to" of the subject's own words ("by foreign news agencies to have said").</summary>
        private const int HearsayAgentWords = 4;

        /// <summary>True when a "to" follows the agent that starts at a, with only words between.</summary>
        private static bool InfinitiveAfterAgent(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int s1)
        {
            for (int i = a + 1; i < s1 && i - a <= HearsayAgentWords && tk[i].IsWord; i++)
                if (tk[i].Has(WordGroup.InfinitiveMarker)) return true;
            return false;
        }

        public void Apply(AttributionContext ctx)
        {
            // (from one cue word to the next: at any other token no entry is read)
            foreach (var (p, s0, s1, k) in ReportedSpeech.BodyCueWords(ctx, 1))
            {
                var tk = p.Tokens;
                if (k + 2 >= s1) continue;
                var entry = ReportedSpeech.EntryAt(tk, k, s1, out int end);
                if (entry == null || entry.Kind != VerbForm.Past || entry.Particle != null || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                if (!entry.IsSpeech && !entry.Has(VerbTag.Naming)) continue;
                int g = ReportedSpeech.GroupStart(tk, k, s0);
                if (!HasBe(tk, g, k)) continue;
                // "… by X": the agent, at most one adverb after the participle
                int by = end;
                if (by < s1 && CueLexicon.IsLyAdverb(tk[by])) by++;
                if (by + 1 >= s1 || !tk[by].IsWord || !tk[by].Has(WordGroup.Agent)) continue;
                var mp = ctx.MentionsFor(p);
                var agent = mp.Parse(tk, by + 1, s1, inverted: true);
                int next = agent == null ? by + 1 : System.Math.Max(agent.End, agent.Next);
                if (agent != null && next < s1 && tk[next].IsWord && !tk[next].Has(WordGroup.Complementizer) && tk[next].Has(WordTag.Time | WordTag.IntroPhrase)) next = agent.End;
                if (agent == null) agent = ReportedSpeech.MentionAfter(mp, tk, by + 1, s1, out next);
                if (agent == null || agent.IsPronoun) continue;
                // "A Pentagon official was reported by foreign agencies to have said that …": after a participle of hearsay
                // (catenative-adjective in words.txt) the "to" after the agent opens the subject's own words, whose verb reports
                // them; the agent only carried them
                if (tk[k].Has(WordTag.CatenativeAdjective) && InfinitiveAfterAgent(tk, by + 1, s1)) continue;
                if (next > agent.End && next < s1 && tk[next].IsWord && !tk[next].Has(WordGroup.Complementizer))
                    for (int x = agent.End; x < next; x++) if (tk[x].IsWord && tk[x].Has(WordGroup.Complementizer)) { next = x; break; }
                int a, e;
                if (next < s1 && tk[next].IsWord && tk[next].Has(WordGroup.Complementizer))
                {
                    // "were told by the mayor that …"
                    a = next + 1;
                    e = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
                }
                else
                {
                    var subject = ReportedSpeech.SubjectBefore(mp, tk, s0, g);
                    if (subject == null || subject.Mention.IsPronoun && subject.Mention.Owner == null) continue;
                    // "Mrs Jones was advised by the unit to wait": a person as the subject of a verb of telling is the one
                    // told, not what was said ("a different side of the story was told by X" is)
                    if (entry.TakesAddressee && (subject.Mention.Kind == MentionKind.Name || ReportedSpeech.NamesASpeaker(tk, subject.Mention))) continue;
                    a = subject.Mention.Start;
                    e = System.Math.Max(subject.Mention.End, System.Math.Min(subject.Mention.Next, g));
                    while (e > a && !tk[e - 1].IsWord && !tk[e - 1].IsQuote) e--;
                    // "the posts were attacked by NATO helicopters", "the convoy was attacked by gunmen": a subject that marks
                    // the verb's other sense (sense-objects.txt, as its object does in the active) was struck, not spoken of
                    if (e > a && tk[e - 1].IsLowerWord && Lexicon.IsSenseObject(entry.Lemma, tk[e - 1].Lower)) continue;
                }
                if (e <= a || !ReportedSpeech.HasWords(tk, a, e) && !ReportedSpeech.HasQuote(tk, a, e)) continue;
                ctx.Add(ReportedSpeech.Make(Name, p, a, e, k, end, agent));
                    }
        }

        private static bool HasBe(System.Collections.Generic.IReadOnlyList<Token> tk, int g, int k)
        {
            for (int i = g; i < k; i++)
                if (tk[i].IsWord && ReportingVerb.IsBe(tk[i].Lower)) return true;
            return false;
        }
    }
}
