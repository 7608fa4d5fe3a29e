using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Lund published a column in the Courier titled “Why the Ferry Must Stay”", "the campaign released a memo
    /// entitled “Where the Race Stands”", "…, writing a book called “Harbor Days”": the title that the subject gives
    /// the piece it publishes is the subject's words. A verb of publishing (tagged publishing in words.txt), then
    /// within ten words the piece (a document or a work noun) and a naming word ("titled", "entitled", "called"), a
    /// comma at most before and after it, then the quotation. The subject is the publishing verb's (the sentence's
    /// for a participle after a comma). A title with no publisher ("a 1969 book titled “…”", "the ad, titled “…”")
    /// is left to the rules that take it for nobody's words. Runs before them.
    /// </summary>
    internal sealed class TitledWork : QuotationRule
    {
        public override string Name => nameof(TitledWork);

        /// <summary>How many tokens the piece's noun phrase may take between the publishing verb and the naming word.</summary>
        private const int Reach = 10;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            var (s0, _) = SentenceOf(q);
            int n = q.Token - 1;
            if (n > s0 && tk[n].Is(",")) n--;
            if (n <= s0 || !tk[n].IsLowerWord || !tk[n].Has(WordTag.Naming)) return null;
            int e = n > s0 && tk[n - 1].Is(",") ? n - 1 : n;
            bool piece = false;
            for (int v = e - 1; v >= s0 && e - v <= Reach; v--)
            {
                var t = tk[v];
                if (!t.IsWord) return null;
                if (t.IsLowerWord && (t.IsDocumentWord || t.Has(WordTag.Work))) piece = true;
                if (!t.IsLowerWord || !t.Has(WordGroup.Publishing)) continue;
                if (!piece) return null;
                var subject = Publisher(context, q.Paragraph, v, s0);
                if (subject == null) return null;
                var cue = new CueMatch(t.Text, v, v + 1, null);
                return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before));
            }
            return null;
        }

        /// <summary>The subject of the publishing verb at <paramref name="v"/>: the clause's before a finite verb, the sentence's before a participle after a comma.</summary>
        internal static Mention? Publisher(AttributionContext context, AnalysedParagraph p, int v, int s0)
        {
            var tk = p.Tokens;
            var mentions = context.MentionsFor(p);
            if (CueLexicon.IsIngOfVerb(tk[v]))
                return v - 1 > s0 && tk[v - 1].Is(",") ? ReportedSpeech.SentenceSubject(mentions, tk, s0, v - 1) : null;
            int g = ReportedSpeech.GroupStart(tk, v, s0);
            if (g - 1 >= s0 && tk[g - 1].IsLowerWord && ReportedSpeech.IsPossessive(tk[g - 1])) return null;
            var subject = ReportedSpeech.SubjectBefore(mentions, tk, s0, g);
            return subject == null || subject.Generic || subject.InIntroduction ? null : subject.Mention;
        }
    }
}
