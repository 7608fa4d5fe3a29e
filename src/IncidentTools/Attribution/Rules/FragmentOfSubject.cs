using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The governor has hailed the deal, a “historic” step for the port", "She coined a new phrase, “the forgotten
    /// middle,” to describe …", "The senator credited the donors with “keeping the lights on”": a fragment quoted inside
    /// the verb phrase of a clause whose subject puts the words forward. The quoted words are the subject's.
    /// <para>
    /// The verb is either the nearest verb of the lexicon before the quotation, one of speech, stance, praise or blame,
    /// or naming, or a verb of putting forward a phrase of one's own (tagged advocacy in words.txt: "coined",
    /// "championed", "pushed", "talked up"), finite (not a participle of another clause, not passive: "was described as"), within
    /// fifteen tokens; or, for a quotation of at least three words (a phrase someone says, where one or two words are
    /// as often a term the writer marks: "nine “nonprobability” samples", "brought the “usuals”"), any verb right
    /// after the subject that opens the sentence ("He offered “my thoughts and prayers …”").
    /// </para>
    /// Between the verb and the quotation nothing opens another clause: no clause mark, no word that starts a clause,
    /// no finite auxiliary, no subject pronoun ("… and they called it “…”"). The subject is a mention the grammar reads
    /// (a name, a pronoun, a speaker noun, an institution), not a relative pronoun (whose antecedent is often the
    /// document and not who wrote it) nor "it": "The bill includes “…”" has none, and a fragment after "so-called" is
    /// a name, set aside before. Runs after every other rule that reads quotations in their sentence and context, on the
    /// fragments they left open.
    /// </summary>
    internal sealed class FragmentOfSubject : QuotationRule
    {
        public override string Name => nameof(FragmentOfSubject);

        /// <summary>How many tokens may stand between the verb and the quotation (a verb phrase with its object and an infinitive).</summary>
        private const int Reach = 15;

        /// <summary>
        /// The fewest words of a quotation that any verb of the sentence's subject makes its words: one or two words after
        /// a verb that reports nothing are as often a term the writer marks as the subject's (measured on PolNeAR train).
        /// </summary>
        private const int MinWordsWithAnyVerb = 3;

        /// <summary>The verbs of the lexicon that put words forward as the subject's own.</summary>
        private const VerbTag Voicing = VerbTag.Speech | VerbTag.Stance | VerbTag.Judgement | VerbTag.Naming | VerbTag.Denial | VerbTag.Concession;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var facts = context.Facts(q);
            if (facts.Kind != QuoteKind.Partial || facts.Named || facts.TitleLike || facts.AtSentenceStart) return null;
            var tk = q.Paragraph.Tokens;
            var (s0, _) = SentenceOf(q);
            // "While Reyes proclaims the plan “terrific,” Lund fixates on its “harbour” chapter": a verb of the subordinate clause
            // that opens the sentence voices nothing in the main clause after it
            int main = Clauses.MainAfterOpeningClause(tk, s0, q.Token);
            int from = main < q.Token ? main : s0;
            for (int v = q.Token - 1; v > from && q.Token - v <= Reach + 1; v--)
            {
                var t = tk[v];
                if (t.IsQuote || t.Is(",")) continue;
                if (OpensClause(t)) return null;
                if (!t.IsLowerWord) continue;
                // "talked up her “…”": a verb of advocacy of two words, read from its first
                if (v - 1 > s0 && tk[v - 1].IsLowerWord && Lexicon.IsPair(tk[v - 1].Lower, t.Lower, WordGroup.Advocacy))
                    return FromVerb(context, q, tk, s0, v - 1, v + 1);
                var entry = ReportedSpeech.EntryAt(tk, v, q.Token, out int end);
                bool advocacy = t.Has(WordGroup.Advocacy);
                // "pushed his promise of “…”", "vowed to describe it as “…”": a noun or an infinitive of the lexicon, not the clause's verb
                if (entry != null && entry.Kind == VerbForm.Base && !advocacy) continue;
                if (entry == null && !advocacy) continue;
                if (entry != null && !IsVoicing(entry) && !advocacy) return null;
                return FromVerb(context, q, tk, s0, v, end);
            }
            return IncidentDocument.CountWords(q.Text) >= MinWordsWithAnyVerb ? FromSentenceSubject(context, q, tk, s0) : null;
        }

        /// <summary>A token that starts another clause between a verb and the quotation (or stands for a subject of its own).</summary>
        private static bool OpensClause(Token t) =>
            !t.IsWord || t.Has(WordClass.PersonSubject) ||
            t.IsLowerWord && t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator | WordTag.Relative | WordTag.Finite);

        /// <summary>A finite form of a verb of the lexicon that voices words, not one that only follows a quotation.</summary>
        private static bool IsVoicing(CueVerb entry) =>
            entry.Verb.Has(Voicing) && !entry.Verb.Has(VerbTag.Manner | VerbTag.Thought) && entry.Verb.Use != CueUse.After &&
            (entry.Kind == VerbForm.Past || entry.Kind == VerbForm.ThirdPerson);

        /// <summary>The attribution to the subject of the verb at <paramref name="v"/> (its cue ending at <paramref name="end"/>), or null.</summary>
        private FoundAttribution? FromVerb(AttributionContext context, QuotationRef q, IReadOnlyList<Token> tk, int s0, int v, int end)
        {
            if (CueLexicon.IsIngOfVerb(tk[v])) return null;
            int g = ReportedSpeech.GroupStart(tk, v, s0);
            if (g - 1 >= s0 && tk[g - 1].IsLowerWord && (tk[g - 1].Has(WordGroup.InfinitiveMarker) || ReportedSpeech.IsPossessive(tk[g - 1]))) return null;
            // "was described as", "is known as": a passive; the subject is not the one whose words they are
            if (HasBe(tk, g, v)) return null;
            var subject = ReportedSpeech.SubjectBefore(context.MentionsFor(q.Paragraph), tk, s0, g);
            if (subject == null || subject.Generic || subject.InIntroduction || !Speaks(tk, subject.Mention)) return null;
            var cue = new CueMatch(MentionParser.Join(tk, v, end), v, end, null);
            return context.FromClause(Name, q, new Clause(subject.Mention, cue, CuePlace.Before));
        }

        /// <summary>The attribution to the subject that opens the sentence, whose verb right after it has the quotation in its phrase; or null.</summary>
        private FoundAttribution? FromSentenceSubject(AttributionContext context, QuotationRef q, IReadOnlyList<Token> tk, int s0)
        {
            var m = ReportedSpeech.SentenceSubject(context.MentionsFor(q.Paragraph), tk, s0, q.Token);
            // "Unless rivals quit, …": a subordinate clause, not the sentence's subject; "Nixon’s appeal for “…”": an owner, not a subject
            if (m == null || !Speaks(tk, m) || tk[m.Start].Has(WordTag.Subordinator) || IsOwner(tk, m)) return null;
            int v = m.Next;
            while (v < q.Token && tk[v].IsLowerWord && tk[v].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) && !tk[v].Has(WordClass.Be)) v++;
            if (v >= q.Token || q.Token - v > Reach + 1 || !tk[v].IsLowerWord || HasBe(tk, m.Next, v + 1)) return null;
            var verb = tk[v];
            if (CueLexicon.IsIngOfVerb(verb) ||
                verb.Has(WordTag.Function | WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator | WordTag.Relative | WordTag.Preposition)) return null;
            for (int k = v + 1; k < q.Token; k++)
                if (!tk[k].IsQuote && !tk[k].Is(",") && OpensClause(tk[k])) return null;
            var cue = new CueMatch(verb.Text, v, v + 1, null);
            return context.FromClause(Name, q, new Clause(m, cue, CuePlace.Before));
        }

        /// <summary>A mention that owns the noun after it ("Nixon’s", "His"): the noun heads the subject, no verb follows the mention.</summary>
        private static bool IsOwner(IReadOnlyList<Token> tk, Mention m) =>
            ReportedSpeech.IsPossessive(tk[m.End - 1]) || m.End - m.Start == 1 && tk[m.Start].Has(WordTag.Possessive);

        /// <summary>A form of "be" among the tokens [a, e).</summary>
        private static bool HasBe(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsLowerWord && tk[i].Has(WordClass.Be)) return true;
            return false;
        }

        /// <summary>A subject whose words these can be: not a relative pronoun standing for a noun before it, not "it" or "there".</summary>
        private static bool Speaks(IReadOnlyList<Token> tk, Mention m) =>
            !(m.End - m.Start == 1 && (tk[m.Start].Has(WordClass.RelativePronoun) || tk[m.Start].Has(WordClass.Expletive) || tk[m.Start].Has(WordTag.Relative)));
    }
}
