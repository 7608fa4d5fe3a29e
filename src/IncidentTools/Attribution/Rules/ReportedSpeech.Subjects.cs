using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The subject before a cue verb: the mention that opens its clause (past asides, introductory phrases and
    /// relatives), generic noun phrases and their heads, and the phrases of time and asides between a subject and its verb.
    /// </summary>
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// The subject that ends where the verbal group starts. The clause is read back to the word
        /// or mark that opens it and cut at its commas: introductory phrases ("In a statement, …",
        /// "However, …") are passed over; the subject is the mention that starts the first other
        /// segment and reaches the verb (an apposition between them is the mention's own: "Jo Bell,
        /// a spokeswoman, said"); else a mention that ends the last segment right before the verb
        /// when what precedes it in the segment is an introductory phrase ("In the interview he said")
        /// or content ("The plan is dead, he said"). "who"/"which"/"that" right before the verb is
        /// the source, standing for its antecedent. Null when there is none.
        /// </summary>
        public static Subject? SubjectBefore(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // several rules ask for the subject before the same verb: it is read once per parser and handed out as a
            // copy each time (a rule may change the mention it is given: the next one gets what the grammar read)
            var key = (tk, s0, g);
            var kept = mp.Subjects ??= new Dictionary<(IReadOnlyList<Token>, int, int), Subject?>();
            if (kept.TryGetValue(key, out var known)) return known?.Copy();
            var subject = SubjectBeforeOf(mp, tk, s0, g);
            // "Biden defended the union as a mainstream voice, mocked the board …": the object's complement, set off by the comma
            // before the next verb of the list, is no subject ("The pier is safe as the mayor said" has no comma: the as-clause's)
            // (the phrase reaches that comma with no apposition of its own: "as Davis, Reagan's daughter, attacked" is the as-clause's)
            if (subject != null && g - 1 > s0 && tk[g - 1].Is(",") && subject.Mention.Apposition == null && Math.Max(subject.Mention.Next, subject.Mention.End) >= g - 1 &&
                IsAsComplement(tk, subject.Mention, s0)) subject = null;
            kept[key] = subject?.Copy();
            return subject;
        }

        /// <summary>
        /// <see cref="SubjectBefore"/> read from the tokens: the subject next to the verb, or the one that opens the clause
        /// before asides between commas (<see cref="ApposedSubject"/>) when none is next to it or the one found stands in
        /// an aside ("Trump, speaking in Wilmington, N.C., warned"); a name closing the asides after a description stays
        /// ("A spokesman for the Guard, Col. Jo Marsh, said").
        /// </summary>
        private static Subject? SubjectBeforeOf(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // "Democrats, Frank notes, applaud …": words ending in the verb of an aside are no subject
            if (g - 2 > s0 && tk[g - 1].Is(",") && FiniteVerbAt(tk, g - 2, s0, g) is { } aside && IsNamedAside(tk, aside.Entry, g - 2, g - 1, s0, g)) return null;
            if (NameAfterDescribedRelative(mp, tk, s0, g) is { } described) return described;
            var near = SubjectNextTo(mp, tk, s0, g);
            if (ApposedSubject(mp, tk, s0, g) is not { } apposed) return near;
            if (near == null) return apposed;
            if (near.Mention.Start <= apposed.Mention.Start) return near;
            // ("A rival charity, the Harbour Trust, said": an organisation's name is such a name)
            bool nameAfterDescription = (near.Mention.Kind == MentionKind.Name || near.Mention.Kind == MentionKind.Organisation) && apposed.Mention.Kind == MentionKind.Description &&
                                        tk[near.Mention.Start - 1].Is(",") && !HasComma(tk, apposed.Mention.Start, near.Mention.Start - 1);
            return nameAfterDescription ? near : apposed;
        }

        /// <summary>
        /// speaker121's leftover: "A retired colonel who now teaches at a university in Quetta, Ada Lund, said": a description
        /// headed by a person's noun that opens the clause, a relative clause of that person ("who …") with no comma inside, then a
        /// full name set off by commas right before the verb: the name is the subject, the description with its clause the name's
        /// role (as "A spokesman for the Guard, Col. Jo Marsh, said" reads; the resolver reads the clause as
        /// <see cref="MentionFacts.TeachesAtResearchBody"/> does after a name). Not when the clause ends on a person's noun or a
        /// person's name ("who flew with the harbour master, Jo Bell, said": the name may be that person's), nor a description
        /// that is no person's.
        /// </summary>
        private static Subject? NameAfterDescribedRelative(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            if (g - 4 <= s0 || !tk[g - 1].Is(",")) return null;
            // the name's segment, after its own comma
            int c = g - 2;
            while (c > s0 && tk[c].IsWord) c--;
            if (c <= s0 || !tk[c].Is(",") || c + 1 >= g - 1) return null;
            var name = mp.Parse(tk, c + 1, g - 1, inverted: true);
            if (name == null || name.Kind != MentionKind.Name || name.IsPronoun || name.Apposition != null || Math.Max(name.Next, name.End) < g - 1) return null;
            // the clause's start: the sentence's, or the word after a quotation or clause mark; no comma between
            int a = c - 1;
            while (a > s0 && !(tk[a - 1].IsQuote || IsClauseMark(tk[a - 1]))) { if (tk[a - 1].Is(",")) return null; a--; }
            int opener = a > s0 ? a - 1 : -1;
            while (a < c && tk[a].IsWord && tk[a].Has(WordTag.Intro)) a++;
            // the relative of a person after the description, its clause with a verb of its own right after it (or an adverb or auxiliary)
            int r = a + 1;
            while (r < c && !(tk[r].IsLowerWord && tk[r].Has(WordClass.PersonRelative))) r++;
            if (r + 1 >= c) return null;
            var d = mp.Parse(tk, a, r, inverted: true);
            if (d == null || d.Kind != MentionKind.Description || d.IsPronoun || d.Plural || Math.Max(d.Next, d.End) < r || !Lexicon.IsSpeakerNoun(d.Head, out _, out _)) return null;
            // (the clause ends on no person: not on a speaker's noun, nor on a capitalised name that no place preposition leads)
            var last = tk[c - 1];
            if (last.IsSpeakerNoun(out _, out _)) return null;
            if (last.IsCapitalized)
            {
                int p = c - 1;
                while (p > r && tk[p].IsCapitalized) p--;
                if (!(tk[p].IsLowerWord && tk[p].Has(WordClass.PlacePreposition))) return null;
            }
            name.Apposition = MentionParser.Join(tk, a, c);
            name.Next = g;
            return new Subject(name, a, opener);
        }

        private static bool HasComma(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].Is(",")) return true;
            return false;
        }

        /// <summary>The subject read back from the verb (its clause cut at commas, an inserted relative or age passed over).</summary>
        private static Subject? SubjectNextTo(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // "Jo Bell, 44, said", "the brothers, 22 and 19, say": an age between commas is the apposition of the subject before it
            if (AgeAppositionStart(tk, s0, g) is int ac && ac >= 0) return SubjectEndingAt(mp, tk, s0, ac);
            var subject = SubjectEndingAt(mp, tk, s0, g);
            if (subject != null && IsFigureOfANoun(tk, subject.Mention)) return null;
            // "A woman who told Mark Jensen of the Hull Institute said": the object of the relative clause's verb is no subject;
            // the noun the clause describes is (read below, before the restrictive relative)
            if (subject != null && IsObjectOfRelativeVerb(tk, s0, g, subject)) subject = null;
            // "Jo Bell, who served in Oslo, Rome and Paris, said": a words of the inserted clause are not the subject;
            // the noun phrase before ", who" is (and no subject when it is not one)
            if (g - 1 > s0 && tk[g - 1].Is(",") && InsertedRelativeStart(tk, s0, g) is int rc && rc >= 0 && (subject == null || subject.Mention.Start > rc))
                return WithScholarlyRelative(SubjectEndingAt(mp, tk, s0, rc), tk, rc, g);
            if (subject == null) subject = BeforeContactRelative(mp, tk, s0, g);
            if (subject == null) subject = BeforeRestrictiveRelative(mp, tk, s0, g);
            if (subject != null || g - 1 <= s0 || !tk[g - 1].Is(",")) return subject;
            // "Jo Bell, who led the inquiry, said", "the agency, which oversees the program, said":
            // an inserted clause between the subject and its verb
            for (int c = g - 2, n = 0; c > s0 && n < SubjectReach; c--, n++)
            {
                var t = tk[c];
                if (t.IsQuote || IsClauseMark(t)) break;
                if (!t.Is(",")) continue;
                bool relative = false;
                for (int i = c + 1; i < g - 1 && !relative; i++) relative = tk[i].IsWord && IsRelativePronoun(tk[i].Lower);
                if (!relative) continue;
                // "An officer who was at the post that night, and who asked not to be named, said": the first relative
                // clause has no comma and picks out its noun, the second is joined to it
                var before = SubjectEndingAt(mp, tk, s0, c);
                if (before == null && IsJoinedRelative(tk, c, g) && BeforeRestrictiveRelative(mp, tk, s0, c) is { } picked)
                {
                    picked.Mention.Next = g;
                    return picked;
                }
                return WithScholarlyRelative(before, tk, c, g);
            }
            return null;
        }

        /// <summary>
        /// "A woman who told Mark Jensen of the Hull Institute said", "A woman who met Mark Jensen of a university in Hull said": a
        /// mention right after the verb of a relative clause whose subject is the relative pronoun ("who told", "who has met",
        /// "that now backs") is that verb's object, not the subject of the verb after it; the noun before the pronoun is
        /// (<see cref="BeforeRestrictiveRelative"/>). Read from the verb the scan back from the verb stopped at, or from the
        /// pronoun it stopped at (the clause's verb then passed over before the mention). Not after a verb of saying or thought
        /// that takes no addressee and judges nothing ("officials who believe Jensen said …": its clause may open with the name;
        /// "growers who criticized the levy said" judges an object), nor in an object
        /// relative ("the ferry that Mark Jensen said …": the mention right after the pronoun).
        /// </summary>
        private static bool IsObjectOfRelativeVerb(IReadOnlyList<Token> tk, int s0, int g, Subject subject)
        {
            var mention = subject.Mention;
            int o = subject.OpenerIndex;
            if (o < s0 || !tk[o].IsLowerWord) return false;
            // where the mention's own words start: a name's first capitalised word (the verb before it may have been read as the
            // name's title: "who met Mark Jensen")
            int n = mention.Start;
            if (mention.Kind == MentionKind.Name)
                while (n < mention.End && !tk[n].IsCapitalized) n++;
            int v = n - 1;
            if (v < o || v <= s0) return false;
            var verb = tk[v];
            bool found = verb.IsLowerWord && (verb.Has(WordTag.Finite) || IsPastVerb(verb) || FiniteVerbAt(tk, v, s0, g) != null ||
                                              !verb.Has(WordTag.Determiner | WordTag.Preposition | WordTag.Function) && !verb.IsSpeakerNoun(out _, out _) &&
                                              !MentionParser.IsHeadNoun(verb, out _, out _, out _));
            if (!found) return false;
            // the relative pronoun before the verb, at most an auxiliary or adverb between ("who has met"); the scan stopped inside
            // the clause
            int r = v - 1;
            while (r > s0 && v - r <= RelativeVerbGroupWords && IsAuxiliaryOrAdverb(tk[r])) r--;
            if (r > o || !tk[r].IsLowerWord || !IsRelativePronoun(tk[r].Lower)) return false;
            // (the pronoun after a noun it describes: not "asked who Jensen …")
            if (r - 1 < s0 || !tk[r - 1].IsWord) return false;
            var cue = FiniteVerbAt(tk, v, s0, g);
            // (a verb of judging takes its object, never a clause: "Growers who criticized the levy said" has "the levy" judged)
            return cue == null || !(cue.Entry.IsSpeech || cue.Entry.Has(VerbTag.Thought)) || cue.Entry.TakesAddressee || cue.Entry.Has(VerbTag.Judgement);
        }

        /// <summary>An auxiliary or an adverb in lower case, inside a verb group ("has", "now").</summary>
        private static bool IsAuxiliaryOrAdverb(Token t) => t.IsLowerWord && (t.Has(WordTag.Auxiliary) || Lexicon.IsAdverb(t.Text));

        /// <summary>The auxiliaries and adverbs <see cref="IsObjectOfRelativeVerb"/> reads between a relative pronoun and its verb ("who has now met").</summary>
        private const int RelativeVerbGroupWords = 2;

        /// <summary>
        /// "Ada Lund, who teaches economics at a university in Lahore, said": a relative clause inserted between a named subject
        /// and its verb that says where the subject teaches (<see cref="MentionFacts.TeachesAtResearchBody"/>) is the name's role,
        /// as an apposition is ("Ada Lund, a lecturer at a university, said"); so is one that says what subject the person teaches
        /// in a named place ("Dr Ada Lund, who teaches law in Quetta, said": <see cref="MentionFacts.TeachesASubjectInAPlace"/>,
        /// the role the resolver reads as a scholar's, of no side); so is one that says the subject left an office
        /// ("Gen. Ali Shah, who retired from the army in 2008, wrote": <see cref="MentionFacts.LeftOfficeRelative"/>), as "Ali
        /// Shah, a retired general," is; any other inserted clause stays none of it.
        /// </summary>
        private static Subject? WithScholarlyRelative(Subject? subject, IReadOnlyList<Token> tk, int comma, int g)
        {
            if (subject == null || subject.Mention.Kind != MentionKind.Name || comma + 1 >= g - 1) return subject;
            if (subject.Mention.Apposition != null)
            {
                // "Our guest this afternoon, Dr Ada Lund, who follows the region for a research centre in Lund, said": a description
                // before the name that says nothing of whom the person works for takes the clause that does
                var researchClause = MentionParser.Join(tk, comma + 1, g - 1);
                if (SaysNoEmployer(subject.Mention.Apposition) && MentionFacts.TeachesAtResearchBody(researchClause))
                    subject.Mention.Apposition += ", " + researchClause;
                return subject;
            }
            var clause = MentionParser.Join(tk, comma + 1, g - 1);
            if (MentionFacts.TeachesAtResearchBody(clause) || MentionFacts.TeachesASubjectInAPlace(clause) || MentionFacts.LeftOfficeRelative(clause)) subject.Mention.Apposition = clause;
            // "Ada Lund, a researcher at an institute who follows the region, said", "Ali Shah, a former officer who now teaches at
            // a university, said": words between the commas that open with an article and a noun before their relative word are an
            // apposition whose noun the clause describes, the name's role as it is without the clause (the role keeps the words
            // before the relative word)
            else if (tk[comma + 1].IsLowerWord && tk[comma + 1].Has(WordClass.Article) && comma + 2 < g - 1 && !IsRelativePronoun(tk[comma + 2].Lower))
                subject.Mention.Apposition = clause;
            return subject;
        }

        /// <summary>
        /// "Our guest on the desk this afternoon", "a caller from the valley": a description that names no employer, body or place of
        /// its own (every word after the first in lower case) and whose speaker noun is none that speaks for an institution
        /// (speaker-nouns.txt 'institutional': not "a spokesman for the guard", "an official"), so a clause after the name may say
        /// whom the person works for.
        /// </summary>
        private static bool SaysNoEmployer(string apposition)
        {
            var words = apposition.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            bool noun = false;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i].TrimEnd(',');
                if (w.Length == 0 || i > 0 && !char.IsLower(w[0])) return false;
                if (!Lexicon.IsSpeakerNoun(Casing.Lower(w), out _, out _)) continue;
                if (Lexicon.IsSpeakerNoun(Casing.Lower(w), SpeakerNounTag.Institutional)) return false;
                noun = true;
            }
            return noun;
        }

        /// <summary>
        /// "…, a 59 percent decline, according to …", "a 40% rise": an indefinite article, then only a figure (a number or a
        /// sum, and at most its proportion word or percent sign) is no noun phrase of its own: the article's noun is the word after the
        /// figure (the verb form the caller found is that noun), so the words are no subject. "A 54 percent majority of
        /// voters say" ends on its noun, and "59 percent say" has no article. The definite article too before a figure with its
        /// percent sign or proportion word ("the 0.3% decline seen in March"), but not before a bare number, which counts people
        /// ("the 12 said they were innocent").
        /// </summary>
        private static bool IsFigureOfANoun(IReadOnlyList<Token> tk, Mention m)
        {
            int n = m.End - m.Start;
            if (n < 2 || n > 3 || !tk[m.Start].IsWord || !tk[m.Start].Has(WordClass.Article) || !IsAmount(tk[m.Start + 1])) return false;
            bool share = n == 3 && (tk[m.Start + 2].IsWord && tk[m.Start + 2].Has(WordTag.Proportion) || tk[m.Start + 2].Is("%"));
            return share || n == 2 && tk[m.Start].Has(WordClass.IndefiniteArticle);
        }

        /// <summary>
        /// For a verb at g after a comma, the comma that opens an age in apposition (", 44,", ", 22 and 19,": one or two
        /// numbers of at most three digits between commas, after a word), or -1.
        /// </summary>
        private static int AgeAppositionStart(IReadOnlyList<Token> tk, int s0, int g)
        {
            if (g - 3 <= s0 || !tk[g - 1].Is(",")) return -1;
            int c = g - 2;
            if (!IsAgeNumber(tk[c])) return -1;
            if (c - 2 > s0 && tk[c - 1].IsLowerWord && tk[c - 1].Has(WordClass.ListCoordinator) && IsAgeNumber(tk[c - 2])) c -= 2;
            return tk[c - 1].Is(",") && c - 2 >= s0 && tk[c - 2].IsWord && !IsAgeNumber(tk[c - 2]) ? c - 1 : -1;
        }

        /// <summary>A number of at most <see cref="RolePhrase.AgeDigits"/> digits standing alone ("44"): an age in apposition (a phrase of age is <see cref="RolePhrase.IsAge"/>).</summary>
        private static bool IsAgeNumber(Token t) => t.IsDigits && t.Text.Length <= RolePhrase.AgeDigits;

        /// <summary>The digits of a year ("2015").</summary>
        private const int YearDigits = 4;

        /// <summary>A year written in digits ("2015").</summary>
        internal static bool IsYear(Token t) => t.IsDigits && t.Text.Length == YearDigits;

        /// <summary>
        /// For a verb at g after a comma, the comma that opens an inserted non-restrictive relative
        /// clause (", who …,", ", whose …,", ", which …,") or an adverbial clause opened by a subordinator or a relative adverb
        /// (", after the board voted,", ", when asked,", ", where it sits,"; one phrase with no comma inside) closed by that comma, or -1: no quotation,
        /// clause mark or other relative clause between.
        /// </summary>
        private static int InsertedRelativeStart(IReadOnlyList<Token> tk, int s0, int g)
        {
            for (int c = g - 2, n = 0; c > s0 && n < SubjectReach; c--, n++)
            {
                var t = tk[c];
                if (t.IsQuote || IsClauseMark(t) || t.Is(";") || t.Is(":")) return -1;
                if (!t.Is(",") || c + 1 >= g - 1) continue;
                var w = tk[c + 1];
                if (w.IsLowerWord && w.Has(WordClass.AsideRelative | WordClass.PersonAside)) return c;
                // "…, as one of them, The AP's Jo Bell, reported": an adverbial aside is one phrase, with no comma of its own
                if (w.IsLowerWord && w.Has(WordTag.Subordinator) && !HasComma(tk, c + 1, g - 1)) return c;
                // "Rawalpindi, where the army has its headquarters, dismissed …": a relative adverb's clause about the place, one
                // phrase as well (not a relative pronoun: those are asides above)
                if (w.IsLowerWord && w.Has(WordTag.Relative) && !w.Has(WordClass.RelativePronoun) && !HasComma(tk, c + 1, g - 1)) return c;
            }
            return -1;
        }

        /// <summary>
        /// "Senior officers I have spoken to over the months still believe …": a relative clause with no relative
        /// pronoun (a subject pronoun right after a speaker noun, then its own verb) between the subject and the
        /// verb; the described people are the subject, the clause their apposition.
        /// </summary>
        private static Subject? BeforeContactRelative(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            for (int i = g - 2, n = 0; i > s0 && n < ContactRelativeReach; i--, n++)
            {
                var t = tk[i];
                if (!t.IsWord || t.IsQuote) return null;
                // ("Officials I've spoken to say …": the pronoun written with its auxiliary as one word)
                if (!(CueLexicon.IsSubjectPronoun(t.Lower) && (t.IsLowerWord || t.IsPronounI) || t.Has(WordGroup.ContractedSubject) && !t.Has(WordGroup.ContractedBe))) continue;
                var noun = tk[i - 1];
                // (the noun in lower case, or capitalised as the sentence's first word: "Officials I have spoken to say …")
                if (!(noun.IsLowerWord || i - 1 == s0 && noun.IsCapitalized) || !noun.IsSpeakerNoun(out _, out _)) return null;
                var sub = SubjectEndingAt(mp, tk, s0, i);
                if (sub == null || sub.Mention.Kind != MentionKind.Description || sub.Mention.IsPronoun) return null;
                sub.Mention.Apposition ??= MentionParser.Join(tk, i, g);
                sub.Mention.Next = g;
                return sub;
            }
            return null;
        }

        /// <summary>", and who …": at c a comma, then "and" and a relative of a person ("and who asked not to be named,").</summary>
        private static bool IsJoinedRelative(IReadOnlyList<Token> tk, int c, int g) =>
            c + 2 < g - 1 && tk[c + 1].IsLowerWord && tk[c + 1].Has(WordClass.ListCoordinator) && tk[c + 2].IsLowerWord && tk[c + 2].Has(WordClass.PersonRelative);

        /// <summary>
        /// "Officials who spoke on condition of anonymity said", "Executives who have worked with the firm say": a relative
        /// clause with no comma, with a verb of its own right after the pronoun, between the subject and the verb; the
        /// described people are the subject, the clause their post-modifier. A pronoun right before the verb group
        /// ("the officials who say") is that clause's own subject, not this.
        /// </summary>
        private static Subject? BeforeRestrictiveRelative(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // "the groups that brought them in and say …": a verb coordinated inside the relative clause is the clause's own
            if (g - 1 <= s0 || tk[g - 1].IsWord && tk[g - 1].Has(WordClass.ListCoordinator | WordClass.ClauseCoordinator)) return null;
            for (int r = g - 2, n = 0; r > s0 && n < SubjectReach; r--, n++)
            {
                var t = tk[r];
                if (t.IsQuote || IsClauseMark(t) || t.Is(",")) return null;
                if (!t.IsLowerWord || !t.Has(WordClass.RestrictiveRelative)) continue;
                // the relative's own verb (or its auxiliary or adverb) right after the pronoun; the noun it describes right before it
                var verb = tk[r + 1];
                var noun = tk[r - 1];
                // (not the subject of an object relative: "the themes that marketers hope …"); a "that" which opens no relative
                // clause of a person ("who was at the pier that night said") is passed over for the "who" before it
                bool personRelative = t.Has(WordClass.PersonRelative);
                // ("who was at headquarters that night said": a "that" before a word of time is its demonstrative; and a word
                // in -s right after "who" is the clause's verb, "An official who follows the talks said", "a man who lives
                // nearby", not a plural noun)
                if (!verb.IsLowerWord || !personRelative && (IsPluralNoun(verb) || verb.Has(WordTag.Time | WordTag.Calendar)) || verb.IsSpeakerNoun(out _, out _) ||
                    verb.Has(WordTag.Determiner | WordTag.Preposition | WordTag.Function) && !verb.Has(WordTag.Finite))
                {
                    if (personRelative) return null;
                    continue;
                }
                // (or a phrase of place after a speaker's noun: "A diplomat in Islamabad who asked not to be named said")
                bool nounBefore = noun.IsWord && (IsPluralNoun(noun) || noun.IsSpeakerNoun(out _, out _) || noun.Has(WordTag.Proportion | WordTag.Plural));
                if (!nounBefore && !(noun.IsWord && noun.IsCapitalized) && !(personRelative && noun.IsLowerWord))
                {
                    if (personRelative) return null;
                    continue;
                }
                var sub = SubjectEndingAt(mp, tk, s0, r);
                if (sub == null || sub.Mention.IsPronoun || sub.Mention.Kind != MentionKind.Description) return null;
                if (!nounBefore && !(sub.Mention.PostModifier != null && tk[sub.Mention.End].IsLowerWord && tk[sub.Mention.End].Has(WordClass.PlacePreposition) &&
                                     Lexicon.IsSpeakerNoun(sub.Mention.Head, out _, out _)) && !(personRelative && PersonBeforeItsPhrase(sub.Mention, tk))) return null;
                // a phrase the mention grammar does not read is short ("Some who …", "Many voters who …"), not a clause's object ("the fulfillment of … to the groups")
                if (sub.Generic && sub.Mention.End - sub.Mention.Start > 3) return null;
                // the noun phrase opens its clause: not a predicate ("they are the ones who …", "is a man who …") nor an aside after a dash
                if (sub.OpenerIndex >= 0 && !(tk[sub.OpenerIndex].IsWord && (tk[sub.OpenerIndex].Has(WordTag.Subordinator | WordTag.Intro) ||
                                                                             tk[sub.OpenerIndex].Has(WordClass.ClauseCoordinator)))) return null;
                if (sub.Mention.PostModifier == null) sub.Mention.PostModifier = MentionParser.Join(tk, r, g);
                else sub.Mention.Apposition ??= MentionParser.Join(tk, r, g);
                sub.Mention.Next = g;
                WithPhrase(tk, sub.Mention, g);
                return sub;
            }
            return null;
        }

        /// <summary>
        /// "A soldier of the border police who was on the ward said", "a nurse at the clinic who saw the wounded said": before a
        /// relative of a person ("who"), a description headed by a person's noun with a phrase of a preposition after it (a body,
        /// a place: no person's noun) is the one the relative clause describes and the verb's subject, as "A diplomat in
        /// Islamabad who …" is.
        /// </summary>
        private static bool PersonBeforeItsPhrase(Mention m, IReadOnlyList<Token> tk) =>
            m.PostModifier != null && m.End < tk.Count && tk[m.End].IsLowerWord && tk[m.End].Has(WordTag.Preposition) && tk[m.End].Has(WordTag.Postmodifier) &&
            Lexicon.IsSpeakerNoun(m.Head, out _, out _);

        /// <summary>
        /// A described subject's source reads to the end of its phrase ("Officials in three states", "Executives who have
        /// worked with the firm"), up to e (a comma before it left out); the words to its head stay its <see cref="Mention.HeadText"/>.
        /// </summary>
        private static Mention WithPhrase(IReadOnlyList<Token> tk, Mention m, int e)
        {
            if (m.Kind != MentionKind.Description || m.Owner != null) return m;
            if (e > m.End && tk[e - 1].Is(",")) e--;
            if (e <= m.End) return m;
            m.HeadText ??= m.Text;
            m.CharEnd = tk[e - 1].End;
            m.Text = MentionParser.Join(tk, m.Start, e);
            return m;
        }

        /// <summary>
        /// The subject that ends right before the verb at <paramref name="g"/>. Two bodies or people joined by "and" are one
        /// subject ("the army and the ministry said", "the mayor and her aides said"); when the words before the "and" make no
        /// subject with it that reaches the verb ("He visited the ministry and the army said"), the second alone is the subject.
        /// </summary>
        private static Subject? SubjectEndingAt(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            var subject = SubjectEndingAt(mp, tk, s0, g, joinBodies: true, out bool joined);
            // (the joined words read as no subject, or as one that stops short of the verb: "The president and the first lady")
            if (joined && (subject == null || Math.Max(subject.Mention.Next, subject.Mention.End) < g)) return SubjectEndingAt(mp, tk, s0, g, joinBodies: false, out _);
            return subject;
        }

        private static Subject? SubjectEndingAt(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g, bool joinBodies, out bool joinedBodies)
        {
            joinedBodies = false;
            // "14:20 GMT - Harbour spokesman Capt Odrin Kamal tells …": a live blog's stamp is no part of the subject, and the
            // colon of its clock time no clause mark
            s0 = Clauses.AfterTimeStamp(tk, s0, g);
            if (g <= s0) return null;
            int b = g - 1, words = 0, opener = -1, published = -1;
            while (b >= s0)
            {
                var t = tk[b];
                // "A statement issued after the meeting said": the opener or past form where the scan stops is inside the
                // phrase of a document's participle of publishing, which the document's subject holds; go on before the document
                if (published < 0 && (t.IsWord && t.Has(WordTag.Opener | WordTag.Finite) || t.IsLowerWord && b > s0 && FiniteVerbAt(tk, b, s0, g) != null) &&
                    PublishedDocumentParticiple(tk, s0, b, g) is int pp && pp >= 0)
                {
                    published = pp;
                    b = pp - 1;
                    continue;
                }
                // "Sen. Jo Bell (D-Ore.) said", "Jo Bell -- a former aide -- said": an aside in brackets or dashes
                if ((t.Is(")") || IsDash(t)) && b < g && MatchingOpen(tk, s0, b) is int open && open >= 0) { b = open - 1; continue; }
                if (t.IsQuote || IsClauseMark(t)) { opener = b; break; }
                // "On top of that, Lund said", "After that, the mayor said": the whole phrase opens the sentence, no clause
                if (DemonstrativeClosingIntro(tk, b, s0))
                {
                    b = s0 - 1;
                    break;
                }
                if (IsOpener(tk, b, s0) && !DemonstrativeBeforeTime(tk, b, g) && !DemonstrativeBeforeDocument(tk, b, s0, g) && !OpensApproximateTime(tk, b, s0))
                {
                    // "Clinton and Sanders said", "the army and the ministry said", "the mayor and her aides said": a coordination of
                    // names, groups, bodies or people is one subject
                    bool body = joinBodies && b - 1 >= s0 && tk[b - 1].IsLowerWord &&
                                (Lexicon.IsOrganisationWord(tk[b - 1].Text, OrganisationWordTag.Institutional) || tk[b - 1].IsSpeakerNoun(out _, out _));
                    if (t.Has(WordClass.ListCoordinator) && b - 1 >= s0 && (tk[b - 1].IsCapitalized || IsPluralNoun(tk[b - 1]) || body) && b + 1 < g &&
                        (tk[b + 1].IsCapitalized || IsDeterminer(tk[b + 1].Lower) || IsPluralNoun(tk[b + 1]) ||
                         body && tk[b + 1].IsLowerWord && Lexicon.IsOrganisationWord(tk[b + 1].Text, OrganisationWordTag.Institutional) ||
                         // "Federal and state officials say": a modifier shared by the plural that ends the subject
                         tk[b + 1].IsLowerWord && !tk[b + 1].Has(WordTag.Function | WordTag.Finite) && tk[g - 1].IsWord && (IsPluralNoun(tk[g - 1]) || tk[g - 1].IsSpeakerNoun(out _, out bool pl) && pl)))
                    {
                        joinedBodies |= body;
                        b--;
                        continue;
                    }
                    opener = b;
                    break;
                }
                if (t.IsLowerWord)
                {
                    if (t.Has(WordTag.Finite)) { opener = b; break; }
                    // another cue verb ("X said Y told …"); a noun of the same spelling ("a telephone call with …") is no boundary
                    if (b > s0 && FiniteVerbAt(tk, b, s0, g) != null) { opener = b; break; }
                }
                if (t.IsWord && ++words > SubjectReach) return null;
                b--;
            }
            int start = b + 1;
            if (start >= g)
            {
                // "Cruz thanked the crowd and said …": the subject of the first verb of the coordination
                if (opener > s0 && tk[opener].IsLowerWord && tk[opener].Has(WordClass.ClauseCoordinator))
                {
                    // "Lund told the board her crew was safe and said …": the subject of the cue verb that heads the first verb phrase
                    if (SubjectOfCoordinatedCue(mp, tk, s0, opener, g) is { } ofFirstCue) return ofFirstCue;
                    // "Pakistan's army, which called the report “short on facts” in January and says …": the relative's antecedent
                    if (SubjectOfCoordinatedRelative(mp, tk, s0, opener, g) is { } ofRelative) return ofRelative;
                    // the first verb's own clause when it is a subordinate one ("after she attacked … and blamed …")
                    int from = s0;
                    for (int x = opener - 1; x > s0 && opener - x <= SubjectReach; x--)
                    {
                        if (tk[x].IsQuote || IsClauseMark(tk[x])) break;
                        // ("did not comment on cases before the courts, but repeated …": "before" opens a phrase there, no clause)
                        if (IsPhraseOfTimeOrPlace(tk, x, opener)) continue;
                        // ("praised Ortiz as the best choice to lead the port and said": the "as" of the object's complement opens no clause)
                        if (IsOpener(tk, x, s0) && !tk[x].Has(WordClass.ListCoordinator) && !IsComplementAs(tk, x, s0))
                        {
                            if (tk[x].Has(WordTag.Subordinator)) from = x + 1;
                            break;
                        }
                    }
                    // "A group of teachers called for a strike, and the parents' union denounced the cuts and said …": the second verb
                    // phrase is the new clause's, whose subject follows the comma and the coordinator (none when the grammar does not read it)
                    if (CoordinatedClauseStart(tk, from, opener) is int joined && joined > from) from = joined;
                    // (an aside after the subject only for the subject that opens the sentence: "But after Clinton, responding to
                    // …, dropped … and agreed to …, Sanders continued …" has the main clause after the subordinate one)
                    var lead = SentenceSubject(mp, tk, from, opener) ?? (from == s0 ? SubjectBeforeAside(mp, tk, from, opener) : null);
                    // "The harbour chief, Capt. Lena Osei, had earlier offered … and said": the name after the description (the words
                    // before it are no content of the second verb: a coordinated subject)
                    if (lead == null && from == s0 && NameAfterDescriptionOpening(mp, tk, from, opener) is { } named) return new Subject(named, from, opener) { Coordinated = true };
                    return lead == null ? null : new Subject(lead, from, opener);
                }
                return RelativeSubject(mp, tk, s0, opener, g);
            }

            // "A statement issued Tuesday said": where the day's phrase is the verb's, the participle ends the words before it and
            // stops the scan nowhere; it still follows the document
            if (published < 0) published = PublishedParticipleBeforeVerb(tk, start, g);
            if (published > start && PublishedDocument(mp, tk, start, published, g) is { } document) return new Subject(document, start, opener);

            // the comma segments of the clause before the verb
            var segments = new List<(int A, int E)>();
            for (int i = start, a = start; i <= g; i++)
            {
                // "…, president of Raymond James Financial Services, Inc., announced": a comma before a closing abbreviation
                // ("Inc.", "Ltd.", "Jr.") that its own comma or the verb ends is inside the name, no segment of its own
                if (i < g && tk[i].Is(",") && i + 1 < g && Lexicon.IsFinalAbbreviation(tk[i + 1].Text) && (i + 2 == g || tk[i + 2].Is(","))) continue;
                // "The timeline of the storm in Dayton, Ohio, shows": the state after a place's name and its comma is the
                // place's own tail, inside the phrase (no subject "Ohio")
                if (i < g && tk[i].Is(",") && PlaceTailAfter(tk, start, i, g) > i) continue;
                if (i == g || tk[i].Is(","))
                {
                    if (i > a) segments.Add((a, i));
                    a = i + 1;
                }
            }
            if (segments.Count == 0) return null;
            int first = 0;
            while (first < segments.Count - 1 && IntroSegment(tk, segments[first].A, segments[first].E)) first++;
            // the mention that starts the first segment (after a connective) and reaches the verb
            int f = segments[first].A;
            while (f < segments[first].E - 1 && tk[f].IsWord && tk[f].Has(WordTag.Intro)) f++;
            // "In January the military called …", "On Monday the ministry said …": a date phrase with no comma before the subject
            if (f + 2 < segments[first].E && tk[f].IsWord && tk[f].IsCapitalized && tk[f].Has(WordTag.IntroPhrase) &&
                tk[f + 1].IsCapitalized && tk[f + 1].Has(WordTag.Calendar) && tk[f + 2].IsWord && !tk[f + 2].Has(WordTag.Calendar) && !char.IsDigit(tk[f + 2].Text[0]))
                f += 2;
            // "A few days ago he blasted …", "A week ago in an interview he called …": a phrase of time with no comma after it
            if (Clauses.TimeOpeningEnd(tk, f, segments[first].E) is int afterTime) f = afterTime;
            bool introOnly = IntroSegment(tk, f, segments[first].E);
            // "McCall, who in 2012 said …", "the board, which on Monday ruled …": a phrase of time between the relative and its verb
            if (introOnly && segments.Count == 1 && opener >= 0 && opener == start - 1 && g - start <= RelativeTimeReach && tk[opener].IsLowerWord &&
                tk[opener].Has(WordClass.AsideRelative) && RelativeSubject(mp, tk, s0, opener, opener + 1) is { } relative)
            {
                relative.Mention.Next = g;
                return relative;
            }
            if (!introOnly)
            {
                if (f == g - 1 && IsContractedSubject(tk[f]) && ContractedSubject(tk, f, start, opener) is { } contracted) return contracted;
                var m = mp.Parse(tk, f, g, inverted: false);
                // "Our correspondent in Stenport, Jo Bell, says": the name after a description and its phrase speaks
                if (m != null && m.PostModifier != null && Clauses.NameAfterDescription(mp, tk, m, tk.Count, closing: false, out int named) is { } name && named == g)
                    return new Subject(name, start, opener);
                if (m != null && Reaches(tk, m, g)) return new Subject(WithPhrase(tk, m, m.PostModifier != null ? m.Next : m.End), start, opener);
                // "Anna Berg, in a call with the mayor, said": the first segment is the subject, the others asides; a participle's
                // phrase that runs on to the verb holds it ("The port authority, working with a diving firm called Deepwater, …")
                if (segments.Count - 1 > first && !(segments[segments.Count - 1].E == g && CueLexicon.IsIngForm(tk[segments[segments.Count - 1].A]) && IsVerbAt(tk, g)) &&
                    AllAsides(tk, segments, first + 1))
                {
                    var head = mp.Parse(tk, f, segments[first].E, inverted: true);
                    if (head == null || Math.Max(head.Next, head.End) < segments[first].E) head = GenericNounPhrase(tk, f, segments[first].E) ?? SubjectBeforeItsVerb(mp, tk, f, segments[first].E, segments[first].E);
                    if (head != null && Math.Max(head.Next, head.End) >= segments[first].E && !head.IsPronoun)
                    {
                        head.Apposition ??= MentionParser.Join(tk, segments[first + 1].A, segments[segments.Count - 1].E);
                        head.Next = g;
                        return new Subject(head, start, opener);
                    }
                }
                // "Mr. King and Mr. Schultz say": two mentions joined by "and" are one source
                if (m != null && m.Next + 1 < g && tk[m.Next].IsWord && tk[m.Next].Has(WordClass.ListCoordinator))
                {
                    var second = mp.Parse(tk, m.Next + 1, g, inverted: false);
                    if (second != null && Reaches(tk, second, g))
                    {
                        var both = MentionParser.Coordinated(tk, m, second);
                        if (second.Kind == MentionKind.Description && second.PostModifier != null) WithPhrase(tk, both, second.Next);
                        return new Subject(both, start, opener);
                    }
                }
            }
            // a mention that ends the clause: after an introductory phrase ("In the interview he said")
            // or after content ("The plan is dead, he said"); never inside a plain noun phrase ("the target it pledged")
            int last = segments.Count - 1;
            // "The committee chairman, Sen. Al Dunn, D-Maine, said": a party label after a name closes the name's segment
            if (!introOnly && last - 1 > first && MentionParser.IsPartyLabel(tk, segments[last].A, segments[last].E)) last--;
            var (la, le) = segments[last];
            // "The base will be empty by Sunday, Jo Bell, a teacher from the town, said": after content, a name's segment and then a
            // person's description in apposition that closes before the verb: the name is the subject (not the description's last noun)
            if (!introOnly && last - 1 > first && NameBeforeApposedDescription(mp, tk, segments[last - 1], segments[last], g) is { } apposedName)
                return new Subject(apposedName, apposedName.Start, -1);
            if (introOnly || last > first)
            {
                for (int i = Math.Max(introOnly ? f + 1 : la, le - 12); i < le; i++)
                {
                    if (!tk[i].IsWord || IsIntroWord(tk[i])) continue;
                    // after content, the mention opens its segment ("The plan is dead, he said"), not a phrase's object (", in a call with X, said")
                    if (!introOnly && !OnlyConnectives(tk, la, i)) break;
                    if (i == g - 1 && IsContractedSubject(tk[i]) && ContractedSubject(tk, i, i, !introOnly && i > segments[0].E ? -1 : opener, introOnly) is { } contracted) return contracted;
                    var m = mp.Parse(tk, i, g, inverted: false);
                    if (m == null || !Reaches(tk, m, g)) continue;
                    // "In a message posted Friday, …": after a preposition, a thing is the object, not a speaker
                    if (introOnly && segments.Count == 1 && m.Kind == MentionKind.Description && !Lexicon.IsSpeakerNoun(m.Head, out _, out _)) return null;
                    // "A spokesman for the Guard, Col. Jo Marsh, said": the description before the name is its apposition
                    // (after the name's party label too: "…, Sen. Al Dunn, D-Maine, said" keeps both)
                    bool labelled = last < segments.Count - 1;
                    if (!introOnly && i == la && last - 1 >= first && (m.Apposition == null || labelled))
                    {
                        var (da, de) = segments[last - 1];
                        var d = mp.Parse(tk, da, de, inverted: true);
                        if (d != null && d.Kind == MentionKind.Description && (d.Next >= de || d.End >= de) && Lexicon.IsSpeakerNoun(d.Head, out _, out _))
                            m.Apposition = m.Apposition == null ? MentionParser.Join(tk, da, de) : m.Apposition + ", " + MentionParser.Join(tk, da, de);
                    }
                    // "If anything, experts say …": the opener's clause ended at its comma, before the subject
                    return new Subject(m, i, !introOnly && i > segments[0].E ? -1 : opener) { InIntroduction = introOnly };
                }
            }
            // "Chairman of the Joint Chiefs of Staff Gen. Jo Doe said": a capitalised title phrase, then the name
            if (!introOnly && segments.Count - 1 == first)
            {
                for (int i = f + 1; i < g && i - f <= 12; i++)
                {
                    var t = tk[i];
                    if (!(t.IsCapitalized || t.IsLowerWord && (t.Has(WordClass.NameInfix) || t.Has(WordGroup.Additive)))) break;
                    if (!t.IsCapitalized || !tk[i - 1].IsWord) continue;
                    var m = mp.Parse(tk, i, g, inverted: false);
                    if (m == null || m.Kind != MentionKind.Name || !Reaches(tk, m, g)) continue;
                    m.Apposition ??= MentionParser.Join(tk, f, i);
                    return new Subject(m, start, opener);
                }
            }
            // a noun phrase the mention grammar does not know ("many Democrats", "73 percent", "The clip")
            // (not after a preposition, "In a message posted Friday", nor after a relative pronoun, "who runs the firm")
            bool afterRelative = opener >= 0 && tk[opener].IsWord && tk[opener].Has(WordTag.Relative);
            // after a relative adverb the clause has a subject of its own ("in a state where polls show …", "when 36 percent of
            // Democrats said …", <see cref="IsRelativeAdverb"/>)
            bool afterRelativeAdverb = afterRelative && IsRelativeAdverb(tk[opener]);
            // "the government shut down the routes, asked … and boycotted …": the first item of a list of verb phrases holds the
            // subject and its verb; the subject is the mention that opens it, never the item as one noun phrase
            // (only in a clause that opens the sentence or a subordinate clause: after a verb, "She urged the board to act, proposed
            // … and pushed …", the list is that verb's subject's; the mention is followed by its verb, not by "and" or a preposition)
            if (!introOnly && !afterRelative && InVerbList(tk, g))
            {
                bool clauseOpens = opener < 0 || !tk[opener].IsWord || tk[opener].Has(WordTag.Subordinator);
                var listSubject = clauseOpens ? SentenceSubject(mp, tk, segments.Count - 1 > first ? la : f, g - 1) : null;
                return listSubject != null && !tk[listSubject.Next].Has(WordTag.Preposition) && !tk[listSubject.Next].Has(WordClass.ListCoordinator)
                    ? new Subject(listSubject, start, opener) { Coordinated = true } : null;
            }
            var generic = introOnly || afterRelative && !afterRelativeAdverb ? null : GenericNounPhrase(tk, segments.Count - 1 > first ? la : f, g);
            // (there only a phrase headed by a noun of persons, a document or findings, or a share of a group: "where demographics
            // now favor a Democrat", "when Britain and France in particular feared …", "when Nato helicopters and jets attacked two
            // border posts" name no one whose words they could be)
            if (generic != null && afterRelativeAdverb && !HeadedBySource(tk, generic)) generic = null;
            if (generic != null) return new Subject(generic, start, generic.Start > segments[0].E ? -1 : opener) { Generic = true };
            // "He scrapped plans to …": the subject of the past form before the verb found, not the two words as one phrase
            if (!introOnly && !afterRelative && segments.Count - 1 == first && SubjectBeforeItsVerb(mp, tk, f, tk[g - 1].Is(",") ? g - 1 : g, g) is { } own)
                return new Subject(own, start, opener);
            // "I think", "we believe": the writer or an interviewee speaks
            if (tk[g - 1].IsWord && tk[g - 1].Has(WordTag.FirstPerson) && (g - 1 == la || introOnly))
            {
                var pm = Mention.Pronoun(tk, g - 1, tk[g - 1].Lower);
                return new Subject(pm, start, opener);
            }
            return null;
        }

        /// <summary>
        /// "…, Jo Bell, a teacher from the town, said", "…, Jo Bell, an official in the ministry, said": the segment
        /// <paramref name="name"/> is a person's name alone (no pronoun, nothing after it), and the segment
        /// <paramref name="description"/> right after it, which ends before the verb at <paramref name="g"/>, opens with an
        /// article and names a person (<see cref="IsPersonDescription"/>): the name with that description as its apposition,
        /// reaching the verb; else null.
        /// </summary>
        private static Mention? NameBeforeApposedDescription(MentionParser mp, IReadOnlyList<Token> tk, (int A, int E) name, (int A, int E) description, int g)
        {
            if (description.E != g && !(description.E == g - 1 && tk[g - 1].Is(","))) return null;
            if (!IsPersonDescription(tk, description.A, description.E)) return null;
            var m = mp.Parse(tk, name.A, name.E, inverted: true);
            if (m == null || m.Kind != MentionKind.Name || m.IsPronoun || m.Start != name.A || m.Apposition != null || Math.Max(m.Next, m.End) != name.E) return null;
            m.Apposition = MentionParser.Join(tk, description.A, description.E);
            m.Next = g;
            return m;
        }

        /// <summary>
        /// "a teacher from the town", "an official in the ministry", "the party's MNA from the division": tokens [a, e) that open with
        /// an article in lower case and hold a person's noun (speaker-nouns.txt) before any preposition, with no verb of their own
        /// (no finite word or cue verb): the description of a person, set off as an apposition.
        /// </summary>
        private static bool IsPersonDescription(IReadOnlyList<Token> tk, int a, int e)
        {
            if (e - a < 2 || !tk[a].IsLowerWord || !tk[a].Has(WordClass.Article)) return false;
            bool person = false, phrase = false;
            for (int i = a + 1; i < e; i++)
            {
                var t = tk[i];
                if (t.IsQuote || t.Is(";") || t.Is(":")) return false;
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || t.Has(WordClass.RelativePronoun) || FiniteVerbAt(tk, i, a, e) != null)) return false;
                if (t.IsLowerWord && t.Has(WordTag.Preposition)) phrase = true;
                else if (!phrase && t.IsWord && t.IsSpeakerNoun(out _, out _)) person = true;
            }
            return person;
        }

        /// <summary>
        /// "where", "when": a relative that opens a clause with a subject of its own (words.txt clause-start) and stands for no noun
        /// inside it (no relative-pronoun: not "that", "who", "which"), so the words after it may be that subject ("in Ohio, where
        /// polls show …"), not the verb phrase of a pronoun subject ("who runs the firm"). Not "whose", which opens no clause.
        /// </summary>
        private static bool IsRelativeAdverb(Token t) => t.Has(WordTag.ClauseStart) && !t.Has(WordClass.RelativePronoun);

        /// <summary>
        /// True when the plain noun phrase's last word is a noun of persons or a document (<see cref="MentionParser.IsHeadNoun"/>, not
        /// an organisation word: "Nato helicopters and jets", "a unit"), the plural of a document, a noun of findings
        /// (<see cref="IsFindingsHead"/>), or the phrase is a counted share of a group (<see cref="IsShare"/>).
        /// </summary>
        private static bool HeadedBySource(IReadOnlyList<Token> tk, Mention m)
        {
            var last = tk[m.End - 1];
            if (!last.IsWord) return false;
            return MentionParser.IsHeadNoun(last, out bool speaker, out _, out bool doc) && (speaker || doc) ||
                   Lexicon.IsDocumentPlural(last.Lower) || IsFindingsHead(last) || IsShare(tk, m);
        }

        /// <summary>How many words the phrase of a document's participle of publishing may hold before the subject's verb ("issued after the meeting of the cabinet").</summary>
        private const int PublishedPhraseReach = 8;

        /// <summary>
        /// "A statement issued after the meeting said", "The report released on Tuesday found": a document (singular or plural)
        /// and right after it a past participle of publishing (tagged publishing, in -ed), whose phrase runs on to the verb at
        /// <paramref name="g"/> without a mark: a reduced relative, the document's own post-modifier as "issued by the
        /// committee" is. Returns the participle's index when the word at <paramref name="b"/> (where the scan back from the verb
        /// stopped) is the participle or a word of its phrase, else -1.
        /// </summary>
        private static int PublishedDocumentParticiple(IReadOnlyList<Token> tk, int s0, int b, int g)
        {
            // (not where the scan stopped at a coordinator: "the report released on Monday and did not agree" is a second verb phrase)
            if (tk[b].Has(WordClass.ListCoordinator) || tk[b].Has(WordClass.ClauseCoordinator)) return -1;
            for (int i = b + 1; i < g; i++)
                if (!tk[i].IsWord) return -1;
            for (int j = b; j > s0 && b - j <= PublishedPhraseReach && g - j <= PublishedPhraseReach + 1; j--)
            {
                var t = tk[j];
                if (!t.IsWord) return -1;
                if (!t.IsLowerWord || !t.Has(WordGroup.Publishing) || !t.Lower.EndsWith("ed", StringComparison.Ordinal)) continue;
                var doc = tk[j - 1];
                // (a maker after "by" is the parser's: "a statement issued by the committee and the army said"; the participle may
                // end the words before the verb, as where the day's phrase after it is the verb's: "A statement issued Tuesday said")
                // ("Emails released this week show": a plural capitalised only because it opens the sentence)
                bool opening = doc.IsCapitalized && j - 1 == s0 && Lexicon.IsDocumentPlural(doc.Lower);
                return (j + 1 == g || !tk[j + 1].Has(WordClass.AuthorPreposition)) && (doc.IsLowerWord || opening) && (doc.IsDocumentWord || Lexicon.IsDocumentPlural(doc.Lower)) ? j : -1;
            }
            return -1;
        }

        /// <summary>
        /// "A statement issued Tuesday said", "A statement issued on Tuesday said": where the scan back from the verb at
        /// <paramref name="g"/> ran to the clause's start, a document's participle of publishing (<see
        /// cref="PublishedDocumentParticiple"/>) whose phrase up to the verb is words only, with no coordinator, finite word,
        /// opener or maker after "by" (the parser's): the participle's index, else -1.
        /// </summary>
        private static int PublishedParticipleBeforeVerb(IReadOnlyList<Token> tk, int start, int g)
        {
            if (g - 1 <= start) return -1;
            int pp = PublishedDocumentParticiple(tk, start, g - 1, g);
            if (pp <= start) return -1;
            for (int i = pp + 1; i < g; i++)
                if (tk[i].Has(WordClass.ListCoordinator) || tk[i].Has(WordClass.ClauseCoordinator) || tk[i].Has(WordClass.AuthorPreposition) ||
                    tk[i].Has(WordTag.Finite) || tk[i].IsLowerWord && tk[i].Has(WordTag.Opener)) return -1;
            return pp;
        }

        /// <summary>
        /// The document that ends right before its participle of publishing at <paramref name="participle"/> (<see
        /// cref="PublishedDocumentParticiple"/>), from the last comma segment of [start, participle), with the participle's
        /// phrase up to the verb at <paramref name="g"/> as its post-modifier; null when the words there read as no document.
        /// </summary>
        private static Mention? PublishedDocument(MentionParser mp, IReadOnlyList<Token> tk, int start, int participle, int g)
        {
            int a = start;
            for (int i = start; i < participle; i++)
                if (tk[i].Is(",")) a = i + 1;
            while (a < participle && tk[a].IsWord && tk[a].Has(WordTag.Intro)) a++;
            if (a >= participle) return null;
            var doc = mp.Parse(tk, a, participle, inverted: false);
            if (doc == null || !doc.IsDocument || doc.Kind != MentionKind.Description || Math.Max(doc.Next, doc.End) < participle) return null;
            doc.PostModifier = MentionParser.Join(tk, participle, g);
            doc.Next = g;
            // the source reads on through the participle's phrase ("The report released on Tuesday"), as a described subject's does
            doc.HeadText ??= doc.Text;
            doc.CharEnd = tk[g - 1].End;
            doc.Text = MentionParser.Join(tk, doc.Start, g);
            return doc;
        }

        /// <summary>
        /// A plain noun phrase right before the verb, of at most eight words, that the mention grammar
        /// does not read: a determiner, quantifier, number or capitalised word, then words and names,
        /// ending in a noun (no auxiliary, cue verb, clause opener, preposition at its end or quotation).
        /// Its head is its last word.
        /// </summary>
        internal static Mention? GenericNounPhrase(IReadOnlyList<Token> tk, int a, int g)
        {
            while (a < g && tk[a].IsWord && tk[a].Has(WordTag.Intro)) a++;
            int e = g;
            if (e - 1 >= a && tk[e - 1].Is(",")) e--;
            // "The harbour master at a briefing on Monday said": the occasion's phrase before the verb is the verb's, no part of the subject
            for (int p = a + 1; p < e - 1; p++)
                if (MentionParser.OccasionPhraseEnd(tk, p, e) == e) { e = p; break; }
            // at most eight words; sixteen when a document, institution or speaker heads it early ("A 2014 study by a law professor at …")
            bool headedEarly = false;
            for (int i = a; i < e && i < a + 4; i++)
                if (tk[i].IsWord && (tk[i].IsDocumentWord || tk[i].IsOrganisationWord || tk[i].IsSpeakerNoun(out _, out _))) headedEarly = true;
            int maxWords = headedEarly ? 16 : 8;
            if (e <= a || e - a > maxWords + 4) return null;
            // "about 4 in 10", "nearly half", "more than a third": words that approximate a number or share
            int lead = ApproximatedStart(tk, a, e);
            int words = lead - a;
            for (int i = lead; i < e; i++)
            {
                var t = tk[i];
                if (t.IsQuote) return null;
                if (!t.IsWord)
                {
                    if (t.Is("-") || t.Is("&") || t.Is("'") || t.Is("’") || t.Is("%") || t.Is("/")) continue;
                    return null;
                }
                words++;
                // "Developers and supporters in Congress": a coordination inside the phrase
                if (t.IsLowerWord && t.Has(WordClass.ListCoordinator) && i > a && i + 1 < e) continue;
                // "a majority of her backers": "her" before a noun inside the phrase is a possessive
                bool possessive = t.Has(WordTag.ObjectPronoun) && t.Has(WordTag.Possessive) && i > lead && i + 1 < e && tk[i + 1].IsWord;
                // "most of them", "two of us": a share of a group the pronoun stands for
                bool partitive = i == e - 1 && i - 2 >= lead && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordGroup.OfComplement) && i - 2 == lead && IsShareWord(tk[lead]);
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || t.Has(WordTag.Opener) || CueLexicon.IsSubjectPronoun(t.Lower) || IsContractedSubject(t) || t.Has(WordTag.ObjectPronoun) && !possessive && !partitive || i > a && FiniteVerbAt(tk, i, a, g) != null)) return null;
                // "One senior officer I spoke to this evening": "I" inside, with words of its clause after it, opens a clause (a
                // relative without its pronoun), as "he" or "we" does; no noun phrase of its own ("my siblings and I" is one)
                if (i > lead && i + 1 < e && t.IsPronounI) return null;
                if (t.IsLowerWord && CueLexicon.IsLyAdverb(t)) return null;
                // "Trump made demands", "his knee blew out": a past form not in -ed inside is a clause's verb
                if (i > a && MentionParser.IsPastVerbNotInEd(tk, i, e)) return null;
                // "the caller phoned 911": a past tense inside is a clause, not a noun phrase ("the injured man" keeps its adjective)
                if (i > a && CueLexicon.IsEdForm(t) && !IsDeterminer(tk[i - 1].Lower) &&
                    i + 1 < e && (tk[i + 1].IsWord && (char.IsDigit(tk[i + 1].Text[0]) || IsDeterminer(tk[i + 1].Lower)) || tk[i + 1].IsCapitalized)) return null;
            }
            if (words == 0 || words > maxWords) return null;
            if (OpensWithSubjectAndVerb(tk, lead, e)) return null;
            var first = tk[lead];
            var last = tk[e - 1];
            // "Some say", "Many said", "Half say": a share alone is the phrase
            bool share = e - 1 == lead && last.Has(WordTag.Proportion);
            // "42% say": a figure with its percent sign ends the phrase as "42 percent" does
            bool percent = last.Is("%") && e - 2 >= lead && IsAmount(tk[e - 2]);
            if (!percent && (!last.IsWord || !share && (last.Has(WordTag.IntroPhrase | WordTag.Preposition) || IsDeterminer(last.Lower)) || last.Has(WordGroup.OfComplement | WordGroup.ToPreposition))) return null;
            // "2015 showed that …", "But 2014 did feel like …": a year alone is no speaker; a number that ends a longer phrase heads
            // it ("four in 10 said", "Those over 60 say", "Article 33 affirms")
            if (e - a == 1 && IsYear(last)) return null;
            bool startsWell = first.IsCapitalized || char.IsDigit(first.Text[0]) || first.Has(WordClass.PhraseDeterminer | WordClass.Quantifier) || IsPluralNoun(first);
            if (!startsWell) return null;
            // (a time in the possessive opens the phrase it owns: "Last year's statistics show", <see cref="IsTimeOwner"/>)
            if (first.IsCapitalized && IsIntroWord(first) && !IsTimeOwner(tk, lead, e)) return null;
            first = tk[a];
            var m = new Mention
            {
                Kind = MentionKind.Description, Start = a, End = e, Next = g, Head = last.Lower,
                Determiner = first.Has(WordClass.PhraseDeterminer | WordClass.Quantifier) ? first.Lower : "",
                CharStart = first.Start, CharEnd = last.End, Text = MentionParser.Join(tk, a, e),
            };
            // "Only 12 percent said", "About 30 percent say": the amount is the share's own word, so the speaker is "12 percent", not
            // "percent", and another share of the text ("30 percent") is another group, not the same one named again
            // ("Thirty-one percent say": a spelled-out amount is the share's word as a figure is)
            if (last.Has(WordTag.Proportion) && e - 2 >= lead && (IsAmount(tk[e - 2]) || IsSpelledAmount(tk[e - 2]))) m.AddModifier(tk[e - 2].Text);
            // "Six in 10 say", "more than 4 in 10 said", "two of three said": a ratio that ends the phrase is the share as a whole, so
            // the speaker is "Six in 10", never its last number ("10"); a group named after it heads the phrase as it is ("six in 10 voters")
            // ("nine out of 10 say": every word of the ratio before its last number)
            else if (e - 3 >= lead && IsRatioAt(tk, e - 2, lead, e)) { for (int r = RatioStart(tk, e - 2, lead); r <= e - 2; r++) m.AddModifier(tk[r].Text); }
            else if (e - 3 >= lead && CountOfCount(tk, e - 3)) { m.AddModifier(tk[e - 3].Text); m.AddModifier(tk[e - 2].Text); }
            // "A spokesman reached by phone said", "a survey conducted this month found": the listed noun heads the phrase
            TakeListedHead(tk, m, lead);
            if (m.HeadText == null) TakePluralHead(tk, m, lead);
            if (m.HeadText == null) TakeHeadBeforeOfName(tk, m, lead);
            if (m.HeadText == null) TakeBodyBeforePlace(tk, m, lead);
            if (m.HeadText == null) TakeHeadBeforePreposition(tk, m, lead);
            return m;
        }

        /// <summary>"two of three", "3 of 5": a number, "of" and a number at i, a share of a count with no group named.</summary>
        private static bool CountOfCount(IReadOnlyList<Token> tk, int i) =>
            IsRatioTerm(tk[i], first: false) && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.OfComplement) && IsRatioTerm(tk[i + 2], first: false);

        /// <summary>
        /// "the city of Nice", "the family of Jo Bell", "the town of Kirkwall": a noun the lexicon does not list, then "of" and a
        /// name, heads its phrase; the name only says which (its post-modifier), so the speaker is never the name nor someone
        /// described with it ("the city of Nice" is no "Nice native"). Not a share ("a third of Ohio") nor a count of a plural
        /// ("a number of Democrats").
        /// </summary>
        private static void TakeHeadBeforeOfName(IReadOnlyList<Token> tk, Mention d, int from)
        {
            for (int h = from; h + 2 < d.End; h++)
            {
                var t = tk[h];
                if (!t.IsWord || t.IsLowerWord && t.Has(WordTag.Preposition) && !t.Has(WordGroup.OfComplement)) return;
                if (!t.IsLowerWord || IsShareWord(t) || t.Has(WordTag.Determiner) || !tk[h + 1].IsLowerWord || !tk[h + 1].Has(WordGroup.OfComplement)) continue;
                int n = h + 2;
                if (n + 1 < d.End && tk[n].IsLowerWord && Lexicon.IsAsWritten(tk[n].Text, WordGroup.DefiniteArticle)) n++;
                // (a plural after "of" is the people the noun counts: "a number of Democrats")
                if (!tk[n].IsCapitalized || IsPluralWord(tk[d.End - 1])) return;
                d.HeadText = MentionParser.Join(tk, d.Start, h + 1);
                d.PostModifier = MentionParser.Join(tk, h + 1, d.End);
                return;
            }
        }

        /// <summary>
        /// "The U.S. Embassy in Islamabad", "the British High Commission in Islamabad", "the foreign ministry in Kabul": an
        /// organisation word, then a preposition of place and a capitalised place: the body is the speaker, the place only
        /// says where it sits (its post-modifier), never the speaker (news writes a capital for its government: "Islamabad
        /// said"). Capitalised words up to the organisation word are the body's name (an organisation, whose country the
        /// tables give), else the phrase is a description headed by that word.
        /// </summary>
        private static void TakeBodyBeforePlace(IReadOnlyList<Token> tk, Mention d, int from)
        {
            for (int h = from; h + 2 < d.End; h++)
            {
                if (!tk[h].IsWord || !tk[h].IsOrganisationWord) continue;
                // ("the Embassy of Japan in Islamabad": the body's name runs on over "of" and its capitalised words)
                int p = h + 1;
                if (tk[h].IsCapitalized && p + 1 < d.End && tk[p].IsLowerWord && tk[p].Has(WordGroup.OfComplement) && tk[p + 1].IsCapitalized)
                    for (p += 2; p < d.End && tk[p].IsCapitalized; p++) { }
                if (p + 1 >= d.End || !tk[p].IsLowerWord || !Lexicon.IsAsWritten(tk[p].Text, WordClass.PlacePreposition)) continue;
                int n = p + 1;
                if (n + 1 < d.End && tk[n].IsLowerWord && Lexicon.IsAsWritten(tk[n].Text, WordGroup.DefiniteArticle)) n++;
                if (!tk[n].IsCapitalized) return;
                int nameStart = d.Determiner.Length > 0 ? from + 1 : from;
                if (nameStart > h) return;
                d.PostModifier = MentionParser.Join(tk, p, d.End);
                bool named = true;
                for (int x = nameStart; x <= h; x++) named &= tk[x].IsCapitalized;
                if (named)
                {
                    d.Kind = MentionKind.Organisation;
                    d.Name = MentionParser.Join(tk, nameStart, p);
                    return;
                }
                if (p > h + 1) return;
                d.HeadText = MentionParser.Join(tk, d.Start, h + 1);
                d.Head = Inflection.Singular(tk[h].Lower);
                d.IsOrganisationHead = true;
                for (int x = nameStart; x < h; x++) d.AddModifier(tk[x].Text);
                return;
            }
        }

        /// <summary>
        /// "Families of those hurt by the storm", "Democrats in Congress", "Newspapers in Spain": in a phrase with no
        /// noun of the lexicon's lists before a describing phrase, a plural that one follows heads it (the first noun phrase's;
        /// not a share: "six in 10 voters", "most of them"); the words after it describe it (its post-modifier), so the speaker
        /// is that plural, not the phrase's last word ("storm", "Congress", "Spain"). The mention's <see cref="Mention.Head"/> stays the
        /// last word: whether such a phrase agrees with a verb in the present is <see cref="IsPluralBeforePostmodifier"/>'s
        /// judgement ("his hands in the air claim", "Messages of calm echo" are no speakers), not this display's.
        /// </summary>
        private static void TakePluralHead(IReadOnlyList<Token> tk, Mention d, int from)
        {
            for (int h = from; h + 1 < d.End - 1; h++)
            {
                var t = tk[h];
                // past the first noun phrase ("An investigation into the airstrikes in …", "Aides and advisers to …"): no plural of its own
                if (!t.IsWord || t.IsLowerWord && t.Has(WordTag.Preposition | WordTag.NpStop)) return;
                // (a list's "and" opens no phrase that describes the plural before it: "Companies and individuals")
                if (!IsPluralWord(t) || IsShareWord(t) || !OpensDescribingPhrase(tk[h + 1]) || tk[h + 1].Has(WordClass.ListCoordinator)) continue;
                // "Former envoys to Oslo Ingrid Halvorsen": a name that ends the phrase is the speaker's own, in apposition
                if (EndsInApposedName(tk, h + 1, d.End)) return;
                d.HeadText = MentionParser.Join(tk, d.Start, h + 1);
                d.PostModifier = MentionParser.Join(tk, h + 1, d.End);
                return;
            }
        }

        /// <summary>
        /// "The bombing in Paris showed", "Initial reporting from the field indicates": in a phrase the other readings leave
        /// headed by its last word, a lower-case noun right before the phrase's first preposition heads it; the prepositional
        /// phrase only describes it (its post-modifier), so neither its place nor its object is the speaker (a capital read as
        /// the speaker would be its government). Not after "of" ("the head of security at the airport": which noun of an of
        /// phrase heads it is <see cref="TakeHeadBeforeOfName"/>'s and the listed heads' judgement), nor a share ("one in 10"), nor
        /// before "by" (its agent speaks through the noun), nor a listed noun (a document's author, a person's employer).
        /// </summary>
        private static void TakeHeadBeforePreposition(IReadOnlyList<Token> tk, Mention d, int from)
        {
            for (int h = from + 1; h + 1 < d.End; h++)
            {
                var t = tk[h];
                if (!t.IsWord) return;
                if (!t.IsLowerWord || !t.Has(WordTag.Function) || t.Has(WordTag.Determiner)) continue;
                // the first word of grammar after the noun decides: a coordination ("my brother and I") or a preposition the
                // lexicon does not mark as opening a describing phrase ("An investigation into …") leaves the phrase as it is
                if (!t.Has(WordTag.Preposition) || t.Has(WordClass.ListCoordinator)) return;
                // ("A 2014 study by a law professor": the agent's phrase names who speaks through the noun)
                if (t.Has(WordGroup.OfComplement) || t.Has(WordClass.AuthorPreposition) || BeforeNumber(tk, h + 1)) return;
                var noun = tk[h - 1];
                if (!noun.IsLowerWord || noun.Has(WordTag.Determiner | WordTag.Preposition) || IsShareWord(noun) || IsDeterminer(noun.Lower)) return;
                // ("Exit polls taken in Ohio", "a source familiar with the talks": a participle or an adjective before the
                // preposition opens the phrase that describes the noun before them; it heads nothing)
                if (CueLexicon.IsEdForm(noun) || noun.Has(WordTag.Postmodifier) || MentionParser.IsPastVerbNotInEd(tk, h - 1, d.End)) return;
                // ("The former emissary to Oslo Ingrid Halvorsen": a name that ends the phrase is the speaker's own, in apposition)
                if (EndsInApposedName(tk, h, d.End)) return;
                // (a listed noun's phrase is the listed heads' judgement: a document's author, a person's employer)
                if (noun.IsSpeakerNoun(out _, out _) || noun.IsOrganisationWord || noun.IsDocumentWord || IsDocumentPlural(noun)) return;
                d.HeadText = MentionParser.Join(tk, d.Start, h);
                d.Head = Inflection.Singular(noun.Lower);
                d.PostModifier = MentionParser.Join(tk, h, d.End);
                return;
            }
        }

        /// <summary>How many capitalised words a place's name (or its tail) may take: "San Bernardino", "New South Wales".</summary>
        private const int PlaceNameWords = 3;

        /// <summary>
        /// "in Dayton, Ohio, shows", "in San Bernardino, California, said": for the comma at c after a place's name that a
        /// preposition of place opens (one to three capitalised words), the index of the comma that closes its tail (one
        /// to three capitalised words, no cue) right before the verb at g or before a determiner; else -1.
        /// </summary>
        private static int PlaceTailAfter(IReadOnlyList<Token> tk, int a, int c, int g)
        {
            int p = c - 1;
            while (p >= a && c - p <= PlaceNameWords && tk[p].IsCapitalized) p--;
            if (p < a || p == c - 1 || !tk[p].IsLowerWord || !tk[p].Has(WordClass.PlacePreposition)) return -1;
            int k = c + 1;
            while (k < g && k - c <= PlaceNameWords && tk[k].IsCapitalized && tk[k].CueVerb == null) k++;
            // the tail's comma closes the phrase before the verb or before a subject that a determiner opens ("in Onawa, Iowa,
            // the candidate repeated"); not before an aside ("Speaking in Harlem, Clinton, without naming him, accused")
            if (k <= c + 1 || k >= g || !tk[k].Is(",")) return -1;
            return k + 1 == g || tk[k + 1].IsLowerWord && tk[k + 1].Has(WordTag.Determiner) ? k : -1;
        }

        /// <summary>The fewest capitalised words that end a phrase as a person's name ("Jo Bell").</summary>
        private const int NameWordsAtLeast = 2;

        /// <summary>A number at k ("four", "10"), as in a share ("one in four").</summary>
        private static bool BeforeNumber(IReadOnlyList<Token> tk, int k) =>
            k < tk.Count && tk[k].IsWord && (char.IsDigit(tk[k].Text[0]) || tk[k].Has(WordTag.Plural));

        /// <summary>
        /// The words of a description up to the phrase that describes it, when the parsed mention <paramref name="m"/> is
        /// followed by more words to <paramref name="limit"/>: "a spokesman" before "reached by phone"; "court documents"
        /// before "filed in March" (the words after the mention go on with the noun up to a participle); null when no
        /// describing phrase follows ("according to court documents": the last word is the head).
        /// </summary>
        private static string? HeadBeforeDescribingPhrase(IReadOnlyList<Token> tk, Mention m, int limit)
        {
            if (OpensDescribingPhrase(tk[m.End])) return m.Text;
            for (int k = m.End + 1; k < limit; k++)
            {
                if (!tk[k].IsLowerWord) return null;
                // "people close to the council": a preposition after other words may belong to them; a participle opens the phrase
                if (CueLexicon.IsEdForm(tk[k]) || CueLexicon.IsIngForm(tk[k])) return MentionParser.Join(tk, m.Start, k);
                if (tk[k].Has(WordTag.Preposition)) return null;
            }
            return null;
        }

        /// <summary>"documents", "filings", "records", "summaries": a plural of a document noun of the lexicon (singular by <see cref="Inflection.Singular"/>).</summary>
        private static bool IsDocumentPlural(Token t)
        {
            if (t.Lower.Length <= 3) return false;
            var singular = Inflection.Singular(t.Lower);
            return !ReferenceEquals(singular, t.Lower) && Lexicon.IsDocumentWord(singular);
        }

        /// <summary>
        /// "Former ambassador to Washington Maleeha Lodhi": the phrase after a person's noun ends in a name of two words
        /// after a capitalised word that is no title and no organisation's (the preposition's object, a place): the name is
        /// the person's own, in apposition. After a title ("a spokesman for Gov. Jo Bell") or right after the preposition
        /// ("a spokesman for Jo Bell") the name is the one they work for; "… Police Department" is no name.
        /// </summary>
        private static bool EndsInApposedName(IReadOnlyList<Token> tk, int phraseStart, int e)
        {
            int before = e - NameWordsAtLeast - 1;
            if (before <= phraseStart) return false;
            for (int k = before; k < e; k++)
                if (!tk[k].IsWord || !tk[k].IsCapitalized || tk[k].IsOrganisationWord) return false;
            return !Lexicon.IsTitleWord(tk[before].Text) && !Lexicon.IsTitleWord(tk[e - NameWordsAtLeast].Text);
        }

        /// <summary>
        /// A lower-case participle in -ed or -ing, a preposition or an adjective tagged postmodifier ("people familiar with the
        /// matter", "an aide close to the mayor"), or a past participle of perceiving or recording with no -ed (words.txt
        /// perception: "a letter seen by the newspaper", "a video shown to reporters on Monday"): the first word of a phrase that
        /// describes the noun before it (the one who saw the document is no source, and the participle no head).
        /// </summary>
        private static bool OpensDescribingPhrase(Token t) =>
            t.IsLowerWord && (CueLexicon.IsEdForm(t) || CueLexicon.IsIngForm(t) || t.Has(WordTag.Preposition) || t.Has(WordTag.Postmodifier) || t.Has(WordGroup.Perception));

        /// <summary>
        /// A description whose listed noun (searched from <paramref name="from"/>, see <see cref="ListedHeadBeforeItsPhrase"/>)
        /// has a phrase describing it after it takes that noun as its head and the words up to it as its head text: the words
        /// after it describe it ("phone" in "a spokesman reached by phone", "month" in "a survey conducted this month" are no speaker).
        /// </summary>
        private static void TakeListedHead(IReadOnlyList<Token> tk, Mention d, int from)
        {
            int head = ListedHeadBeforeItsPhrase(tk, from, d.End);
            if (head < 0) return;
            d.Head = tk[head].Lower;
            d.HeadText = MentionParser.Join(tk, d.Start, head + 1);
        }

        /// <summary>
        /// The first lower-case word of [a, e) that the lexicon lists as a speaker, organisation or document noun and that
        /// a phrase describing it follows (a participle in -ed or -ing, or a preposition), when it is not the last and no
        /// preposition (but "of", or one before a number) comes before it, and a document's phrase does not end in the name
        /// of its author; else -1.
        /// </summary>
        private static int ListedHeadBeforeItsPhrase(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int h = a; h + 1 < e - 1; h++)
            {
                var t = tk[h];
                // the head is in the phrase's first noun phrase ("a majority of voters", "one in four voters"): "a
                // declaration filed in federal court by …" is no court's
                if (t.IsLowerWord && t.Has(WordTag.Preposition) && !t.Has(WordGroup.OfComplement) && !BeforeNumber(tk, h + 1)) return -1;
                // "documents filed in March": a document's plural heads the phrase as its singular does
                bool person = t.IsLowerWord && t.IsSpeakerNoun(out _, out _);
                // ("according to the army's account placed before the cabinet": a telling of events that a possessive owns, words.txt
                // own-reading, heads its phrase as a document does)
                bool ownedTelling = t.IsLowerWord && h > a && Lexicon.Is(t.Lower, WordSense.OwnReading) &&
                                    (Possessive.EndsIn(tk[h - 1].Text) || Possessive.IsSuffix(tk[h - 1].Text));
                if (!person && !ownedTelling && !(t.IsLowerWord && (t.IsOrganisationWord || t.IsDocumentWord || IsDocumentPlural(t)))) continue;
                if (!OpensDescribingPhrase(tk[h + 1])) continue;
                // "a survey conducted by analyst Jo Bell": a person's name that ends a document's phrase is its author; after
                // a person ("a spokesman for Jo Bell", "an aide to Mr. Reyes") a name is the one they work for, not the speaker
                int c = e;
                while (c - 1 > h + 1 && tk[c - 1].IsCapitalized) c--;
                if (!person && e - c >= NameWordsAtLeast && Lexicon.IsGivenName(tk[c].Text)) return -1;
                if (person && EndsInApposedName(tk, h + 1, e)) return -1;
                return h;
            }
            return -1;
        }

        /// <summary>
        /// "He scrapped plans …", "She also proved adept at …", "Clinton paused, then …": a subject pronoun with words after
        /// it, or one capitalised name (no plural: "Democrats polled" is a noun phrase) and a past form in -ed, are a subject and
        /// its verb, no noun phrase of their own (issue #8: the verb must not end up in a source).
        /// </summary>
        private static bool OpensWithSubjectAndVerb(IReadOnlyList<Token> tk, int a, int e)
        {
            var t = tk[a];
            if (!t.IsWord || e - a < 2) return false;
            // "She and her aides argue": a pronoun in a coordination is part of the subject
            if (CueLexicon.IsSubjectPronoun(t.Lower) && !t.Has(WordTag.Determiner)) return !(tk[a + 1].IsWord && tk[a + 1].Has(WordClass.ListCoordinator));
            return e - a == 2 && t.IsCapitalized && !t.Lower.EndsWith("s", StringComparison.Ordinal) && !t.IsSpeakerNoun(out _, out _) &&
                   !t.Has(WordTag.Function | WordTag.Intro) && CueLexicon.IsEdForm(tk[a + 1]);
        }

        /// <summary>
        /// "Clinton paused, then revealed …", "He scrapped plans to …": a subject (a pronoun or a name of one word) and one past
        /// form in -ed, from a to e, before the verb the caller found: the subject alone, the clause it opens running on to that
        /// verb (its Next set to <paramref name="next"/>). Null for anything longer ("She also proved adept at …" reads no verb after its own).
        /// </summary>
        private static Mention? SubjectBeforeItsVerb(MentionParser mp, IReadOnlyList<Token> tk, int a, int e, int next)
        {
            if (e - a != 2 || !OpensWithSubjectAndVerb(tk, a, e) || !CueLexicon.IsEdForm(tk[a + 1])) return null;
            var m = mp.Parse(tk, a, e, inverted: false);
            if (m == null || m.End != a + 1 || !(m.IsPronoun || m.Kind == MentionKind.Name)) return null;
            m.Next = next;
            return m;
        }

        /// <summary>
        /// The first token after the words that approximate a number or share at a ("about", "nearly",
        /// "more than"), when such a number or share follows them ("4 in 10", "half", "a third"); else a.
        /// </summary>
        private static int ApproximatedStart(IReadOnlyList<Token> tk, int a, int e)
        {
            int i = a;
            while (i < e && tk[i].IsWord)
            {
                var w = tk[i].Lower;
                if (CueLexicon.Is(w, WordTag.Approximate)) i++;
                else if (Lexicon.Is(w, WordClass.ThanLead) && i + 1 < e && tk[i + 1].IsWord && tk[i + 1].Has(WordGroup.ComparisonThan)) i += 2;
                else break;
            }
            if (i == a || i >= e || !tk[i].IsWord) return a;
            var t = tk[i];
            bool number = char.IsDigit(t.Text[0]) || t.Has(WordTag.Proportion) ||
                          t.Has(WordClass.IndefiniteArticle) && i + 1 < e && tk[i + 1].Has(WordTag.Proportion) ||
                          t.Has(WordClass.Quantifier);
            return number ? i : a;
        }

        /// <summary>
        /// True when the subordinator at <paramref name="x"/> that also opens a phrase of time or place (adjunct-preposition:
        /// "before", "after") opens a phrase, not a clause, before the coordinator at <paramref name="opener"/>: "said the embassy
        /// did not comment on cases before the courts, but repeated that …". The words after it to the coordinator (a comma may
        /// close them) are a noun phrase: no finite word, pronoun, form in -ed or -ing, or mark but that comma ("after she
        /// attacked the plan and said …", "before they were hit" are clauses, as before).
        /// </summary>
        private static bool IsPhraseOfTimeOrPlace(IReadOnlyList<Token> tk, int x, int opener)
        {
            if (!tk[x].IsLowerWord || !tk[x].Has(WordTag.Subordinator) || !tk[x].Has(WordClass.AdjunctPreposition)) return false;
            int end = tk[opener - 1].Is(",") ? opener - 1 : opener;
            if (end <= x + 1) return false;
            for (int i = x + 1; i < end; i++)
            {
                var t = tk[i];
                if (!t.IsWord || t.Has(WordTag.Finite | WordTag.Pronoun | WordTag.Subordinator | WordTag.ClauseBreak) || t.IsVerbForm) return false;
                if (t.IsLowerWord && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || CueLexicon.IsIngForm(t))) return false;
            }
            return true;
        }

        /// <summary>
        /// The subject that opens the clause at <paramref name="from"/> when an aside set off by commas stands between it and its
        /// verb ("A U.S. Embassy spokesman, approached by this newspaper, said …, but repeated …"): the mention, then a comma, one
        /// aside (<see cref="AllAsides"/>: a participle before a preposition, a relative, a phrase of a preposition), a comma and
        /// a word in lower case before <paramref name="opener"/>. Null otherwise.
        /// </summary>
        private static Mention? SubjectBeforeAside(MentionParser mp, IReadOnlyList<Token> tk, int from, int opener)
        {
            if (from >= opener) return null;
            var m = mp.Parse(tk, from, opener, inverted: false);
            if (m == null || m.Next >= opener || !tk[m.Next].Is(",")) return null;
            int close = m.Next + 1;
            while (close < opener && !tk[close].Is(",")) close++;
            if (close + 1 >= opener || close == m.Next + 1 || !tk[close + 1].IsLowerWord) return null;
            var aside = new List<(int A, int E)> { (m.Next + 1, close) };
            return AllAsides(tk, aside, 0) && !OpensPhrase(tk, m) ? m : null;
        }

        /// <summary>
        /// "The harbour chief, Capt. Lena Osei, had earlier offered her sympathy … and said …": the sentence opens with a description
        /// and a name in apposition closed by a comma, then the first verb group of the coordination (a lower-case word that may
        /// follow a subject: "had", "offered"); the subject read before that verb group, as before a cue right there ("The harbour
        /// chief, Capt. Lena Osei, said": <see cref="SubjectBeforeOf"/>), is the subject of both verb phrases when it is that name
        /// (of a person or an organisation, after its comma). Not a name that opens a list ("the chief, Lena Osei, and her deputy")
        /// nor one the grammar does not read there. Null otherwise.
        /// </summary>
        private static Mention? NameAfterDescriptionOpening(MentionParser mp, IReadOnlyList<Token> tk, int from, int opener)
        {
            for (int v = from + 1; v < opener; v++)
            {
                if (!tk[v - 1].Is(",") || tk[v].IsWord && !tk[v].IsLowerWord) continue;
                if (!Clauses.VerbAfterSubject(tk[v])) return null;
                var subject = SubjectBefore(mp, tk, from, v);
                if (subject == null || subject.Coordinated || subject.Generic) return null;
                var m = subject.Mention;
                bool named = m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation;
                return named && m.Start > from + 1 && tk[m.Start - 1].Is(",") ? m : null;
            }
            return null;
        }

        /// <summary>True when every segment from index i on is an aside: it opens with a preposition, a participle or a relative pronoun ("in a call with …", "speaking on condition of anonymity", "who led the inquiry").</summary>
        private static bool AllAsides(IReadOnlyList<Token> tk, List<(int A, int E)> segments, int i)
        {
            for (; i < segments.Count; i++)
            {
                var t = tk[segments[i].A];
                if (!t.IsLowerWord) return false;
                // "in a call with …", "who led the inquiry", "speaking on condition …", "led by Gen. Jo Marsh"
                bool nextIsPreposition = segments[i].A + 1 < segments[i].E && tk[segments[i].A + 1].IsWord && CueLexicon.Is(tk[segments[i].A + 1].Lower, WordTag.IntroPhrase);
                bool participle = CueLexicon.IsIngForm(t) ||
                                  nextIsPreposition && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || tk[segments[i].A + 1].Has(WordGroup.Agent));
                bool aside = t.Has(WordTag.IntroPhrase | WordTag.Relative) || participle;
                if (!aside) return false;
            }
            return true;
        }

        /// <summary>True when the token at g is a lower-case form of a reporting verb (the verb a subject was asked for, not the start of a clause).</summary>
        private static bool IsVerbAt(IReadOnlyList<Token> tk, int g) => g < tk.Count && tk[g].IsLowerWord && tk[g].IsVerbForm;

        private static bool OnlyConnectives(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (!tk[i].IsWord || !tk[i].Has(WordTag.Intro)) return false;
            return true;
        }

        /// <summary>True when the mention reaches the verb: nothing between them but an apposition the mention took, a comma, or an aside in brackets or dashes.</summary>
        private static bool Reaches(IReadOnlyList<Token> tk, Mention m, int g)
        {
            int n = Math.Max(m.Next, m.End);
            // ", however,", ", in turn,": a connective between commas
            while (n < g - 1 && tk[n].Is(",") && tk[n + 1].IsWord && tk[n + 1].Has(WordTag.Intro))
            {
                int k = n + 1;
                while (k < g && tk[k].IsWord && tk[k].Has(WordTag.Intro)) k++;
                if (k < g && tk[k].Is(",")) n = k + 1; else break;
            }
            if (n == g || m.End == g || n == g - 1 && tk[g - 1].Is(",")) return true;
            if (n < g - 1 && (tk[g - 1].Is(")") || IsDash(tk[g - 1])) && MatchingOpen(tk, n, g - 1) == n) return true;
            if (n < g - 2 && tk[g - 1].Is(",") && (tk[g - 2].Is(")") || IsDash(tk[g - 2])) && MatchingOpen(tk, n, g - 2) == n) return true;
            return false;
        }

        internal static bool IsDash(Token t) => t.Kind == TokenKind.Punct && (t.Text == "--" || t.Text == "—" || t.Text == "–");

        /// <summary>For a closing bracket or dash at c, the index of its opening bracket or dash (within twenty tokens, not before s0), or -1.</summary>
        private static int MatchingOpen(IReadOnlyList<Token> tk, int s0, int c)
        {
            bool dash = IsDash(tk[c]);
            for (int i = c - 1; i >= s0 && c - i <= 20; i--)
            {
                var t = tk[i];
                if (t.IsQuote || t.Is(";")) return -1;
                if (dash ? IsDash(t) : t.Is("(")) return i;
                if (!dash && t.Is(")")) return -1;
            }
            return -1;
        }

        /// <summary>"Around that time, …": "that" after an approximation that opens the sentence points at a time, it opens no clause.</summary>
        private static bool OpensApproximateTime(IReadOnlyList<Token> tk, int b, int s0) =>
            b - 1 >= s0 && tk[b].IsLowerWord && tk[b].Has(WordClass.TimeDeictic) && tk[b - 1].IsCapitalized && tk[b - 1].Has(WordTag.Approximate) &&
            (b - 1 == s0 || !tk[b - 2].IsWord);

        /// <summary>
        /// "On top of that, …", "Despite that, …", "After that, …", "But beyond that, …": "that" before the comma that closes a phrase
        /// opening the sentence with a preposition is the preposition's object, pointing back at what the text said; it opens no
        /// clause, and the preposition ("After") opens no subordinate one. The
        /// phrase has no mark and no finite verb, at most <see cref="ApproximateTimeReach"/> words from its first preposition,
        /// after connectives alone ("And", "But"); not "Trump said that, …" nor "So that, …" (no preposition before "that").
        /// </summary>
        private static bool DemonstrativeClosingIntro(IReadOnlyList<Token> tk, int b, int s0)
        {
            if (b - 1 < s0 || b + 1 >= tk.Count || !tk[b + 1].Is(",") || !tk[b].IsLowerWord || !tk[b].Has(WordClass.SingularDemonstrative)) return false;
            var before = tk[b - 1];
            if (!before.IsWord || !before.Has(WordTag.Preposition | WordTag.IntroPhrase) || before.Has(WordTag.Finite)) return false;
            int a = s0;
            while (a < b - 1 && tk[a].IsWord && tk[a].Has(WordTag.Intro) && !tk[a].Has(WordTag.IntroPhrase)) a++;
            if (b - a > ApproximateTimeReach || !tk[a].IsWord || !tk[a].Has(WordTag.IntroPhrase)) return false;
            for (int i = a; i < b; i++)
                if (!tk[i].IsWord || tk[i].Has(WordTag.Finite)) return false;
            return true;
        }

        /// <summary>The most words of a phrase of approximate time before its comma ("Around that time", "About this point").</summary>
        private const int ApproximateTimeReach = 4;

        /// <summary>An introductory segment: it starts with a preposition, connective or time word, or a participle ("Asked about it").</summary>
        private static bool IntroSegment(IReadOnlyList<Token> tk, int a, int e)
        {
            if (a >= e || !tk[a].IsWord) return a < e && !tk[a].IsWord;
            var t = tk[a];
            // (not "Last year's statistics show …": a time in the possessive, <see cref="IsTimeOwner"/>)
            if (IsTimeOwner(tk, a, e)) return false;
            if (IsIntroWord(t)) return true;
            // "A few days later, …", "Two weeks ago, …"
            if (IsTimePhrase(tk, a, e)) return true;
            // "This week, …", "Last night, …"
            if (t.Has(WordClass.TimeDeictic) && a + 1 < e && tk[a + 1].Has(WordTag.Time)) return true;
            // "Around that time, …", "About this point, …": an approximation of a time the text has named
            if (t.Has(WordTag.Approximate) && e - a <= ApproximateTimeReach && a + 1 < e && tk[a + 1].IsLowerWord && tk[a + 1].Has(WordClass.TimeDeictic)) return true;
            // "Standing beside him, …", "Looking ahead, …": a participle's phrase that its comma closes (a capitalised -ing form
            // and a word in lower case, no finite verb: not a name, "Ewing, …", a clause, "Raising taxes would hurt, …", nor a
            // subject that reaches the verb, "Voting rights advocates have said")
            if (t.IsCapitalized && CueLexicon.EndsInIng(t.Lower) && a + 1 < e && tk[a + 1].IsLowerWord && e - a <= ParticiplePhraseReach && e < tk.Count && tk[e].Is(",") &&
                !HasFinite(tk, a + 1, e)) return true;
            // "Separately, …", "Ultimately, …": a sentence adverb alone before its comma (not a given name: "Kelly, …")
            return e == a + 1 && t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal) && Lexicon.GenderOfFirstName(t.Text) == '\0';
        }

        /// <summary>
        /// "Last year's statistics show …", "last week's poll found …": a word of time-deictic ("last", "next") and a possessive
        /// right after it, with a word after that in the segment, open a noun phrase that the time owns (the possessive is its
        /// determiner), no phrase of time that introduces the clause ("Last year, the board said …").
        /// </summary>
        private static bool IsTimeOwner(IReadOnlyList<Token> tk, int a, int e) =>
            a + 2 < e && tk[a].IsWord && tk[a].Has(WordClass.TimeDeictic) && IsPossessive(tk[a + 1]) && tk[a + 2].IsWord;

        /// <summary>The most tokens a participle's phrase that opens a sentence may take before its comma ("Standing beside the minister").</summary>
        private const int ParticiplePhraseReach = 8;

        /// <summary>True when a phrase of time runs from a to a comma before k ("a few days later, …").</summary>
        private static bool TimePhraseBeforeComma(IReadOnlyList<Token> tk, int a, int k) => TimePhraseComma(tk, a, k) >= 0;

        /// <summary>The index of the comma that closes a phrase of time starting at a, before k ("a few days later, …"); else -1.</summary>
        public static int TimePhraseComma(IReadOnlyList<Token> tk, int a, int k)
        {
            for (int c = a + 1; c < k && c - a <= TimePhraseReach; c++)
                if (tk[c].Is(",")) return IsTimePhrase(tk, a, c) ? c : -1;
            return -1;
        }

        /// <summary>The most words a phrase of time before its comma may take ("a few days later").</summary>
        private const int TimePhraseReach = 6;

        /// <summary>
        /// True when tokens [a, e) are a phrase of time that closes with a time-end word ("a few days later", "Two weeks
        /// ago", "Hours earlier"): only words, no verb, at most <see cref="TimePhraseReach"/> of them.
        /// </summary>
        public static bool IsTimePhrase(IReadOnlyList<Token> tk, int a, int e)
        {
            if (e - a < 2 || e - a > TimePhraseReach || !tk[e - 1].IsLowerWord || !tk[e - 1].Has(WordTag.TimeEnd)) return false;
            for (int i = a; i < e - 1; i++)
                if (!tk[i].IsWord || tk[i].Has(WordTag.Finite) || tk[i].IsVerbForm) return false;
            return true;
        }

        /// <summary>
        /// "the agency treated fishermen who …", "Lund sharply rebuked critics who …": at i a past form in -ed (an adverb may
        /// stand before it) right after a name or a noun of persons or institutions is that subject's verb, so no antecedent
        /// starts there (issue #8); "recently elected officials" after no such word still may.
        /// </summary>
        private static bool PastFormAfterSubject(IReadOnlyList<Token> tk, int s0, int i)
        {
            int v = i;
            if (tk[v].IsLowerWord && CueLexicon.IsLyAdverb(tk[v]) && v + 1 < tk.Count) v++;
            if (!CueLexicon.IsEdForm(tk[v])) return false;
            int b = i - 1;
            if (b > s0 && CueLexicon.IsLyAdverb(tk[b]) && v == i) b--;
            if (b < s0 || !tk[b].IsWord) return false;
            var t = tk[b];
            return t.IsCapitalized && !t.Has(WordTag.Function | WordTag.Intro) || t.IsOrganisationWord || t.IsSpeakerNoun(out _, out _);
        }

        /// <summary>How many words before an indefinite antecedent a negation may stand and still govern it ("was not ready for another …").</summary>
        private const int HypotheticalNegationReach = 5;

        /// <summary>
        /// "Pakistan rejects any report that says its posts fired first", "the nation was not ready for another joint report that
        /// says both sides erred": the antecedent of a restrictive relative (no comma before the pronoun) that a free-choice
        /// determiner opens ("any", <see cref="WordSense.FreeChoice"/>), or an indefinite document ("a report", "another
        /// statement") in the reach of a negation before it, is no report in particular: one that may or may never exist, so no source of
        /// what its clause says. "a report that says …" with no negation before it, and "the report that says …", still speak.
        /// </summary>
        internal static bool IsHypotheticalAntecedent(IReadOnlyList<Token> tk, int s0, Mention antecedent, int opener)
        {
            int a = antecedent.Start;
            if (a >= tk.Count || !tk[a].IsLowerWord || antecedent.Kind != MentionKind.Description || tk[opener - 1].Is(",")) return false;
            if (Lexicon.Is(tk[a].Lower, WordSense.FreeChoice)) return true;
            // "forced to defend not paying an architect who said …": a person under a negation is still someone in particular
            if (!tk[a].Has(WordTag.Indefinite) || !antecedent.IsDocument) return false;
            for (int i = a - 1, words = 0; i >= s0 && words < HypotheticalNegationReach; i--)
            {
                if (!tk[i].IsWord) return false;
                if (tk[i].IsLowerWord && tk[i].Has(WordTag.Negation)) return true;
                words++;
            }
            return false;
        }

        /// <summary>How many words the apposition after a noun of nobody may hold ("no American official, civilian or military, who …").</summary>
        private const int NilAppositionWords = 4;

        /// <summary>
        /// "There is no official who said …", "no American official, civilian or military, who wanted …": the antecedent of a
        /// relative is nobody when a word of nobody (<see cref="WordSense.NilSubject"/>) opens it, or opens the noun phrase before the
        /// comma of an apposition that the antecedent is (at most <see cref="NilAppositionWords"/> words, no verb, no other
        /// determiner between): no speaker, so no source of what the relative clause says ("the official, who said …" is one).
        /// </summary>
        internal static bool IsNilAntecedent(IReadOnlyList<Token> tk, int s0, Mention antecedent)
        {
            if (MentionParser.IsNilSubject(tk, antecedent.Start)) return true;
            bool comma = false;
            for (int i = antecedent.Start - 1, words = 0; i >= s0 && words <= NilAppositionWords; i--)
            {
                var t = tk[i];
                if (t.Is(",")) { comma = true; continue; }
                if (!t.IsWord) return false;
                if (t.IsLowerWord && Lexicon.Is(t.Lower, WordSense.NilSubject)) return comma;
                if (t.Has(WordTag.Finite | WordTag.Determiner | WordTag.Preposition)) return false;
                words++;
            }
            return false;
        }

        /// <summary>How many words may stand between "its" and the noun of a body's telling ("its own account", "its own brief version").</summary>
        private const int OwnedTellingWords = 2;

        /// <summary>
        /// "The army put out its own account, which said …", "the board gave its own version, which says …": the noun of one's telling
        /// of events (words.txt own-reading: "account", "version") that "its own" owns, with at most <see cref="OwnedTellingWords"/>
        /// lower-case words between "its" and the noun, "own" among them, ending right before the comma at <paramref name="e"/>
        /// (not "rejected the report and its version", whose "its" may be the report's): a description the mention grammar
        /// does not read as a speaker, which a relative after it speaks for (its owner, the speaker resolution tells: "it"). Null
        /// otherwise.
        /// </summary>
        private static Mention? OwnedTelling(IReadOnlyList<Token> tk, int s0, int e)
        {
            int h = e - 1;
            if (h <= s0 || !tk[h].IsLowerWord || !Lexicon.Is(tk[h].Lower, WordSense.OwnReading)) return null;
            int d = h - 1;
            while (d > s0 && h - d <= OwnedTellingWords && tk[d].IsLowerWord && !SpeakerResolver.IsThingPossessive(tk[d].Lower) &&
                   !tk[d].Has(WordTag.Function | WordTag.Determiner | WordTag.Preposition) && !tk[d].IsVerbForm) d--;
            if (d < s0 || !tk[d].IsLowerWord || !SpeakerResolver.IsThingPossessive(tk[d].Lower)) return null;
            // ("its own": the owner is the clause's subject, not a thing written between, "rejected the report and its version")
            bool own = false;
            for (int x = d + 1; x < h; x++) own |= Lexicon.Is(tk[x].Lower, WordSense.OwnEmphasis);
            if (!own) return null;
            var m = new Mention
            {
                Kind = MentionKind.Description, Start = d, End = e, Next = e, Determiner = tk[d].Lower, Head = tk[h].Lower,
                CharStart = tk[d].Start, CharEnd = tk[h].End, Text = MentionParser.Join(tk, d, e),
            };
            for (int x = d + 1; x < h; x++) m.AddModifier(tk[x].Text);
            return m;
        }

        /// <summary>How many words an "of" phrase after the noun of a telling may hold before the relative's comma ("of events", "of the night").</summary>
        private const int TellingOfWords = 2;

        /// <summary>How many capitalised words may name the owner of a telling ("the Pakistani army's", "the American").</summary>
        private const int TellingOwnerWords = 3;

        /// <summary>
        /// "the American version of events, which holds …", "Pakistan's version, which …", "Washington's account, which says …": the
        /// noun of one's telling of events (words.txt own-reading) ending right before the comma at <paramref name="e"/>, or before
        /// a short "of" phrase of lower-case words (at most <see cref="TellingOfWords"/>) that ends there, with its owner written
        /// before it in capitalised words that end in a country's name, people or capital, after "the" ("the American") or as a
        /// possessive ("Pakistan's"). A description the mention grammar does not read as a speaker, which a relative after it
        /// speaks for (the speaker resolution gives its side). Null otherwise ("a different version, which …", "its version, which
        /// …", "the Smith version, which …": no side's words).
        /// </summary>
        private static Mention? NamedOwnersTelling(IReadOnlyList<Token> tk, int s0, int e)
        {
            int h = e - 1;
            // ("version of events": the telling before its short "of" phrase)
            for (int x = e - 1; x > s0 && e - x <= TellingOfWords + 1; x--)
            {
                if (!tk[x].IsLowerWord || tk[x].IsVerbForm) break;
                if (tk[x].Has(WordGroup.OfComplement) && x - 1 > s0) { h = x - 1; break; }
            }
            if (h <= s0 || !tk[h].IsLowerWord || !Lexicon.Is(tk[h].Lower, WordSense.OwnReading)) return null;
            int d = h - 1;
            bool possessive = false;
            if (Possessive.IsSuffix(tk[d].Text)) { possessive = true; d--; }
            else if (tk[d].IsWord && Possessive.EndsIn(tk[d].Text)) possessive = true;
            // the owner's words: capitalised ones, the last of them a country's name, people or capital ("the American", "Pakistan's",
            // "Washington's"), which give the telling a side (a body's or a person's words are left to the subject's grammar)
            int owner = d;
            while (owner >= s0 && d - owner < TellingOwnerWords && tk[owner].IsWord && tk[owner].IsCapitalized) owner--;
            if (owner == d) return null;
            var last = Possessive.Strip(tk[d].Text);
            if ((CountryTable.FindCountryOrCapital(last) ?? CountryTable.FindDemonym(last)) == null) return null;
            int start = owner + 1;
            // ("the American version": capitalised words alone own it only after "the"; a possessive owns it after anything)
            bool article = owner >= s0 && tk[owner].IsLowerWord && Lexicon.IsAsWritten(tk[owner].Text, WordGroup.DefiniteArticle);
            if (!possessive && !article) return null;
            if (article) start = owner;
            var m = new Mention
            {
                Kind = MentionKind.Description, Start = start, End = e, Next = e, Determiner = article ? tk[owner].Lower : "", Head = tk[h].Lower,
                CharStart = tk[start].Start, CharEnd = tk[e - 1].End, Text = MentionParser.Join(tk, start, e),
            };
            if (h + 1 < e)
            {
                m.PostModifier = MentionParser.Join(tk, h + 1, e);
                m.HeadText = MentionParser.Join(tk, start, h + 1);
            }
            for (int x = owner + 1; x < h; x++)
                if (!Possessive.IsSuffix(tk[x].Text)) m.AddModifier(tk[x].Text);
            return m;
        }

        /// <summary>
        /// ", completed in December,", ", released on Monday,": the comma that opens a participle's aside whose closing comma is
        /// at <paramref name="e"/>, with no other punctuation inside and at most <see cref="ParticipleAsideWords"/> words, after a
        /// word; null when none.
        /// </summary>
        private static int? ParticipleAsideStart(IReadOnlyList<Token> tk, int s0, int e)
        {
            for (int j = e - 1; j > s0 && e - j <= ParticipleAsideWords + 1; j--)
            {
                if (tk[j].IsWord) continue;
                if (!tk[j].Is(",")) return null;
                return j + 1 < e && CueLexicon.IsEdForm(tk[j + 1]) && tk[j - 1].IsWord ? j : null;
            }
            return null;
        }

        /// <summary>
        /// "the U.S. military investigation released in December, which found …": a past participle in -ed right after a document's
        /// noun (organisation-words.txt, a document), with no comma before it, whose phrase up to the relative pronoun's comma at
        /// <paramref name="e"/> holds at most <see cref="ParticipleAsideWords"/> words, each in lower case, a number or a day or
        /// month, and opens a phrase of time ("in December", "last week", "on 22 December"; <see cref="OpensTimeAfterParticiple"/>):
        /// the document is the antecedent, the participle's phrase a time it was made. The participle's index, or null. Not with "by" (an agent, "the report released by the Pentagon, which …",
        /// may be what the pronoun stands for) nor a name (a place, "published in Islamabad, which …").
        /// </summary>
        private static int? DocumentParticipleStart(IReadOnlyList<Token> tk, int s0, int e)
        {
            for (int j = e - 1; j > s0 && e - j <= ParticipleAsideWords; j--)
            {
                var t = tk[j];
                if (!t.IsWord) return null;
                if (t.IsLowerWord && t.Lower == "by") return null;
                if (t.IsLowerWord && CueLexicon.IsEdForm(t) && tk[j - 1].IsWord && tk[j - 1].IsLowerWord && tk[j - 1].IsDocumentWord)
                    return j + 1 < e && OpensTimeAfterParticiple(tk[j + 1]) ? j : null;
                if (!t.IsLowerWord && !t.Has(WordTag.Calendar) && !char.IsDigit(t.Text[0])) return null;
            }
            return null;
        }

        /// <summary>
        /// A word that opens a phrase of time right after a participle: a preposition ("released in December", "issued on
        /// Monday") or a lead of such a phrase ("released last week", "published earlier"); not a determiner ("cited the
        /// board's report": the participle's object, the past verb of a clause).
        /// </summary>
        private static bool OpensTimeAfterParticiple(Token t) =>
            t.IsLowerWord && (t.Has(WordTag.Preposition) && !t.Has(WordTag.Determiner) || t.Has(WordGroup.ParticipleTimeLead));

        /// <summary>The most words of a participle's aside between an antecedent and its relative pronoun ("completed in December": 3).</summary>
        private const int ParticipleAsideWords = 6;

        /// <summary>
        /// ", through the businessman Jo Bell" in [from, e): the person (a name, or a description whose head is a speaker noun) that a
        /// preposition after a comma opens, ending at e (the last such comma); null when there is none.
        /// </summary>
        private static Mention? PersonAfterCommaPreposition(MentionParser mp, IReadOnlyList<Token> tk, int from, int e)
        {
            for (int c = e - 2; c > from; c--)
            {
                if (!tk[c].Is(",")) continue;
                // (a preposition, or a word that opens a phrase of its own, "through"; not a clause's opener, "when")
                if (!tk[c + 1].IsLowerWord || !tk[c + 1].Has(WordTag.Preposition | WordTag.IntroPhrase) || tk[c + 1].Has(WordTag.Opener | WordTag.Determiner)) return null;
                for (int k = c + 2; k < e; k++)
                {
                    var m = mp.Parse(tk, k, e, inverted: true);
                    if (m == null || m.End != e && m.Next != e) continue;
                    // (a name with a role or title written before it, "the businessman Jo Bell", or a given name first: not a place, "of Dover")
                    bool person = m.Kind == MentionKind.Name && (!string.IsNullOrEmpty(m.Title) || Lexicon.IsGivenName(PersonName.GivenWord(m.Name ?? m.Text))) ||
                                  m.Kind == MentionKind.Description && !m.IsOrganisationHead && !m.IsDocument && Lexicon.IsSpeakerNoun(m.Head, out _, out _);
                    return person ? m : null;
                }
                return null;
            }
            return null;
        }

        /// <summary>"Jo Bell, who said …", "a report that found …": the relative pronoun is the source and stands for the antecedent before it.</summary>
        internal static Subject? RelativeSubject(MentionParser mp, IReadOnlyList<Token> tk, int s0, int opener, int g)
        {
            if (opener < 0 || opener != g - 1 || !tk[opener].IsWord || !IsRelativePronoun(tk[opener].Lower)) return null;
            int e = opener;
            if (e - 1 >= s0 && tk[e - 1].Is(",")) e--;
            if (e <= s0 || !tk[e - 1].IsWord) return null;
            // "the American version of events, which holds that …", "Pakistan's account, which says …": a telling its side's words own,
            // which the mention grammar does not read, right before the comma (before any wider phrase the grammar reads up to it)
            Mention? antecedent = tk[opener - 1].Is(",") ? NamedOwnersTelling(tk, s0, e) : null;
            // "its investigation, completed in December, which found …": a participle's aside set off by commas stands between
            // the antecedent and its relative pronoun; the antecedent ends before it (else at the pronoun's comma, as without one)
            // "the U.S. investigation released in December, which found …": the same participle with no comma before it, right
            // after a document's noun (DocumentParticipleStart)
            int end = e < opener && (ParticipleAsideStart(tk, s0, e) ?? DocumentParticipleStart(tk, s0, e)) is int aside ? aside : e;
            for (; antecedent == null; end = e)
            {
                for (int i = Math.Max(s0, end - 12); i < end && antecedent == null; i++)
                {
                    if (!tk[i].IsWord || IsIntroWord(tk[i]) && tk[i].IsCapitalized) continue;
                    if (PastFormAfterSubject(tk, s0, i)) continue;
                    // "The team chose only people who …": a past form not in -ed is the clause's verb, never the antecedent's first word
                    if (MentionParser.IsPastVerbNotInEd(tk, i, end)) continue;
                    var m = mp.Parse(tk, i, end, inverted: true);
                    if (m == null || m.End != end && m.Next != end) continue;
                    if (m.IsPronoun) return null;
                    // "an officer reached by telephone in Peshawar, who did not want …": a name that a preposition of place opens is
                    // the place, never the person "who" stands for ("the attacks in Paris, which …" may still be the place's)
                    if (m.Kind == MentionKind.Name && i > s0 && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordClass.PlacePreposition) &&
                        tk[opener].Has(WordClass.PersonRelative)) return null;
                    antecedent = m;
                }
                if (end == e) break;
            }
            // "passed to the admiral, through the businessman Jo Bell, who has claimed …": a person's relative stands for the nearest
            // person, the one a preposition opens after a comma, not the wider phrase the parser read from before that comma
            if (antecedent != null && tk[opener].Has(WordClass.PersonRelative) && PersonAfterCommaPreposition(mp, tk, antecedent.Start, e) is { } nearer)
                antecedent = nearer;
            // "…, compared with 23 percent who said …", "four in 10 who say …": a counted share of a group the mention grammar
            // does not read is the antecedent of a person's relative (the widest such share that ends at the pronoun)
            if (antecedent == null && tk[opener].Has(WordClass.PersonRelative))
                for (int i = Math.Max(s0, e - 12); i < e && antecedent == null; i++)
                    if (OpensShare(tk, i, e) && ShareSubject(tk, i, e) is { } share && IsShare(tk, share)) antecedent = share;
            // "the army put out its own account, which said …": a body's telling of events that "its" owns
            if (antecedent == null && tk[opener - 1].Is(",")) antecedent = OwnedTelling(tk, s0, e);
            if (antecedent == null) return null;
            // "was not ready for another report that says …", "rejects any report that says …": no document in particular speaks
            if (IsHypotheticalAntecedent(tk, s0, antecedent, opener)) return null;
            if (IsNilAntecedent(tk, s0, antecedent)) return null;
            var pronoun = Mention.Pronoun(tk, opener, tk[opener].Lower, next: g, owner: antecedent);
            return new Subject(pronoun, antecedent.Start, opener);
        }
    }
}
