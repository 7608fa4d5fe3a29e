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
    /// after the subject that opens the sentence ("He offered “my thoughts and prayers …”"), after its finite auxiliary too
    /// when the verb is a participle in -ed or a verb of the lexicon ("The board has decided to close the berths “with
    /// immediate effect”"), and past an aside set off by commas after the subject ("The board, chaired by Jo Bell, has …") or
    /// the "of" phrase of a body's name ("The Board of the Isles has …").
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
            int auxiliary = -1;
            for (int v = q.Token - 1; v > from && q.Token - v <= Reach + 1; v--)
            {
                var t = tk[v];
                if (t.IsQuote || t.Is(",")) continue;
                // "The committee has decided to close the routes “with immediate effect”": a finite auxiliary may be the one of the
                // verb right after the sentence's subject, which FromSentenceSubject reads (it sets aside any other clause between)
                if (OpensClause(t))
                {
                    if (!IsAuxiliary(t)) return null;
                    auxiliary = v;
                    break;
                }
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
            return IncidentDocument.CountWords(q.Text) >= MinWordsWithAnyVerb ? FromSentenceSubject(context, q, tk, s0, auxiliary) : null;
        }

        /// <summary>A token that starts another clause between a verb and the quotation (or stands for a subject of its own).</summary>
        private static bool OpensClause(Token t) =>
            !t.IsWord || t.Has(WordClass.PersonSubject) ||
            t.IsLowerWord && t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator | WordTag.Relative | WordTag.Finite);

        /// <summary>A finite auxiliary or modal in lower case ("has", "will"), not a form of "be" (whose clause may be a passive).</summary>
        private static bool IsAuxiliary(Token t) => t.IsLowerWord && t.Has(WordTag.Finite) && !t.Has(WordClass.Be) && !t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator | WordTag.Relative);

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

        /// <summary>
        /// The attribution to the subject that opens the sentence, whose verb right after it has the quotation in its phrase; or null.
        /// <paramref name="readAuxiliary"/>: the finite auxiliary the backward reading stopped at (-1 for none), which must be the verb's own.
        /// </summary>
        private FoundAttribution? FromSentenceSubject(AttributionContext context, QuotationRef q, IReadOnlyList<Token> tk, int s0, int readAuxiliary)
        {
            var mp = context.MentionsFor(q.Paragraph);
            var m = ReportedSpeech.SentenceSubject(mp, tk, s0, q.Token);
            // ("The Defence Board of the Cabinet has ordered …": past the "of" phrase of a body's name)
            int v = m == null ? -1 : PastOfPhrase(tk, m.Next, q.Token);
            // "The harbour board, chaired by Ada Lund, has ordered …": the subject before an aside set off by commas, its verb after
            // the aside's closing comma (the subject read as before a cue there, opening the sentence)
            bool pastAside = false;
            if (m == null) pastAside = (m = SubjectBeforeAside(mp, tk, s0, q.Token, out v)) != null;
            // ("The Defence Board of the Cabinet, chaired by Jo Bell, has …": the aside after the body's "of" phrase)
            else if (v < q.Token && tk[v].Is(","))
            {
                v = VerbPastAside(tk, v, q.Token);
                pastAside = true;
                if (v < 0) return null;
            }
            // "Unless rivals quit, …": a subordinate clause, not the sentence's subject; "Nixon’s appeal for “…”": an owner, not a subject
            if (m == null || !Speaks(tk, m) || tk[m.Start].Has(WordTag.Subordinator) || IsOwner(tk, m)) return null;
            bool auxiliary = false;
            int group = v;
            for (; v < q.Token && tk[v].IsLowerWord && tk[v].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) && !tk[v].Has(WordClass.Be); v++)
                auxiliary |= tk[v].Has(WordTag.Finite);
            if (v >= q.Token || q.Token - v > Reach + 1 || !tk[v].IsLowerWord || HasBe(tk, m.Next, v + 1)) return null;
            // (the auxiliary the backward reading stopped at is the one of this verb, not one of an aside or a relative clause before
            // it: "Lund, who has since left, leads with “…”")
            if (readAuxiliary >= 0 && (readAuxiliary < group || readAuxiliary >= v)) return null;
            var verb = tk[v];
            // past an auxiliary or an aside, the word read as the verb is one: a verb of the lexicon or a participle in -ed ("has
            // decided", "will order"); "They had guns at the ready to “…”" has none
            if ((auxiliary || pastAside) && !verb.IsVerbForm && !verb.Lower.EndsWith(PastParticipleEnding, System.StringComparison.Ordinal)) return null;
            if (CueLexicon.IsIngOfVerb(verb) ||
                verb.Has(WordTag.Function | WordTag.ClauseBreak | WordTag.Opener | WordTag.Subordinator | WordTag.Relative | WordTag.Preposition)) return null;
            for (int k = v + 1; k < q.Token; k++)
                if (!tk[k].IsQuote && !tk[k].Is(",") && OpensClause(tk[k])) return null;
            var cue = new CueMatch(verb.Text, v, v + 1, null);
            return context.FromClause(Name, q, new Clause(m, cue, CuePlace.Before));
        }

        /// <summary>
        /// The subject that opens the sentence at <paramref name="s0"/> when an aside set off by commas stands before its verb: the first
        /// comma before <paramref name="quote"/> right after which a lower-case word may be a subject's verb, and the subject
        /// <see cref="ReportedSpeech.SubjectBefore"/> reads before it, which opens the sentence (the verb's index in
        /// <paramref name="verb"/>). Null otherwise.
        /// </summary>
        private static Mention? SubjectBeforeAside(MentionParser mp, IReadOnlyList<Token> tk, int s0, int quote, out int verb)
        {
            verb = -1;
            int first = -1;
            for (int i = s0 + 1; i < quote && first < 0; i++)
                if (tk[i].Is(",")) first = i;
            if (first < 0) return null;
            for (int c = first + 1; c < quote; c++)
            {
                if (!tk[c].Is(",") || c + 1 >= quote || !Clauses.VerbAfterSubject(tk[c + 1])) continue;
                var subject = ReportedSpeech.SubjectBefore(mp, tk, s0, c + 1);
                verb = c + 1;
                // (the subject opens the sentence, its article or determiner at most before the mention's start)
                if (subject != null && !subject.Generic && !subject.InIntroduction && (subject.Mention.Start == s0 || subject.Mention.Start == s0 + 1 && tk[s0].Has(WordTag.Determiner)) &&
                    subject.Mention.End <= first) return subject.Mention;
                // "The Defence Board of the Cabinet, chaired by Jo Bell, has …": a body's name with its "of" phrase up to the first comma,
                // then an aside that a participle before a preposition or a relative pronoun opens
                var named = mp.Parse(tk, s0, first, inverted: false);
                if (named == null || VerbPastAside(tk, first, quote) != c + 1 || named.IsPronoun || PastOfPhrase(tk, named.Next, first + 1) != first) return null;
                return named;
            }
            return null;
        }

        /// <summary>
        /// The verb right after an aside that opens at the comma <paramref name="first"/> with a participle before a preposition
        /// ("chaired by", "based in") or a relative pronoun, closed by the next comma before <paramref name="quote"/> and followed by a
        /// lower-case word that may be a subject's verb: that word's index, else -1.
        /// </summary>
        private static int VerbPastAside(IReadOnlyList<Token> tk, int first, int quote)
        {
            if (first + 2 >= quote) return -1;
            var open = tk[first + 1];
            bool participle = open.IsLowerWord && (CueLexicon.EndsInIng(open.Lower) || open.Lower.EndsWith(PastParticipleEnding, System.StringComparison.Ordinal)) &&
                              tk[first + 2].IsLowerWord && tk[first + 2].Has(WordTag.Preposition);
            if (!participle && !(open.IsLowerWord && open.Has(WordTag.Relative))) return -1;
            int c = first + 2;
            while (c < quote && !tk[c].Is(",")) c++;
            return c + 1 < quote && Clauses.VerbAfterSubject(tk[c + 1]) ? c + 1 : -1;
        }

        /// <summary>
        /// "(The Defence Board) of the Cabinet": past an "of" at <paramref name="k"/>, "the" at most and at most <see cref="OfPhraseWords"/>
        /// capitalised words, when a comma or a verb in lower case follows them; else <paramref name="k"/>.
        /// </summary>
        private static int PastOfPhrase(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k < 0 || k + 1 >= end || !tk[k].IsLowerWord || !tk[k].Has(WordGroup.OfComplement)) return k;
            int x = k + 1;
            if (tk[x].IsLowerWord && Lexicon.IsAsWritten(tk[x].Text, WordGroup.DefiniteArticle)) x++;
            int first = x;
            while (x < end && x - first < OfPhraseWords && tk[x].IsWord && tk[x].IsCapitalized) x++;
            if (x == first || x >= end) return k;
            return tk[x].Is(",") || tk[x].IsLowerWord && (tk[x].Has(WordTag.Finite) || tk[x].IsVerbForm) ? x : k;
        }

        /// <summary>The ending of a regular past participle, the verb after an auxiliary that the rule reads as one ("decided", "ordered").</summary>
        private const string PastParticipleEnding = "ed";

        /// <summary>At most this many capitalised words in the "of" phrase of a body's name ("of the Joint Chiefs of Staff" is read no further).</summary>
        private const int OfPhraseWords = 3;

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
