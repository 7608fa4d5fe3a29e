using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "the mayor's claim that the pier is “perfectly safe”", "his warning that the fleet would be “wiped
    /// out”": a noun of saying (tagged statement-noun in words.txt) owned by a possessive, then "that" and
    /// the clause it reports; a quotation inside that clause is the owner's words. The owner is a name in
    /// the possessive ("Trump's", "Ada Lund’s"), a possessive pronoun ("his", "her", "their"), resolved
    /// as the pronoun would be, or a description of a person or body ("the mayor's"); not "its" nor a thing's
    /// ("the report's": a document's or a plan's as often as a speaker's). A sentence that
    /// reports someone's words besides the owner's ("X suggested the wins back her claim that …", "… her claim
    /// that …, as X suggested") is X's report. The clause runs to the quotation with no other reporting verb, no
    /// colon or semicolon between (those start a report of their own). The same owner's noun of calling for or promising
    /// ("his call for a “total ban”") takes the quotation that ends its complement (<see cref="Complement"/>).
    /// </summary>
    internal sealed class StatementNoun : QuotationRule
    {
        public override string Name => nameof(StatementNoun);

        /// <summary>How many tokens the reported clause may run before the quotation.</summary>
        private const int ClauseReach = 25;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            var (s0, s1) = SentenceOf(q);
            if (Complement(context, q, s0, s1) is { } called) return called;
            for (int c = q.Token - 1; c > s0 && q.Token - c <= ClauseReach; c--)
            {
                var t = tk[c];
                if (t.Is(";") || t.Is(":") || t.Is("—") || t.Is("--")) return null;
                if (!t.IsLowerWord) continue;
                if (!t.Has(WordGroup.Complementizer))
                {
                    // "his claim that Jo said …": another report inside the clause is that one's
                    if (t.CueVerb is { } v && v.Has(VerbTag.Speech | VerbTag.Stance) && !v.Has(VerbTag.Noun)) return null;
                    continue;
                }
                int noun = NounBeforeSetting(tk, c, s0);
                Mention? owner;
                if (noun >= 0) owner = Owner(tk, noun - 1, s0);
                else if ((noun = NounBeforeAgent(tk, c, s0, out int by)) >= 0)
                {
                    // "remarks by Defence Secretary Jo Bell that …": the speaker named after "by"
                    owner = context.MentionsFor(q.Paragraph).Parse(tk, by + 1, c, inverted: true);
                    if (owner != null && (owner.IsPronoun || owner.Start != by + 1 || Math.Max(owner.End, owner.Next) < c)) owner = null;
                }
                else return null;
                if (owner == null) return null;
                // "Critics mocked Reyes's claim that the levee was “sound”, and said …": a verb that judges the owned statement
                // reports none of the quoted words (CueThenContent leaves them to this rule), nor does the judge's next report
                if (ReportedByAnother(tk, s0, s1, owner.Start, q.Token, judged: JudgedByVerbBefore(tk, noun, q.Token, s0))) return null;
                var cue = new CueMatch(tk[noun].Text, noun, noun + 1, null);
                return context.FromClause(Name, q, new Clause(owner, cue, CuePlace.Before));
            }
            return null;
        }

        /// <summary>How many words the time, place or occasion between a noun of saying and its "that" may take ("during the debate").</summary>
        private const int SettingReach = 6;

        /// <summary>
        /// The noun of saying whose "that" is at <paramref name="that"/>, or -1: right before it ("his claim that"), or before a
        /// short phrase of when, where or before whom it was said ("his statement on Wednesday that", "her comment Monday that",
        /// "her assertion during the debate that"): a preposition that may cut a role ("at", "in", "during", "before") or a
        /// day word, then words only, none finite, relative or of another clause.
        /// </summary>
        internal static int NounBeforeSetting(IReadOnlyList<Token> tk, int that, int s0)
        {
            if (that - 1 >= s0 && tk[that - 1].IsLowerWord && tk[that - 1].Has(WordTag.StatementNoun)) return that - 1;
            for (int i = that - 1; i - 1 >= s0 && that - i <= SettingReach; i--)
            {
                var t = tk[i];
                if (!t.IsWord) return -1;
                bool lead = t.IsLowerWord ? t.Has(WordTag.RoleCut) : t.Has(WordTag.Time) && t.Has(WordTag.Calendar);
                if (lead && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordTag.StatementNoun)) return i - 1;
                if (t.IsLowerWord && (t.Has(WordTag.Finite | WordTag.ClauseBreak | WordTag.Relative) || t.CueVerb is { } v && !v.Has(VerbTag.Noun))) return -1;
            }
            return -1;
        }

        /// <summary>How many tokens a verb of judging may stand before the noun of saying it takes as its object, across the owner's phrase ("rejected US Defence Secretary Jo Bell's remark").</summary>
        private const int JudgingVerbReach = 9;

        /// <summary>
        /// True when a verb of judging or denying before the noun of saying at <paramref name="noun"/> takes the owned statement as
        /// its object, with the quotation at <paramref name="quote"/> in its clause (<see cref="JudgesOwnedStatement"/>).
        /// </summary>
        private static bool JudgedByVerbBefore(IReadOnlyList<Token> tk, int noun, int quote, int s0)
        {
            for (int v = noun - 1; v >= s0 && noun - v <= JudgingVerbReach; v--)
            {
                var t = tk[v];
                if (t.Is(",") || t.Is(";") || t.Is(":")) return false;
                if (t.IsLowerWord && Lexicon.AnyVerb(t.Lower) is { } verb && verb.Has(VerbTag.Judgement | VerbTag.Denial))
                    return JudgesOwnedStatement(tk, verb, v + 1, quote, s0);
            }
            return false;
        }

        /// <summary>How many words "by" and the speaker's phrase after a noun of saying may take before "that" ("by US Defence Secretary Jo Bell").</summary>
        private const int AgentReach = 8;

        /// <summary>
        /// "remarks by Defence Secretary Jo Bell that …", "the claim by the mayor that …": the index of the noun of saying (one or
        /// many: "remarks", "claims") right before "by" and the words of a speaker's phrase (none finite, of a clause or a verb of
        /// saying) that run to the "that" at <paramref name="that"/>, and the index of "by"; -1 when none, or when "that" opens a
        /// relative clause on the noun ("the remarks by the minister that angered …": a verb right after it).
        /// </summary>
        internal static int NounBeforeAgent(IReadOnlyList<Token> tk, int that, int s0, out int by)
        {
            by = -1;
            if (that + 1 >= tk.Count || !tk[that + 1].IsWord || tk[that + 1].IsLowerWord && (tk[that + 1].Has(WordTag.Finite) || CueLexicon.IsEdForm(tk[that + 1]))) return -1;
            for (int i = that - 1; i - 1 >= s0 && that - i <= AgentReach; i--)
            {
                var t = tk[i];
                if (!t.IsWord) return -1;
                if (t.IsLowerWord && t.Has(WordGroup.Agent))
                {
                    var n = tk[i - 1];
                    if (i + 1 >= that || !n.IsLowerWord || !IsStatementNounForm(n.Lower)) return -1;
                    by = i;
                    return i - 1;
                }
                if (t.IsLowerWord && (t.Has(WordTag.Finite | WordTag.ClauseBreak | WordTag.Relative) || t.Has(WordGroup.Complementizer) || t.CueVerb is { } v && !v.Has(VerbTag.Noun))) return -1;
            }
            return -1;
        }

        /// <summary>A noun of saying, one or many ("remark", "remarks").</summary>
        private static bool IsStatementNounForm(string lower) =>
            Lexicon.Is(lower, WordTag.StatementNoun) || Lexicon.Is(Inflection.Singular(lower), WordTag.StatementNoun);

        /// <summary>How many words may stand between a verb and the noun that is its object ("rejected the latest remarks").</summary>
        private const int ObjectWords = 3;

        /// <summary>True when the words [<paramref name="a"/>, <paramref name="noun"/>) are at most a determiner and modifiers of the noun: the verb's object is that noun.</summary>
        private static bool ObjectFrom(IReadOnlyList<Token> tk, int a, int noun)
        {
            if (noun - a > ObjectWords) return false;
            for (int i = a; i < noun; i++)
                if (!tk[i].IsLowerWord || tk[i].Has(WordTag.Finite | WordTag.ClauseBreak | WordTag.Relative) || tk[i].Has(WordGroup.Complementizer)) return false;
            return true;
        }

        /// <summary>How many words may stand between the preposition after a noun of calling and the quotation ("for a federal “…”").</summary>
        private const int ComplementReach = 6;

        /// <summary>
        /// "his call for a “total ban”", "Trump's pledge to be “neutral”", "her promise of “free college”": a noun of calling
        /// for or promising (tagged call-noun) owned by a possessive, then "for", "of" or "to" and a short phrase that ends in
        /// the quotation (words only: no punctuation, no other clause) says what the owner asked or promised; the quoted words
        /// are the owner's, unless the sentence reports them as another's ("the rally denounced Trump's call for “…”").
        /// </summary>
        private FoundAttribution? Complement(AttributionContext context, QuotationRef q, int s0, int s1)
        {
            var tk = TokensOf(q);
            for (int c = q.Token - 1; c - 2 >= s0 && q.Token - c <= ComplementReach + 1; c--)
            {
                var t = tk[c];
                // "his pledge to be “neutral”": the infinitive's "be" is no finite verb of another clause
                bool infinitive = t.IsLowerWord && t.Has(WordClass.Be) && tk[c - 1].IsLowerWord && tk[c - 1].Has(WordGroup.CallComplement);
                if (!t.IsWord || t.IsLowerWord && t.Has(WordTag.ClauseBreak | WordTag.Relative | WordTag.Finite) && !infinitive) return null;
                if (!t.IsLowerWord || !t.Has(WordGroup.CallComplement) || !tk[c - 1].IsLowerWord || !tk[c - 1].Has(WordGroup.CallNoun)) continue;
                var owner = Owner(tk, c - 2, s0);
                // "his calls to end the “rigged economy” that he says …": a relative clause on the quoted words reports nothing of the call's
                int end = q.Token + 1 < s1 && tk[q.Token + 1].IsLowerWord && tk[q.Token + 1].Has(WordTag.Relative | WordTag.ClauseBreak) ? q.Token : s1;
                if (owner == null || ReportedByAnother(tk, s0, end, owner.Start, q.Token)) return null;
                return context.FromClause(Name, q, new Clause(owner, new CueMatch(tk[c - 1].Text, c - 1, c, null), CuePlace.Before));
            }
            return null;
        }

        /// <summary>
        /// "X suggested the wins back her claim that …", "… her claim that …, as X suggested": a reporting verb of the sentence
        /// outside the owner's phrase [<paramref name="owner"/>, <paramref name="q"/>] makes the sentence X's report.
        /// </summary>
        /// <remarks>
        /// With <paramref name="judged"/> (a verb of judging before takes the owned statement as its object) a reporting verb
        /// coordinated after the quotation ("… “sound,” and said …") is that judge's own next report, not a report of the quoted words.
        /// </remarks>
        internal static bool ReportedByAnother(IReadOnlyList<Token> tk, int s0, int s1, int owner, int q, bool judged = false)
        {
            for (int x = s0; x < s1; x++)
            {
                if (judged && x > q && x - 1 >= 0 && tk[x - 1].IsLowerWord && tk[x - 1].Has(WordClass.Coordinator)) continue;
                if ((x < owner || x > q) && tk[x].IsLowerWord && tk[x].CueVerb is { } outer && outer.Has(VerbTag.Reported) && !outer.Has(VerbTag.Noun)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Critics mocked Tom Reyes's claim that the levee was “sound”", "Lund disputed the mayor's assertion that the pier was “safe”":
        /// a verb of judging or denying (<paramref name="verb"/>) whose object, right after it, is a noun of saying owned by a
        /// possessive (a name, a pronoun or a description: "the mayor's") and its "that"; the clause after "that", up to
        /// <paramref name="quote"/> (words only, no other reporting verb), is what the owner said, so the quoted words there are the
        /// owner's, not the verb's subject's (this rule takes them where it reads the owner).
        /// </summary>
        internal static bool JudgesOwnedStatement(IReadOnlyList<Token> tk, ReportingVerb? verb, int verbEnd, int quote, int s0)
        {
            if (verb == null || !verb.Has(VerbTag.Judgement | VerbTag.Denial)) return false;
            for (int c = verbEnd + 1; c < quote && c - verbEnd <= ClauseReach; c++)
            {
                var t = tk[c];
                if (!t.IsWord) return false;
                if (!t.IsLowerWord || !t.Has(WordGroup.Complementizer)) continue;
                int noun = NounBeforeSetting(tk, c, s0);
                if (noun < 0 || !OwnedFrom(tk, verbEnd, noun))
                {
                    // "rejected remarks by Defence Secretary Jo Bell that …": the verb's object is the noun whose speaker "by" names
                    noun = NounBeforeAgent(tk, c, s0, out _);
                    if (noun < 0 || !ObjectFrom(tk, verbEnd, noun)) return false;
                }
                for (int x = c + 1; x < quote; x++)
                    if (!tk[x].IsWord || tk[x].IsLowerWord && tk[x].CueVerb is { } v && v.Has(VerbTag.Speech | VerbTag.Stance) && !v.Has(VerbTag.Noun)) return false;
                return true;
            }
            return false;
        }

        /// <summary>
        /// True when the words [<paramref name="a"/>, <paramref name="noun"/>) own the noun: a name or pronoun that <see cref="Owner"/>
        /// reads, starting at <paramref name="a"/>, or a description in the possessive ("the mayor's", "the city's new").
        /// </summary>
        private static bool OwnedFrom(IReadOnlyList<Token> tk, int a, int noun)
        {
            if (Owner(tk, noun - 1, a) is { } owner) return owner.Start == a;
            if (!tk[a].IsLowerWord || !tk[a].Has(WordTag.Determiner)) return false;
            for (int i = a + 1; i < noun; i++)
                if (ReportedSpeech.IsPossessive(tk[i])) return true;
            return false;
        }

        /// <summary>The possessive that owns the noun ending at <paramref name="i"/> (up to three modifiers between: "Trump's recent evidence-free claim"), as a mention.</summary>
        internal static Mention? Owner(IReadOnlyList<Token> tk, int i, int s0)
        {
            for (int n = 0; i >= s0 && n <= 3; i--, n++)
            {
                var t = tk[i];
                if (t.Is(",") && i + 1 < tk.Count && tk[i + 1].IsLowerWord) continue;   // "recent, oft-repeated"
                // "the officials' claim", "Sanders’ argument": the possessive of a word in -s is its apostrophe alone, a mark of its own
                if (IsApostropheOfPlural(tk, i, s0))
                    return tk[i - 1].IsCapitalized ? PossessiveName(tk, i - 1, s0, markApart: true) : PossessiveDescription(tk, i - 1, s0, markApart: true);
                if (!t.IsWord) return null;
                string? pronoun = Lexicon.SubjectOfPossessive(t.Lower);
                if (pronoun != null)
                    return Mention.Pronoun(tk, i, pronoun);
                // "Trump's claim", "the mayor's claim"
                if (ReportedSpeech.IsPossessive(t)) return t.IsCapitalized ? PossessiveName(tk, i, s0) : PossessiveDescription(tk, i, s0);
                // "Trump's most recent claim": a word that grades the modifier after it
                if (t.IsLowerWord && t.Has(WordTag.Degree) && n > 0) continue;
                // "her March comment", "the minister's Monday statement", "his 2015 remark": a date's word or a year is a modifier too
                if (t.IsCapitalized && t.Has(WordTag.Calendar) || ReportedSpeech.IsYear(t)) continue;
                if (!t.IsLowerWord || t.Has(WordTag.Function | WordTag.Finite | WordTag.Determiner)) return null;
                // a modifier ("recent", "evidence-free"): read on
            }
            return null;
        }

        /// <summary>
        /// True when the token at <paramref name="i"/> is an apostrophe standing right after a word in -s, with no space between:
        /// that word's possessive ("the judges’", "Sanders'"), not a quotation's closing mark ("the word ‘guns’ ").
        /// </summary>
        private static bool IsApostropheOfPlural(IReadOnlyList<Token> tk, int i, int s0) =>
            tk[i].IsApostropheMark && i - 1 >= s0 && tk[i - 1].IsWord && tk[i - 1].End == tk[i].Start &&
            tk[i - 1].Lower.EndsWith("s", StringComparison.Ordinal) && !ReportedSpeech.IsPossessive(tk[i - 1]);

        /// <summary>How many words a described owner may have between its determiner and its noun ("the Florida senator’s", "the city's new").</summary>
        private const int DescribedOwnerWords = 3;

        /// <summary>
        /// "the mayor's", "The Florida senator’s", "the city council's": a determiner, a few words with no grammar word or verb, and a
        /// noun of persons or of a body in the possessive at <paramref name="i"/>, as a description without the 's; null for the
        /// possessive of anything else ("the plan's promise", "the report's claim": a thing's, as "its" may be).
        /// </summary>
        private static Mention? PossessiveDescription(IReadOnlyList<Token> tk, int i, int s0, bool markApart = false)
        {
            var last = tk[i];
            var head = markApart ? last.Lower : Possessive.Strip(last.Lower);
            int suffix = markApart ? 0 : Possessive.Straight.Length, end = markApart ? i + 2 : i + 1;
            bool person = Lexicon.IsSpeakerNoun(head, out var singular, out bool plural);
            if (!person && !Lexicon.IsOrganisationWord(head)) return null;
            int a = i - 1;
            while (a >= s0 && i - a <= DescribedOwnerWords && tk[a].IsWord && !tk[a].Has(WordTag.Determiner) &&
                   !tk[a].Has(WordTag.Function | WordTag.Finite | WordTag.Pronoun) && !tk[a].IsVerbForm && !ReportedSpeech.IsPossessive(tk[a]))
                a--;
            if (a < s0 || !tk[a].IsWord || !tk[a].Has(WordTag.Determiner) || tk[a].Has(WordTag.Possessive)) return null;
            var m = new Mention
            {
                Kind = MentionKind.Description, Start = a, End = end, Next = end, Determiner = tk[a].Lower, Head = person ? singular : head, Plural = plural,
                IsOrganisationHead = !person, CharStart = tk[a].Start, CharEnd = last.End - suffix,
            };
            for (int x = a + 1; x < i; x++) m.AddModifier(tk[x].Text);
            m.Text = MentionParser.Join(tk, a, i) + " " + last.Text.Substring(0, last.Text.Length - suffix);
            return m;
        }

        /// <summary>
        /// "Donald Trump’s": the capitalised words that end in the possessive at <paramref name="i"/>, without the 's; with
        /// <paramref name="markApart"/>, the word at <paramref name="i"/> is whole and its apostrophe the token after it ("Bernie Sanders’").
        /// </summary>
        private static Mention? PossessiveName(IReadOnlyList<Token> tk, int i, int s0, bool markApart = false)
        {
            int a = i;
            while (a - 1 >= s0 && i - a < 3 && tk[a - 1].IsCapitalized && !tk[a - 1].Has(WordTag.Function | WordTag.NotNameStart | WordTag.Calendar)) a--;
            // "Despite Santilli's insistence": a capitalised preposition that opens the sentence is no part of the name
            while (a < i && tk[a].Has(WordTag.IntroPhrase)) a++;
            var last = tk[i];
            if (!last.IsCapitalized || tk[a].Has(WordTag.NotNameStart | WordTag.Function)) return null;
            int suffix = markApart ? 0 : Possessive.Straight.Length, end = markApart ? i + 2 : i + 1;
            var words = new List<string>();
            for (int x = a; x < i; x++) words.Add(tk[x].Text);
            words.Add(last.Text.Substring(0, last.Text.Length - suffix));
            var name = string.Join(" ", words);
            return new Mention { Kind = MentionKind.Name, Start = a, End = end, Next = end, CharStart = tk[a].Start, CharEnd = last.End - suffix, Text = name, Name = name };
        }
    }
}
