using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A question put by the agent of a passive participle of asking: "Asked by a reporter whether he would resign, the mayor
    /// said …", "…, she said when asked by Jo Bell about the levy.", "Reyes was asked by the host if the pier was safe." The
    /// participle (a word tagged question-lead and interview-verb in words.txt: "asked") is the cue, the mention after "by" the source,
    /// and the question it puts the content: from the word that opens it ("whether", "if", a wh-word, "about", an infinitive's
    /// "to": "asked by the court to testify"), after at most a short phrase of time ("asked by Ingraham on Thursday about …"),
    /// to the comma that closes the phrase or the sentence's end. Not a participle whose agent is followed by anything else
    /// ("the questions asked by the senators were hard"), nor an agent that is a pronoun or no mention.
    /// </summary>
    internal sealed class AskedByAgent : IAttributionRule
    {
        public string Name => nameof(AskedByAgent);

        /// <summary>At most this many words of the agent and a phrase of time after it before the question ("host John Dickerson on Sunday").</summary>
        private const int AgentReach = 8;

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                // (the question-lead words of the paragraph, from its index: no walk over every token)
                foreach (var (k, s0, s1) in p.WordsWith(WordClass.QuestionLead))
                {
                    if (k + 3 >= s1) continue;
                    var t = tk[k];
                    // ("asked", "Asked": question-lead and interview-verb in words.txt, the participle of asking; not "whether", "if")
                    if (!t.Has(WordTag.InterviewVerb) || !tk[k + 1].IsLowerWord || !tk[k + 1].Has(WordGroup.Agent)) continue;
                    if (ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                    int a = QuestionStart(tk, k + 2, s1, out int agentEnd);
                    if (a < 0) continue;
                    // the agent and the words that still describe it ("a member of the audience"), as after "according to"
                    var agent = ReportedSpeech.MentionAfter(ctx.MentionsFor(p), tk, k + 2, agentEnd, out _);
                    if (agent == null || agent.IsPronoun || agent.Start != k + 2) continue;
                    int e = ReportedSpeech.ContentEndAfter(tk, a, s1, subordinate: true);
                    if (e <= a + 1 || ReportedSpeech.HasQuote(tk, a, e) || !ReportedSpeech.HasWords(tk, a + 1, e)) continue;
                    ctx.Add(ReportedSpeech.Make(Name, p, a, e, k, k + 1, agent));
                }
            }
        }

        /// <summary>
        /// The index of the word that opens the question after the agent that starts at <paramref name="i"/>: the first word within
        /// <see cref="AgentReach"/> words that is "whether" or "if" (question-lead), a wh-word that opens a clause ("how", "why",
        /// "what"), "about" (topic) or the "to" of an infinitive; -1 when a mark or no such word comes first. <paramref name="agentEnd"/>
        /// is where the agent ends, before a phrase of time or an adverb between it and the question ("asked by Ingraham on Thursday
        /// about …", "asked by a journalist afterwards whether …").
        /// </summary>
        private static int QuestionStart(IReadOnlyList<Token> tk, int i, int s1, out int agentEnd)
        {
            agentEnd = -1;
            for (int j = i + 1; j + 1 < s1 && j - i <= AgentReach && tk[j].IsWord; j++)
            {
                var w = tk[j];
                if (!w.IsLowerWord) continue;
                // (a "to" between capitalised words is inside a name: "the Committee to Protect Journalists")
                bool opens = w.Has(WordClass.QuestionLead) && !w.Has(WordTag.InterviewVerb) ||
                             w.Has(WordClass.NonAssertive) && w.Has(WordTag.Opener) && !w.Has(WordTag.Relative | WordTag.Subordinator) ||
                             w.Has(WordGroup.Topic) || w.Has(WordGroup.InfinitiveMarker) && tk[j + 1].IsLowerWord;
                if (!opens) continue;
                agentEnd = j;
                while (agentEnd > i + 1 && IsTimeOrAdverb(tk[agentEnd - 1])) agentEnd--;
                return j;
            }
            return -1;
        }

        /// <summary>A word of a phrase of time ("on", "Thursday", "last week") or an adverb ("afterwards", "later", "repeatedly").</summary>
        private static bool IsTimeOrAdverb(Token t) =>
            t.IsWord && (t.Has(WordTag.Calendar) ||
                         t.IsLowerWord && (t.Has(WordTag.Time | WordTag.TimeLead | WordTag.CueAdverb) || Lexicon.Is(t.Lower, WordSense.OtherTime) || CueLexicon.IsLyAdverb(t)));
    }
}
