using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// "Trump, speaking at a rally in Wilmington, N.C., warned …", "Proponents of the bill, however, say …",
        /// "Sanders, a senator from Vermont and a self-described socialist, said …": a subject that opens its clause,
        /// then asides between commas (appositions, places, participle phrases, relative clauses, connectives) and a
        /// comma right before the verb group at g. The subject is the phrase before the first comma, the asides its
        /// apposition. Null unless every segment after the subject is an aside: none holds a verb of its own outside a
        /// participle phrase or relative clause, opens with a pronoun or a coordinator, or joins names into a list.
        /// </summary>
        private static Subject? ApposedSubject(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // "Washington, star of television’s “Scandal,” thanked …": the writer's comma inside the marks of a title closes the aside
            bool titleCloses = g - 1 > s0 && TitleInAside(tk, g - 1, s0) && QuotationFacts.EndsWithComma(tk[g - 1].Text);
            if (g - 3 < s0 || !tk[g - 1].Is(",") && !titleCloses) return null;
            // back to where the clause starts: the sentence, a quotation or clause mark, or a clause word after a comma that opens no aside
            int b = g - 2, words = 0, opener = -1;
            for (; b >= s0; b--)
            {
                var t = tk[b];
                if (TitleInAside(tk, b, s0)) continue;
                if ((t.Is(")") || IsDash(t)) && MatchingOpen(tk, s0, b) is int open && open >= 0) { b = open; continue; }
                // "Trump, later alleging - again falsely - that …,": a hyphen set apart by spaces, twice, is a pair of dashes
                if (IsSpacedHyphen(tk, b) && SpacedHyphenBefore(tk, s0, b) is int pair && pair >= 0) { b = pair; continue; }
                // a quotation, a clause mark, or a mark that joins no aside ("PARIS, Aug 31 (Reuters) - …")
                if (t.IsQuote || IsClauseMark(t) || t.Kind == TokenKind.Punct && !t.Is(",") && !t.Is("&") && !InsideWords(tk, b)) { opener = b; break; }
                if (t.IsWord && ++words > SubjectReach) return null;
                if (b > s0 && tk[b - 1].Is(",") && t.IsLowerWord && t.Has(WordTag.Opener) && !OpensAside(tk, b, g)) { opener = b; break; }
            }
            int start = b + 1;
            // the comma segments from there to the comma before the verb (brackets and dashes kept inside their segment)
            var segments = new List<(int A, int E)>();
            for (int i = start, a = start; i <= g - 1; i++)
            {
                if (i < g - 1 && (tk[i].Is("(") || IsDash(tk[i]) || IsSpacedHyphen(tk, i)) && ClosingOf(tk, i, g - 1) is int close && close > i) { i = close; continue; }
                if (i == g - 1 || tk[i].Is(","))
                {
                    if (i == a && !titleCloses) return null;
                    segments.Add((a, i == g - 1 && titleCloses ? g : i));
                    a = i + 1;
                }
            }
            int first = 0;
            while (first < segments.Count - 1 && (IntroSegment(tk, segments[first].A, segments[first].E) ||
                                                  first > 0 && PlaceAfterPlace(tk, segments[first - 1], segments[first]))) first++;
            if (first >= segments.Count - 1) return null;
            // the subject: after the last clause word or verb of its segment ("He said that Bell, …"), past connectives, to the segment's end
            var (ha, he) = segments[first];
            for (int i = he - 1; i > ha; i--)
                if (tk[i].IsLowerWord && (tk[i].Has(WordTag.Opener | WordTag.Finite) && !tk[i].Has(WordClass.Coordinator) || FiniteVerbAt(tk, i, ha, he) != null))
                {
                    ha = i + 1;
                    opener = i;
                    break;
                }
            // "… fix the system and he, once again, pledged": after a clause's verb, a coordinator opens the second clause
            for (int i = he - 1; i > ha; i--)
            {
                if (!tk[i].IsLowerWord || !tk[i].Has(WordClass.ClauseCoordinator)) continue;
                int a = segments[first].A;
                for (int j = i - 1; j >= a; j--)
                    if (tk[j].IsLowerWord && (tk[j].Has(WordTag.Finite) || FiniteVerbAt(tk, j, a, i) != null)) { ha = i + 1; opener = i; break; }
                break;
            }
            while (ha < he - 1 && tk[ha].IsWord && tk[ha].Has(WordTag.Intro)) ha++;
            // ("That inquiry, carried out by …, concluded …": a demonstrative before a document's noun is its determiner)
            if (ha >= he || !tk[ha].IsWord || IsOpener(tk, ha, s0) && !DemonstrativeBeforeDocument(tk, ha, s0, he)) return null;
            // "The army, the paper says, insists …": one segment after the subject that reports it (a source and its verb of
            // saying) is another's report of the clause, no apposition of the subject; the subject is still the verb's
            bool reported = segments.Count == first + 2 && IsReportAside(mp, tk, segments[first + 1].A, segments[first + 1].E);
            for (int s = first + 1; s < segments.Count && !reported; s++)
                if (!IsAside(tk, segments[s].A, segments[s].E)) return null;
            bool generic = false;
            var head = mp.Parse(tk, ha, he, inverted: true);
            // "One of them, speaking without being named, called …": one member of a group, which its own reading finds only up to
            // the verb after the aside (Mention.OfGroupPronoun), heads the phrase before the first comma
            if ((head == null || Math.Max(head.Next, head.End) < he) && mp.Parse(tk, ha, g, inverted: false) is { OfGroupPronoun: true } member && member.End == he)
                head = member;
            if (head == null || Math.Max(head.Next, head.End) < he)
            {
                head = GenericNounPhrase(tk, ha, he);
                if (head == null) return null;
                // "Executives for the firm": the noun before its first preposition heads the phrase
                int h = he - 1;
                for (int i = ha + 1; i < he - 1; i++)
                    if (tk[i].IsLowerWord && tk[i].Has(WordTag.Preposition)) { h = i - 1; break; }
                if (!NamesASource(tk[h])) return null;
                head.Head = tk[h].Lower;
                generic = true;
            }
            // the apposition runs to the end of the asides, short of a place that continues the one before it ("a baker in Cork, Ireland")
            int last = first + 1;
            while (last + 1 < segments.Count && !PlaceAfterAside(tk, segments[last + 1])) last++;
            if (!reported) head.Apposition ??= MentionParser.Join(tk, segments[first + 1].A, segments[last].E);
            head.Next = g;
            return new Subject(head, ha, opener) { Generic = generic };
        }

        /// <summary>How many tokens may follow the verb of a report aside before its closing comma ("the paper said on Monday,", "a
        /// minister told reporters in Lahore,"): an addressee and a phrase of time or setting, no clause of its own.</summary>
        private const int ReportAsideTailReach = 4;

        /// <summary>
        /// "the paper says", "the union said", "a minister said on Monday", "an aide told reporters": a segment that is a source
        /// read by the mention grammar to a verb of saying in the past or present (no base form, participle or gerund) that closes
        /// it, or that only an addressee, a time or a setting follows (<see cref="TailOfAttribution"/>, at most
        /// <see cref="ReportAsideTailReach"/> tokens): another's report of the clause around it.
        /// </summary>
        private static bool IsReportAside(MentionParser mp, IReadOnlyList<Token> tk, int a, int e)
        {
            for (int k = a + 1; k < e; k++)
            {
                if (!tk[k].IsLowerWord || FiniteVerbAt(tk, k, a, e) is not { } verb) continue;
                if (verb.GroupStart != k || !verb.Entry.IsSpeech || verb.Entry.Kind == VerbForm.Base || verb.Entry.Kind == VerbForm.Gerund || verb.Entry.ParticipleOnly) return false;
                if (verb.End < e && !(e - verb.End <= ReportAsideTailReach && TailOfAttribution(tk, verb.Entry, verb.End, e, out int after) && after == e)) return false;
                var source = mp.Parse(tk, a, k, inverted: false);
                return source != null && source.Start == a && source.End == k;
            }
            return false;
        }

        /// <summary>A mark written against the word before it or after it ("R-Fla.", "$3", "Jr.", "AT&amp;T"), not one set apart by spaces.</summary>
        private static bool InsideWords(IReadOnlyList<Token> tk, int i) =>
            i > 0 && tk[i - 1].End == tk[i].Start || i + 1 < tk.Count && tk[i].End == tk[i + 1].Start;

        /// <summary>The most words a place that continues another may take ("…, Va.", "…, New Mexico").</summary>
        private const int PlaceWords = 2;

        /// <summary>How many tokens back the spaced hyphen that opens an aside may stand from the one that closes it.</summary>
        private const int HyphenAsideTokens = 20;

        /// <summary>
        /// "In a court in Alexandria, Va., Lazar …": a segment of one or two capitalised words after a segment that
        /// ends in a capitalised word continues its place (a state after its town), not a subject.
        /// </summary>
        private static bool PlaceAfterPlace(IReadOnlyList<Token> tk, (int A, int E) before, (int A, int E) segment)
        {
            return tk[before.E - 1].IsCapitalized && IntroSegment(tk, before.A, before.E) && PlaceAfterAside(tk, segment);
        }

        /// <summary>A segment of one or two capitalised words (abbreviations too) after an aside: the place of the one before ("Ireland", "Mich.").</summary>
        private static bool PlaceAfterAside(IReadOnlyList<Token> tk, (int A, int E) segment)
        {
            int words = 0;
            for (int i = segment.A; i < segment.E; i++)
            {
                if (tk[i].Is(".")) continue;
                if (!tk[i].IsCapitalized || ++words > PlaceWords) return false;
            }
            return words > 0;
        }

        /// <summary>The closing bracket or dash of the one opened at o, before e; -1 when there is none.</summary>
        internal static int ClosingOf(IReadOnlyList<Token> tk, int o, int e)
        {
            bool dash = IsDash(tk[o]), hyphen = IsSpacedHyphen(tk, o);
            for (int i = o + 1; i < e; i++)
            {
                if (tk[i].IsQuote || tk[i].Is(";")) return -1;
                if (hyphen ? IsSpacedHyphen(tk, i) : dash ? IsDash(tk[i]) : tk[i].Is(")")) return i;
            }
            return -1;
        }

        /// <summary>
        /// "The council (the mayor said …) closed it", "Trump — even as he says … — has proposed …": the bracket or dash that opens
        /// an aside still open at <paramref name="g"/>: an opening bracket not closed before it, or the last of an odd number of
        /// dashes (or spaced hyphens) since <paramref name="s0"/>, with words before it, in a sentence (to <paramref name="s1"/>)
        /// whose dashes pair up ("— The mayor said the pier — built in 1900 — was safe" opens on a dash that pairs with none);
        /// -1 when <paramref name="g"/> stands in no such aside.
        /// </summary>
        internal static int AsideOpenBefore(IReadOnlyList<Token> tk, int s0, int g, int s1)
        {
            int bracket = -1, dash = -1, dashes = 0, depth = 0;
            for (int i = g - 1; i >= s0; i--)
            {
                if (tk[i].Is(")")) depth++;
                else if (tk[i].Is("(") && depth-- == 0 && bracket < 0) bracket = i;
                else if (IsDash(tk[i]) || IsSpacedHyphen(tk, i))
                {
                    if (dashes++ == 0) dash = i;
                }
            }
            int all = dashes;
            for (int i = g; i < s1; i++)
                if (IsDash(tk[i]) || IsSpacedHyphen(tk, i)) all++;
            if (dashes % 2 == 0 || all % 2 != 0 || dash == s0) dash = -1;
            return Math.Max(bracket, dash);
        }

        /// <summary>A hyphen with a space on both sides ("… - again falsely - …"): a dash typed as a hyphen.</summary>
        private static bool IsSpacedHyphen(IReadOnlyList<Token> tk, int i) =>
            tk[i].Is("-") && i > 0 && i + 1 < tk.Count && tk[i - 1].End < tk[i].Start && tk[i].End < tk[i + 1].Start;

        /// <summary>The spaced hyphen that opens the aside a spaced hyphen at c closes (within <see cref="HyphenAsideTokens"/>, not before s0), or -1.</summary>
        private static int SpacedHyphenBefore(IReadOnlyList<Token> tk, int s0, int c)
        {
            for (int i = c - 1; i >= s0 && c - i <= HyphenAsideTokens; i--)
            {
                if (tk[i].IsQuote || tk[i].Is(";") || tk[i].Is(",")) return -1;
                if (IsSpacedHyphen(tk, i)) return i;
            }
            return -1;
        }

        /// <summary>
        /// A clause word after a comma that opens an aside, not a clause: a relative of the aside kind ("…, who led the
        /// inquiry,"), or a subordinator before a participle ("…, when contacted by Reuters,", "…, while visiting Ohio,").
        /// </summary>
        private static bool OpensAside(IReadOnlyList<Token> tk, int b, int g)
        {
            var w = tk[b].Lower;
            if (Lexicon.Is(w, WordClass.AsideRelative | WordClass.PersonAside)) return true;
            return CueLexicon.Is(w, WordTag.Subordinator) && b + 1 < g && IsParticipleForm(tk[b + 1]);
        }

        /// <summary>A lower-case -ing or -ed form of more than four letters ("speaking", "contacted").</summary>
        private static bool IsParticipleForm(Token t) =>
            CueLexicon.IsIngForm(t) || CueLexicon.IsEdForm(t);

        /// <summary>
        /// The segment [a, e) between commas can be an aside of the subject before it: no verb of its own before a
        /// participle or relative pronoun ("speaking at a rally", "who served in Oslo", "a former aide", "of Flint",
        /// "however"); not a pronoun's clause ("he said"), a coordination ("and Cruz") or a list of names ("Fiorina and Huckabee").
        /// </summary>
        internal static bool IsAside(IReadOnlyList<Token> tk, int a, int e)
        {
            var t0 = tk[a];
            if (t0.IsQuote && !TitleInAside(tk, a, a - 1)) return false;
            if (t0.IsWord && (CueLexicon.IsSubjectPronoun(t0.Lower) && (t0.IsLowerWord || t0.IsPronounI) || t0.IsLowerWord && t0.Has(WordClass.Coordinator))) return false;
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                if (t.IsQuote && !TitleInAside(tk, i, a)) return false;
                if (!t.IsWord) continue;
                // the rest is the clause of a participle or relative: its verbs are its own
                if (t.IsLowerWord && (t.Has(WordClass.AsideRelative | WordClass.PersonAside | WordClass.PersonRelative) || IsParticipleForm(t) && !t.Has(WordTag.Finite))) return true;
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || FiniteVerbAt(tk, i, a, e) != null || CueLexicon.IsSubjectPronoun(t.Lower))) return false;
                // "Democrats, Frank notes, applaud …": a name and a verb of report closing the segment are a report of their own
                if (i == e - 1 && i > a && t.IsLowerWord && EntryAt(tk, i, e, out _) is { } v && v.Kind != VerbForm.Gerund &&
                    (tk[i - 1].IsCapitalized || IsPluralNoun(tk[i - 1]))) return false;
                // "Fiorina and Huckabee", "the mayors of Dallas and Fort Worth": names in a list
                if (t.IsLowerWord && t.Has(WordClass.ListCoordinator) && i + 1 < e && tk[i + 1].IsCapitalized) return false;
            }
            return true;
        }

        /// <summary>
        /// "a contestant on the show “The Apprentice,”", "star of television’s “Scandal,”": a quotation inside an aside that reads
        /// like a title (capitalised words, the writer's comma allowed inside the marks) after a word or a comma of the aside, not
        /// at its start: part of the aside's noun phrase, nobody's words that would end the subject's clause.
        /// </summary>
        private static bool TitleInAside(IReadOnlyList<Token> tk, int i, int a) =>
            i > a && tk[i].IsQuote && (tk[i - 1].IsWord || tk[i - 1].Is(",")) && QuotationFacts.IsTitleLikeQuote(tk[i].Text);

        /// <summary>A plain noun phrase's last word that can name a source: a person, group, institution, document or share ("officials", "report", "majority").</summary>
        private static bool NamesASource(Token last) =>
            last.IsWord && (IsPluralNoun(last) || last.IsSpeakerNoun(out _, out _) || last.IsOrganisationWord ||
                            last.IsDocumentWord || last.Has(WordTag.Proportion));
    }
}
