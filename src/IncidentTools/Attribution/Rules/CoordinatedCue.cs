using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The mayor toured the pier and said it was “perfectly safe”", "Lund called the plan a mistake but
    /// described the budget as “sound”": a reporting verb that opens the second of two coordinated verb
    /// phrases ("and", "but", ", and") has the subject of the first, and the quotation it introduces is that
    /// subject's words. The subject is the source of an attribution the sentence already holds before the
    /// coordinator, else the subject that opens the sentence; between the subject and the coordinator no word
    /// starts another clause, and between the verb and the quotation at most twelve tokens and no other
    /// reporting verb. A subordinate clause with a subject of its own that runs on to the coordinator ("Lund opened the
    /// hearing when she raised the fares and later said, “…”") gives the second verb phrase that subject.
    /// </summary>
    internal sealed class CoordinatedCue : QuotationRule
    {
        public override string Name => nameof(CoordinatedCue);

        /// <summary>How many tokens may stand between the verb and the quotation.</summary>
        private const int Reach = 12;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            var (s0, _) = SentenceOf(q);
            for (int v = q.Token - 1; v > s0 && q.Token - v <= Reach + 1; v--)
            {
                var t = tk[v];
                if (t.IsQuote || t.Is(";")) return null;
                if (!t.IsLowerWord) continue;
                var verb = ReportedSpeech.EntryAt(tk, v, q.Token + 1, out int end);
                if (verb == null) continue;
                if (verb.Kind != VerbForm.Past && verb.Kind != VerbForm.ThirdPerson || !verb.Has(VerbTag.Reported | VerbTag.Naming | VerbTag.Judgement)) return null;
                int g = ReportedSpeech.GroupStart(tk, v, s0);
                int and = g - 1;
                // "Board rejects pier survey, calls it ‘a whitewash’": in a headline a comma joins the verb phrases, each verb in its -s form
                bool headlineComma = and > s0 && tk[and].Is(",") && verb.Kind == VerbForm.ThirdPerson && HeadlineLine.TryRead(context, out var headline, out _, out _) && headline == p;
                if (and <= s0 || !headlineComma && (!tk[and].IsLowerWord || !tk[and].Has(WordClass.ClauseCoordinator))) return null;
                var source = SourceBefore(context, q, and);
                if (source == null || headlineComma && source.Start != s0) return null;
                var cue = new CueMatch(MentionParser.Join(tk, v, end), v, end, null);
                return context.FromClause(Name, q, new Clause(source, cue, CuePlace.Before));
            }
            return null;
        }

        /// <summary>The subject of the first verb phrase, which ends at the coordinator <paramref name="and"/>.</summary>
        private static Mention? SourceBefore(AttributionContext context, QuotationRef q, int and)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            var (s0, _) = SentenceOf(q);
            Mention? source = null;
            foreach (var a in context.AttributionsIn(p, q.Sentence))
            {
                if (a.ContinuesFrom != null || a.Source == null || a.SourceParagraph != p || a.CueWords == null || a.CueWords.Start >= and || a.Source.Start > a.CueWords.Start) continue;
                if (source == null || a.Source.Start > source.Start) source = a.Source;
            }
            source ??= ReportedSpeech.SentenceSubject(context.MentionsFor(p), tk, s0, and);
            if (source == null) return null;
            // the first verb phrase is the subject's own: no other clause opens between them
            for (int x = source.Next; x < and; x++)
            {
                var t = tk[x];
                if (t.Is(";") || t.Is(":") || t.Is("-") || t.Is("—") || t.Is("–") || t.Is("--")) return null;
                // "When a man shouted, “Liar,” the mayor smiled and said …": a subject and its verb after a quotation that closes
                // with its comma open the main clause, whose subject the second verb phrase has
                if (t.IsQuote && QuotationFacts.EndsWithComma(t.Text) && SubjectAfter(context.MentionsFor(p), tk, x + 1, and) is { } main)
                {
                    source = main;
                    x = main.Next - 1;
                    continue;
                }
                if (!t.IsWord) continue;
                // "referred to Rubio as “a leader” but described …": "as" before the quotation it links to its object opens no clause
                if (AsBeforeQuotation(tk, x)) continue;
                // "… ire – he called her …": another subject opens a clause of its own
                if (t.Has(WordClass.PersonSubject)) return null;
                // "Lee started the row when he raised the bombing and later said, “…”": a subordinate clause that runs on to the
                // coordinator has a subject of its own, and the second verb phrase is that clause's
                if (SubordinateSubject(context.MentionsFor(p), tk, x, and) is { } inner)
                {
                    source = inner;
                    x = inner.Next - 1;
                    continue;
                }
                if (t.IsLowerWord && t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator)) return null;
            }
            return source;
        }

        /// <summary>
        /// For a subordinator at <paramref name="x"/> ("when", "after", "because"; not one of a condition, "if", whose clause may
        /// be hypothetical, nor "as", which also compares): the subject right after it, with its verb, when the clause runs on
        /// to the coordinator <paramref name="and"/> with no comma, quotation or mark that closes it before; else null.
        /// </summary>
        private static Mention? SubordinateSubject(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, int x, int and)
        {
            var t = tk[x];
            if (!t.IsLowerWord || !t.Has(WordTag.Subordinator) || t.Has(WordTag.Conditional) || t.Has(WordClass.Comparative)) return null;
            var inner = SubjectAfter(mp, tk, x + 1, and);
            if (inner == null) return null;
            for (int k = inner.Next; k < and; k++)
                if (!tk[k].IsWord) return null;
            return inner;
        }

        /// <summary>A mention that starts at <paramref name="at"/> and is followed by a word in lower case (its verb) before <paramref name="and"/>; else null.</summary>
        private static Mention? SubjectAfter(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, int at, int and)
        {
            if (at >= and) return null;
            var m = mp.Parse(tk, at, and, inverted: false);
            return m != null && m.Start == at && m.Next < and && tk[m.Next].IsLowerWord ? m : null;
        }

        /// <summary>"as" right before a quotation, or before an article and a quotation ("as “a leader”", "as a “work in progress”").</summary>
        private static bool AsBeforeQuotation(System.Collections.Generic.IReadOnlyList<Token> tk, int x)
        {
            if (!tk[x].IsLowerWord || !tk[x].Has(WordGroup.AsLink)) return false;
            int n = x + 1;
            if (n < tk.Count && tk[n].IsLowerWord && tk[n].Has(WordClass.Article)) n++;
            return n < tk.Count && tk[n].IsQuote;
        }
    }
}
