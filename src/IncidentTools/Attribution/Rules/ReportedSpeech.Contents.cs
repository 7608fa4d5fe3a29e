using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The reported content after a cue verb: where it starts (past an addressee, a phrase of time, "that") and
    /// ends (a closing aside, a second verb, a pro-form), and whether what follows the verb is content at all.
    /// </summary>
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// Where the content starts after a verb: past an addressee for "tell"-like verbs ("told
        /// reporters on Monday that …"), past a phrase of time or means and "that" ("said in a
        /// statement that …"). Returns the first content token.
        /// </summary>
        public static int ContentStartAfter(IReadOnlyList<Token> tk, VerbCue cue, int s1)
        {
            int c = cue.End;
            // "know to verify that …", "think to ask whether …": a verb that addresses no one takes no phrase with "to"; the
            // infinitive is what the subject does, and the clause after it is that verb's, not this one's
            if (c < s1 && tk[c].IsLowerWord && tk[c].Has(WordGroup.InfinitiveMarker) && !cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Infinitive) && cue.Entry.Particle == null) return c;
            // "that" within reach, before any mark: the content starts after it
            // ("says at a campaign stop in Toledo, Ohio, that …": a phrase of place may hold commas)
            // ("believes, for example, that …": an aside between commas right after the verb)
            bool placePhrase = c < s1 && tk[c].IsLowerWord && tk[c].Has(WordTag.IntroPhrase) && !tk[c].Has(WordTag.Subordinator) ||
                               c < s1 && tk[c].Is(",") ||
                               // ("told a briefing for journalists at the army's headquarters in Rawalpindi that …": the addressee and
                               // the phrase of place after it may take as many words)
                               cue.Entry.TakesAddressee && PlaceLeadAfterAddressee(tk, c, s1);
            for (int i = c; i < s1 && i - c <= (placePhrase ? 2 * ObjectReach : ObjectReach); i++)
            {
                var t = tk[i];
                if (!t.IsWord && !(placePhrase && t.Is(","))) break;
                if (!t.IsWord) continue;
                // "say most adults fall short of that target": "that" right after a preposition is a determiner, never a complementizer;
                // after "and" it opens a second that-clause ("said he was leaving and that he …"): the first starts at the verb
                if (t.Has(WordGroup.Complementizer) && i > c && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordTag.Preposition)) continue;
                // "said the bridge closed that morning", "said that night that …": "that" before a word of time is the time's
                // determiner, never a complementizer; a later "that" may still open the content
                if (t.Has(WordGroup.Complementizer) && DemonstrativeBeforeTime(tk, i, s1)) continue;
                if (t.Has(WordGroup.Complementizer))
                {
                    // "blamed the company that repaired it": after an object noun, "that" and a verb open its relative clause (an addressee is followed by the content: "told the council that …")
                    if (!cue.Entry.TakesAddressee && IsRelativeThatAfterNoun(tk, i, c, s1)) return c;
                    // "found the parking lot that the officer had pointed out": after an object noun phrase, "that" and a subject open
                    // a relative clause whose object is the noun
                    if (!cue.Entry.TakesAddressee && IsObjectRelativeThatAfterNoun(tk, i, c, s1)) return c;
                    int after = i + 1 < s1 && tk[i + 1].Is(",") ? i + 2 : i + 1;   // "said that, if elected, he …"
                    // "said that was not true": "that" before a finite verb is the clause's subject (a pro-form), not its complementizer
                    if (after == i + 1 && after < s1 && tk[after].IsLowerWord && tk[after].Has(WordTag.Finite) && !tk[after].Has(WordTag.Negation)) return i;
                    // "rejected that account, saying …": before a lone noun that ends the clause, "that" is its determiner
                    if (after == i + 1 && IsDeterminerOfLoneNoun(tk, i, s1)) return i;
                    // "rejected that version": a determiner, not a clause
                    return IsContent(tk, after, ContentEndAfter(tk, after, s1, false)) || !IsContent(tk, i, ContentEndAfter(tk, i, s1, false)) ? after : i;
                }
                // ("says, through its report, that …": the phrase of an aside after the verb's comma starts after the comma)
                if (i > c && EntryAt(tk, i, s1, out _) != null && !IsNounOfPhrase(tk, tk[c].Is(",") ? c + 1 : c, i)) break;
                if (t.Has(WordTag.Finite) || CueLexicon.IsSubjectPronoun(t.Lower)) break;
            }
            if (cue.Entry.TakesAddressee && c < s1 && tk[c].IsWord)
            {
                // "told him", "told CNN", "told The Associated Press", "told reporters"
                int o = c;
                if (tk[o].Has(WordTag.ObjectPronoun)) o++;
                else if (tk[o].IsCapitalized)
                {
                    while (o < s1 && o - c < 6 && (tk[o].IsCapitalized || tk[o].IsWord && tk[o].Has(WordClass.NameInfix) && o + 1 < s1 && tk[o + 1].IsCapitalized)) o++;
                }
                else if (tk[o].IsLowerWord && (IsDeterminer(tk[o].Lower) || !CueLexicon.IsSubjectPronoun(tk[o].Lower) && !tk[o].Has(WordTag.Finite)))
                {
                    // "told reporters", "told the council": a few words, up to a new noun phrase ("told reporters the shelling …")
                    int limit = Math.Min(s1, c + 5);
                    int x = o;
                    if (IsDeterminer(tk[x].Lower)) x++;
                    // ("promised not to raise taxes", "asked not to be named", "asked residents not to travel": a negation belongs to the content)
                    while (x < limit && tk[x].IsWord && !(x > o && IsDeterminer(tk[x].Lower)) && !CueLexicon.IsSubjectPronoun(tk[x].Lower) && !tk[x].Has(WordTag.Opener) && !tk[x].Has(WordTag.Finite) && !tk[x].Has(WordTag.IntroPhrase) && !tk[x].Has(WordTag.Negation)) x++;
                    // "promised answers within a month": a run with a preposition in it is a noun with a phrase of its own (what
                    // is promised), not someone the words are addressed to; "reminded voters of …", "asked him about …" keep theirs
                    bool holdsPreposition = false;
                    for (int y = o + 1; y < x && !holdsPreposition; y++)
                        holdsPreposition = tk[y].IsLowerWord && tk[y].Has(WordTag.Function) && !tk[y].Has(WordGroup.OfComplement) && !tk[y].Has(WordClass.ContentIntro);
                    if (x > o && !holdsPreposition) o = x;
                }
                c = SkipTimePhrase(tk, o, s1);
                if (c < s1 && tk[c].IsWord && tk[c].Has(WordGroup.Complementizer)) c++;
                return c;
            }
            int d = SkipTimePhrase(tk, c, s1);
            if (d < s1 && tk[d].IsWord && tk[d].Has(WordGroup.Complementizer)) return d + 1;
            // "said on Friday he met …", "said Tuesday the plan …": a phrase of time, then a clause without "that"
            return d > c && StartsClauseAfterTime(tk, d, s1) ? d : c;
        }

        /// <summary>
        /// "(told) a news conference in Kabul …", "(told) reporters at the ministry …": within <see cref="ObjectReach"/> words
        /// after the verb and before any mark, a lower-case preposition that opens a phrase of place or time ("in", "at",
        /// "on") after at least one word of the addressee; not after a word that opens a clause ("asked if …", "told them how …"),
        /// a finite verb, "that" or "to" ("asked his aide to pick a time in …": the infinitive's object, whose relative "that"
        /// may follow).
        /// </summary>
        private static bool PlaceLeadAfterAddressee(IReadOnlyList<Token> tk, int c, int s1)
        {
            for (int i = c; i < s1 && i - c <= ObjectReach; i++)
            {
                var t = tk[i];
                if (!t.IsWord || t.Has(WordTag.Finite | WordTag.Opener) || t.Has(WordGroup.Complementizer | WordGroup.InfinitiveMarker)) return false;
                if (i > c && t.IsLowerWord && t.Has(WordClass.PlaceOrTimeLead)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Officials rejected that account, saying …", "She disputed that figure.": "that" before one lower-case noun (no
        /// function word, pronoun, finite verb, adverb or word of time) that ends the sentence (only marks after it, no
        /// quotation: "said that torture “works”" is a clause), or stands before the comma of a
        /// participle of saying (<see cref="IsParticipleOfSayingAt"/>), is the noun's determiner; the noun phrase is the object,
        /// not a clause. Not "said that officials would …" (a verb follows the noun), nor "said that residents, many of them
        /// elderly, had left" (no participle of saying after the comma).
        /// </summary>
        internal static bool IsDeterminerOfLoneNoun(IReadOnlyList<Token> tk, int i, int s1)
        {
            int n = i + 1;
            if (n >= s1 || !tk[n].IsLowerWord || CueLexicon.IsLyAdverb(tk[n]) || CueLexicon.IsSubjectPronoun(tk[n].Lower) ||
                tk[n].Has(WordTag.Function | WordTag.Finite | WordTag.Determiner | WordTag.Pronoun | WordTag.Time | WordTag.Calendar | WordTag.CueAdverb | WordTag.Negation | WordTag.Auxiliary)) return false;
            bool end = true;
            for (int j = n + 1; j < s1 && end; j++) end = tk[j].Kind == TokenKind.Punct && !tk[j].IsQuote;
            return end || tk[n + 1].Is(",") && n + 2 < s1 && IsParticipleOfSayingAt(tk, n + 2, s1);
        }

        /// <summary>
        /// True when the word at <paramref name="k"/> is a participle of saying ("saying", "adding", "arguing"), a cue of its own,
        /// not the form of another verb with a particle.
        /// </summary>
        public static bool IsParticipleOfSayingAt(IReadOnlyList<Token> tk, int k, int e)
        {
            var entry = EntryAt(tk, k, e, out int end);
            return entry != null && entry.Kind == VerbForm.Gerund && entry.IsSpeech && !OtherVerbWithParticle(entry, tk, end, e);
        }

        /// <summary>True when the tokens [a, i) are capitalised words, the last in the possessive: "General Ada Vail's" before a noun.</summary>
        private static bool OwnerNameBefore(IReadOnlyList<Token> tk, int a, int i)
        {
            if (i <= a || !tk[i - 1].EndsInApostropheS) return false;
            for (int x = a; x < i; x++)
                if (!tk[x].IsWord || !tk[x].IsCapitalized) return false;
            return true;
        }

        /// <summary>
        /// "said in a blog post that …", "in a Facebook post on Monday that …": a cue verb that is a noun too ("post", "report"),
        /// after a preposition that opens the phrase at <paramref name="c"/> and a determiner (and other words), heads that phrase's
        /// noun; it is no new verb. "hoping to pick up delegates in states that …" has no determiner before "states".
        /// </summary>
        private static bool IsNounOfPhrase(IReadOnlyList<Token> tk, int c, int i)
        {
            if (i < c + 2 || !tk[c].IsLowerWord || !tk[c].Has(WordTag.IntroPhrase) || tk[c].Has(WordTag.Subordinator) || tk[c].Has(WordGroup.InfinitiveMarker)) return false;
            // ("through General Ada Vail's report": a name in the possessive stands where the determiner does)
            if (OwnerNameBefore(tk, c + 1, i)) return CueLexicon.IsNounForm(tk[i].Lower);
            if (!tk[c + 1].IsLowerWord || !IsDeterminer(tk[c + 1].Lower) || !tk[i - 1].IsWord) return false;
            for (int x = c + 2; x < i; x++)
                if (!tk[x].IsWord || tk[x].Has(WordTag.Function)) return false;
            return CueLexicon.IsNounForm(tk[i].Lower);
        }

        /// <summary>
        /// "found the parking lot that the officer had pointed out", "cannot determine the effects that a move will have": "that"
        /// after an object noun phrase right after the verb at <paramref name="c"/> (a determiner, then lower-case words with no
        /// verb, grammar word or word of time), and before a subject of its own (a determiner or a subject pronoun), opens the
        /// noun's relative clause, whose object is the noun; it is no content clause of the verb. Not after a noun that takes a
        /// that-clause as its content ("rejected the idea that the plan …", <see cref="Lexicon.IsClauseNoun"/>) nor after a noun of
        /// persons, bodies or documents, who may be told ("assured the families that they …").
        /// </summary>
        internal static bool IsObjectRelativeThatAfterNoun(IReadOnlyList<Token> tk, int i, int c, int s1)
        {
            if (i < c + 2 || i + 1 >= s1 || !tk[c].IsLowerWord || !IsDeterminer(tk[c].Lower)) return false;
            for (int x = c + 1; x < i; x++)
            {
                var t = tk[x];
                if (!t.IsLowerWord || t.IsVerbForm || t.Has(WordTag.Function | WordTag.Finite | WordTag.Determiner | WordTag.Pronoun | WordTag.Time | WordTag.Calendar)) return false;
            }
            var head = tk[i - 1];
            if (Lexicon.IsClauseNoun(head.Lower) || head.IsSpeakerNoun(out _, out _) || head.IsOrganisationWord || head.IsDocumentWord) return false;
            var n = tk[i + 1];
            return n.IsLowerWord && (IsDeterminer(n.Lower) || CueLexicon.IsSubjectPronoun(n.Lower));
        }

        /// <summary>
        /// "blamed the company that repaired the bridge", "praised the officers that were first on the scene": "that" after a
        /// noun of the object (a word after the verb at <paramref name="c"/>, not a phrase of time), followed by a verb (a
        /// finite auxiliary, an irregular past, a form in -ed), is the noun's relative pronoun, not the start of a content
        /// clause: the clause has no subject of its own. "told the council that the pier is unsafe" has one.
        /// </summary>
        internal static bool IsRelativeThatAfterNoun(IReadOnlyList<Token> tk, int i, int c, int s1)
        {
            if (i <= c || i + 1 >= s1 || !tk[i - 1].IsWord || tk[i - 1].Has(WordTag.Function | WordTag.Time | WordTag.Calendar)) return false;
            var v = tk[i + 1];
            return v.IsLowerWord && (v.Has(WordTag.Finite) || v.Has(WordGroup.IrregularPast) || v.Lower.EndsWith("ed", StringComparison.Ordinal));
        }

        /// <summary>True when the token at i opens a clause after a phrase of time: a subject pronoun, a determiner or a capitalized name followed by a word.</summary>
        private static bool StartsClauseAfterTime(IReadOnlyList<Token> tk, int i, int s1)
        {
            if (i + 1 >= s1 || !tk[i].IsWord || !tk[i + 1].IsWord) return false;
            var t = tk[i];
            if (t.Has(WordClass.SubjectPronoun | WordClass.Expletive)) return true;
            if (IsDeterminer(t.Lower) && t.IsLowerWord) return true;
            return t.IsCapitalized && !t.Has(WordTag.Time | WordTag.Calendar | WordTag.IntroPhrase);
        }

        /// <summary>"on Monday", "Thursday", "last week", "in an interview": returns the token after it (or i).</summary>
        private static int SkipTimePhrase(IReadOnlyList<Token> tk, int i, int s1)
        {
            int j = i;
            for (int guard = 0; guard < 3 && j < s1; guard++)
            {
                var t = tk[j];
                if (!t.IsWord) break;
                if (t.Has(WordTag.Time) && (t.IsCapitalized || j > i && tk[j - 1].Has(WordTag.Time))) { j++; continue; }
                if (t.Has(WordTag.TimeLead) && j + 1 < s1 && tk[j + 1].Has(WordTag.Time)) { j += 2; continue; }
                // "said in April": a month
                if (t.Has(WordGroup.Setting) && j + 1 < s1 && tk[j + 1].IsCapitalized && tk[j + 1].Has(WordTag.Calendar) && !tk[j + 1].Lower.EndsWith("day", StringComparison.Ordinal)) { j += 2; continue; }
                if (t.Has(WordGroup.Setting) && j + 2 < s1 && tk[j + 1].Has(WordClass.IndefiniteArticle) && (tk[j + 2].IsDocumentWord || tk[j + 2].Has(WordGroup.SpeakingOccasion)))
                {
                    j += 3;
                    continue;
                }
                break;
            }
            return j;
        }

        /// <summary>
        /// Where the content after a verb ends: the end of the sentence, before its final mark and
        /// before a trailing ", according to X"; at a semicolon; at the comma that closes a
        /// subordinate clause when the subject's clause was one ("When X said Y, …").
        /// </summary>
        public static int ContentEndAfter(IReadOnlyList<Token> tk, int c, int s1, bool subordinate)
        {
            // a reported content is at most MaxContent tokens long (a run-on "sentence" of thousands of tokens is not one)
            if (s1 - c > MaxContent) s1 = c + MaxContent;
            int e = s1;
            bool infinitive = c + 1 < s1 && tk[c].IsLowerWord && tk[c].Has(WordGroup.InfinitiveMarker);
            for (int i = c; i < s1; i++)
            {
                var t = tk[i];
                if (t.Is(";")) { e = i; break; }
                // a full stop the sentence splitter kept inside ("… the town. (“…”)"), a quotation in brackets after the clause
                if (t.Is(".") && i > c || t.Is("(") && i + 1 < s1 && tk[i + 1].IsQuote) { e = i; break; }
                // "(see “Genome Surgery”)": a cross-reference to another piece is the writer's, not the content
                if (t.Is("(") && i + 1 < s1 && tk[i + 1].IsWord && tk[i + 1].Has(WordGroup.CrossReference)) { e = i; break; }
                // (not a comma before "including": "…, which found that the deaths resulted from mistakes, including wrong maps" goes
                // on the noun phrase before it, and no predicate of the sentence follows it)
                if (subordinate && t.Is(",") && i > c && !(i + 1 < s1 && tk[i + 1].IsLowerWord && Lexicon.Is(tk[i + 1].Lower, WordSense.ListInclusion))) { e = i; break; }
                if (t.Is(",") && i + 2 < s1 && tk[i + 1].IsWord && tk[i + 1].Has(WordGroup.AccordingHead) && tk[i + 2].Has(WordGroup.ToPreposition)) { e = i; break; }
                if (t.Is(",") && i > c && OpensClosingNounAside(tk, i + 1, s1)) { e = i; break; }
                // "X thanked the divers and said …": a second cue of the same subject
                if (t.IsLowerWord && t.Has(WordClass.ClauseCoordinator) && i > c && StartsCueGroup(tk, i + 1, s1)) { e = i; break; }
                // "urged residents to stay home and raised fees": a past form after "and" cannot go on an infinitive, whose verbs
                // are base forms; it is the subject's next verb ("to be tested and treated", "to get vaccinated and tested" go on)
                if (infinitive && t.IsLowerWord && t.Has(WordClass.ListCoordinator) && i + 1 < s1 && IsPastAfterInfinitive(tk, c, i)) { e = i; break; }
            }
            while (e > c && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
            return e;
        }

        /// <summary>
        /// "…, a claim that the council disputes", "…, news that lifted the crew's spirits": a noun of saying or of a clause's
        /// content (<see cref="Lexicon.IsClauseNoun"/>, or its plural in -s), after "a", "an" or in -s alone ("claims", "news"), then "that" or "which", set off by the comma
        /// before <paramref name="j"/> and running to the end of the sentence <paramref name="s1"/> with no other comma: the
        /// writer's aside naming what was said, not part of it. Not an aside that closes before the sentence goes on ("said the
        /// plan, a notion that few share, would fail": its comma), nor a noun without a relative after it ("said it was a sign").
        /// </summary>
        private static bool OpensClosingNounAside(IReadOnlyList<Token> tk, int j, int s1)
        {
            bool article = j < s1 && tk[j].IsLowerWord && tk[j].Has(WordClass.IndefiniteArticle);
            if (article) j++;
            if (j + 2 >= s1 || !tk[j].IsLowerWord) return false;
            string noun = tk[j].Lower;
            bool plural = noun.Length > 3 && Inflection.EndsInS(noun);
            if (!Lexicon.IsClauseNoun(noun) && !(plural && Lexicon.IsClauseNoun(noun.Substring(0, noun.Length - 1)))) return false;
            // a bare noun only in -s ("claims that", "news that"): a bare singular may be a verb said again ("thought I couldn't, thought that …")
            if (!article && !plural) return false;
            var rel = tk[j + 1];
            if (!rel.IsLowerWord || !rel.Has(WordClass.ThingRelative)) return false;
            for (int i = j + 2; i < s1; i++)
                if (tk[i].Is(",") || tk[i].Is(";") || tk[i].IsQuote) return false;
            return true;
        }

        /// <summary>
        /// True when the word after the coordinator at <paramref name="and"/> is a past form (irregular, or in -ed), the word
        /// before the coordinator is none ("vaccinated and tested" are participles in a row) and no auxiliary stands in the
        /// infinitive [c, and) before it ("to be tested and …", "to have paid and …"), nor a clause of its own (a subject pronoun,
        /// a subordinator, a relative: its past verbs may go on there).
        /// </summary>
        private static bool IsPastAfterInfinitive(IReadOnlyList<Token> tk, int c, int and)
        {
            var v = tk[and + 1];
            if (!IsPastVerbForm(v) || CueLexicon.IsEdForm(tk[and - 1])) return false;
            for (int j = c + 1; j < and; j++)
            {
                var t = tk[j];
                if (!t.IsLowerWord) continue;
                if (t.Has(WordTag.Auxiliary | WordTag.Finite) || t.Has(WordGroup.BaseBe) || t.Has(WordClass.PerfectAuxiliary)) return false;
                // "to wear … before they rounded them up and murdered them": a clause inside the infinitive has past verbs of its own
                if (CueLexicon.IsSubjectPronoun(t.Lower) || t.Has(WordTag.Subordinator | WordTag.Relative) || t.Has(WordGroup.Complementizer)) return false;
            }
            return true;
        }

        /// <summary>
        /// "Jo Bell said it again, and the council agreed", "said so too, but nobody listened": a content that is only a
        /// pro-form standing for what was said (the pronoun of a thing, a demonstrative, "so") and adverbs or words of time
        /// ends at the comma before a clause coordinator; what follows is a clause of its own, not the speaker's words.
        /// The content's end, or <paramref name="e"/> when [c, e) is no such content.
        /// </summary>
        public static int ProFormContentEnd(IReadOnlyList<Token> tk, int c, int e)
        {
            if (c >= e || !IsProForm(tk[c])) return e;
            for (int i = c + 1; i + 1 < e; i++)
            {
                var t = tk[i];
                if (t.Is(",")) return tk[i + 1].IsLowerWord && tk[i + 1].Has(WordClass.ClauseCoordinator) ? i : e;
                if (!t.IsLowerWord || !(t.Has(WordTag.CueAdverb) || CueLexicon.IsLyAdverb(t) || t.Has(WordTag.Time | WordTag.Calendar))) return e;
            }
            return e;
        }

        /// <summary>A lower-case pro-form that can stand for what was said: the pronoun of a thing, a demonstrative, "so".</summary>
        public static bool IsProForm(Token t) =>
            t.IsLowerWord && (t.Has(WordGroup.ThingPronoun) || t.Has(WordGroup.ProContent) || t.Has(WordClass.SingularDemonstrative | WordClass.PluralDemonstrative));

        /// <summary>True when the subject's clause is a subordinate one ("When X said …, …"): its content ends at the clause's comma.</summary>
        public static bool OpensSubordinate(IReadOnlyList<Token> tk, Subject subject)
        {
            if (subject.InIntroduction) return true;
            int o = subject.OpenerIndex;
            if (o < 0 || !tk[o].IsWord) return false;
            if (tk[o].Has(WordTag.Subordinator)) return true;
            // "Ever since she endorsed Reyes, Lund has …": the clause the adverb that opens the sentence leads to
            if (o > 0 && MentionParser.CueAdverbBeforeOpening(tk, o - 1, o + 1)) return true;
            // "The council, which has insisted the works are safe, will vote": the relative clause ends at its comma
            // (and "the changes, which officials said will take effect in May, …": the clause inside it ends there too)
            return o > 0 && tk[o - 1].Is(",") && (subject.Mention.Owner != null && subject.Mention.Start == o ||
                                                  subject.Mention.Start > o && tk[o].Has(WordClass.AsideRelative));
        }

        /// <summary>
        /// The noun phrase at <paramref name="a"/> a cue tagged noun-object takes: one opened by a determiner or a possessive
        /// ("stood by the report", "stands by his comments"), or by capitalised words that end in a possessive within
        /// <see cref="NounObjectNameWords"/> words ("stood by General Clark's findings"); not a name alone ("stood behind Donald
        /// Trump" on a stage: a person is no document a side stands by).
        /// </summary>
        internal static bool OpensNounObject(IReadOnlyList<Token> tk, int a, int s1)
        {
            var t = tk[a];
            if (t.IsWord && !t.IsCapitalized) return t.Has(WordTag.Determiner) || t.Has(WordTag.Possessive);
            if (t.IsWord && (t.Has(WordTag.Determiner) || t.Has(WordTag.Possessive))) return true;
            for (int k = a; k < s1 && k - a < NounObjectNameWords && tk[k].IsCapitalized; k++)
                if (IsPossessive(tk[k])) return true;
            return false;
        }

        /// <summary>How many capitalised words <see cref="OpensNounObject"/> reads for the possessive that makes a name the owner of the object.</summary>
        private const int NounObjectNameWords = 4;

        /// <summary>
        /// <see cref="IsContent(IReadOnlyList{Token}, int, int)"/>, or for a verb that judges its object one
        /// name or pronoun alone ("backed Clinton", "does not defend it").
        /// </summary>
        public static bool IsContent(IReadOnlyList<Token> tk, int a, int e, CueVerb entry)
        {
            // "said nothing about the plan": a verb of speech whose object says nothing was said (a verb of judging takes it
            // as a thing: "would not accept anything less than a bridge")
            if (entry.Has(VerbTag.Speech) && IsVoidObject(tk, a, e)) return false;
            // "stood by the report", not "stood by as protesters …" nor "standing by to help": a noun phrase's opening word first
            if (entry.Has(VerbTag.NounObject) && !OpensNounObject(tk, a, e)) return false;
            // "…, but believe me, the first punch hurts", "trust us, it works": the writer's object pronoun set off by a comma right
            // after the verb makes an imperative to the reader, not a report ("endorsed her, citing …" still reports)
            if (e - a > 2 && tk[a].IsLowerWord && tk[a + 1].Is(",") && Lexicon.SubjectOfObjectPronoun(tk[a].Lower) is string subject && Lexicon.Is(subject, WordTag.FirstPerson)) return false;
            if (IsContent(tk, a, e)) return true;
            // "denied wrongdoing", "expressed concern", "announced layoffs": one plain noun is what an act of saying or a stance
            // tagged bare-noun reports ("said goodbye", "told reporters", "supported Sanders" are no such content)
            if (e == a + 1 && entry.Has(VerbTag.BareNoun) && IsBareNoun(tk[a])) return true;
            if (e != a + 1 || !entry.Has(VerbTag.Judgement)) return false;
            var t = tk[a];
            return t.IsCapitalized && !t.Has(WordTag.Time | WordTag.Calendar) || t.IsLowerWord && (t.Has(WordTag.ObjectPronoun) || t.Has(WordGroup.ThingPronoun));
        }

        /// <summary>
        /// A lower-case word that can be a plain noun standing alone as an object: no word of words.txt (no pronoun, determiner,
        /// adverb of the lexicon, phrase of time) but a noun of a tally ("claimed victory"), no adverb in -ly, no past form in
        /// -ed or past or -ing form of a verb of the lexicon ("condemned said", "denied saying"), and no noun of people, whose verb then
        /// has its everyday sense ("confirmed nominees"): "wrongdoing", "concern", "layoffs".
        /// </summary>
        private static bool IsBareNoun(Token t) =>
            t.IsLowerWord && (t.Known is not { } k || (k.Tags & ~WordTag.Tally) == WordTag.None && k.Classes == WordClass.None && k.Groups == WordGroup.None) &&
            !CueLexicon.IsLyAdverb(t) && !CueLexicon.IsEdForm(t) && !(Lexicon.AnyVerb(t.Lower) is { } verb && (verb.IsPast || verb.IsParticiple)) &&
            !t.IsSpeakerNoun(out _, out _);

        /// <summary>
        /// True when the tokens [a, e) can be reported content: two words or more, or a word and a
        /// quotation (content that is only quotations is a direct quote, the quote rules'); not a
        /// short phrase of place or means ("with CNN", "on Twitter").
        /// </summary>
        public static bool IsContent(IReadOnlyList<Token> tk, int a, int e)
        {
            if (e <= a) return false;
            int words = 0;
            bool quote = false;
            for (int i = a; i < e; i++)
            {
                if (tk[i].IsWord) words++;
                else if (tk[i].IsQuote) quote = true;
            }
            if (words == 0 || words == 1 && !quote) return false;
            if (!quote && IsAnonymityRequest(tk, a, e)) return false;
            if (!quote && words <= 4 && tk[a].IsLowerWord && tk[a].Has(WordTag.IntroPhrase) && !tk[a].Has(WordGroup.ToPreposition | WordGroup.Topic)) return false;
            return true;
        }

        /// <summary>
        /// "(said) nothing about the plan", "(was not saying) anything — the club …", "(said) little, offering …", "(proposed)
        /// nothing that would …": an object that says nothing was said, with no finite verb of its own before a mark or a
        /// relative; "nothing would change" and "nothing in the report has changed" are clauses, and content. So is the word
        /// after the complementizer ("said that nothing in the statement altered the plan") and the word whose past form
        /// follows it or its phrase of place ("said nothing happened", "said nothing in the statement altered the plan").
        /// </summary>
        private static bool IsVoidObject(IReadOnlyList<Token> tk, int a, int e)
        {
            if (!tk[a].IsLowerWord || !tk[a].Has(WordClass.VoidObject)) return false;
            if (a > 0 && tk[a - 1].IsLowerWord && tk[a - 1].Has(WordGroup.Complementizer)) return false;
            bool inPlace = a + 1 < e && tk[a + 1].IsLowerWord && tk[a + 1].Has(WordClass.PlacePreposition);
            for (int i = a + 1; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsWord || t.IsLowerWord && t.Has(WordClass.RelativePronoun)) return true;
                if (t.IsLowerWord && t.Has(WordTag.Finite)) return false;
                if (CueLexicon.IsEdForm(t) && (i == a + 1 || inPlace)) return false;
            }
            return true;
        }

        /// <summary>
        /// "(who asked) not to be named", "(declined) to be identified because …", "(asked) that he not be named": a passive
        /// infinitive of naming, or a that-clause whose verb is a bare "be" of naming after a pronoun or a possessed noun, is a
        /// source's wish to stay unnamed, not words it reports: a naming or characterising participle that ends the content or
        /// stands before a function word, a verb or a mark.
        /// </summary>
        private static bool IsAnonymityRequest(IReadOnlyList<Token> tk, int a, int e)
        {
            int i = SubjunctiveBe(tk, a, e);
            if (i < 0)
            {
                i = a;
                if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Negation)) i++;
                if (i + 2 > e || !tk[i].IsLowerWord || !tk[i].Has(WordGroup.InfinitiveMarker) || !tk[i + 1].Has(WordClass.Be)) return false;
                i += 2;
            }
            if (i < e && CueLexicon.IsLyAdverb(tk[i])) i++;
            if (i >= e || !tk[i].IsLowerWord || !(tk[i].Has(WordTag.Naming) || tk[i].Has(WordTag.Characterising))) return false;
            if (++i >= e) return true;
            var next = tk[i];
            // "… to be named chair of the panel", "… to be identified as the donor": an office or an identity given, not anonymity
            return !next.IsWord || next.IsLowerWord && !next.Has(WordGroup.AsLink) && (next.Has(WordTag.Function) || next.IsVerbForm);
        }

        /// <summary>
        /// "(asked that) he not be …", "(asked) that his name be …": the index after the bare "be" of a that-clause whose subject is a
        /// personal pronoun or a possessed noun (the clause's "that" may stand first), or -1 when the tokens from a open no such clause.
        /// </summary>
        private static int SubjunctiveBe(IReadOnlyList<Token> tk, int a, int e)
        {
            int i = a;
            if (i < e && tk[i].IsLowerWord && tk[i].Has(WordGroup.Complementizer)) i++;
            if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Possessive))
            {
                int noun = ++i;
                while (i < e && i - noun < 2 && tk[i].IsLowerWord && !tk[i].Has(WordTag.Negation) && !tk[i].Has(WordGroup.BaseBe)) i++;
                if (i == noun) return -1;
            }
            else if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Pronoun) && !tk[i].Has(WordGroup.ThingPronoun)) i++;
            else return -1;
            if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Negation)) i++;
            return i < e && tk[i].IsLowerWord && tk[i].Has(WordGroup.BaseBe) ? i + 1 : -1;
        }

        /// <summary>The index of the first token at or after i that is not a live blog's time stamp or a leading connective ("But", "And", "However,"), at most limit.</summary>
        public static int SkipConnective(IReadOnlyList<Token> tk, int i, int limit)
        {
            // "16.06 The plane made a steep climb, according to radar data": a live blog's time stamp is no part of the content
            int j = Clauses.AfterTimeStamp(tk, i, limit);
            while (j < limit)
            {
                var t = tk[j];
                if (t.IsWord && t.Has(WordTag.Intro)) { j++; continue; }
                if (t.Kind == TokenKind.Punct && (t.Is(",") || t.Is("—") || t.Is("–") || t.Is("--"))) { j++; continue; }
                break;
            }
            return j;
        }

        /// <summary>True when the token at i can start the content of a verb that is also a noun: "that", a determiner, a pronoun, a name, a quotation, a number.</summary>
        private static bool StartsContent(IReadOnlyList<Token> tk, int i, int s1, bool infinitive = false)
        {
            if (i >= s1) return false;
            var t = tk[i];
            if (infinitive && t.IsWord && t.Has(WordGroup.InfinitiveMarker)) return true;   // "hopes to …", "plans to …"
            if (t.IsQuote) return true;
            if (!t.IsWord) return false;
            if (t.IsCapitalized || char.IsDigit(t.Text[0])) return true;
            return t.Has(WordGroup.Complementizer) || IsDeterminer(t.Lower) || t.Has(WordClass.SubjectPronoun | WordClass.Expletive) || t.Has(WordTag.ObjectPronoun);
        }

        /// <summary>
        /// True when the content after a verb starts as content does: not with a mark, a coordinator
        /// ("…, he said, and …") or a preposition of place, time or means ("said after the meeting",
        /// "reported from Kabul", "called into the show"); "to" only for a verb that takes an infinitive.
        /// </summary>
        public static bool StartsAsContent(IReadOnlyList<Token> tk, int c, int e, CueVerb entry)
        {
            if (c >= e) return false;
            var t = tk[c];
            if (t.IsQuote) return true;
            if (!t.IsWord) return false;
            var w = t.Lower;
            // "told just after the bodies arrived": an adverb before a phrase of time or place
            if (c + 1 < e && tk[c + 1].IsLowerWord && (CueLexicon.Is(w, WordTag.CueAdverb) || CueLexicon.IsLyAdverb(t)) && !CueLexicon.Is(w, WordTag.Finite))
                return StartsAsContent(tk, c + 1, e, entry);
            if (Lexicon.Is(w, WordClass.Coordinator)) return false;
            // "I knew because my sister had told me": after a verb of the mind a clause of reason says why, not what (unless a comma
            // closes it before a clause of its own, the content it opens); after a verb of saying it may open what was said
            // ("said just because the pier was old did not mean …", "said because the ferry was late, the vote was lost")
            if (Lexicon.Is(w, WordSense.Reason) && !entry.IsSpeech && !HasComma(tk, c, e)) return false;
            if (t.Has(WordGroup.InfinitiveMarker | WordGroup.ToPreposition)) return entry.Has(VerbTag.Infinitive) || entry.Particle != null;
            if (Lexicon.Is(w, WordClass.AdjunctPreposition)) return false;
            // "thinks about what kind of …", "knew about the plan": a verb of the mind that holds a proposition or knows a thing has
            // none with a topic (a verb of speech reports one: "spoke about how …"; "worried about the economy" is the worry's
            // object; "believe about 40 died" is an amount)
            if (t.IsLowerWord && t.Has(WordGroup.Topic) && !entry.IsSpeech && (entry.Has(VerbTag.Claim) || entry.Has(VerbTag.ObjectSense)) &&
                c + 1 < e && OpensTopic(tk[c + 1])) return false;
            // "says despite being a lawyer, she plans …", "said despite the rain, the parade would go on": a phrase of concession
            // closed by its comma, then a clause of its own, opens what was said, as "although" does ("spoke despite the rain" says how)
            if (Lexicon.Is(w, WordSense.Concessive)) return (entry.IsSpeech || entry.Has(VerbTag.Claim)) && ClauseAfterConcession(tk, c, e);
            // ("asked whether …": an indirect question is content)
            if (CueLexicon.Is(w, WordTag.IntroPhrase) && !CueLexicon.Is(w, WordTag.Subordinator) && !CueLexicon.Is(w, WordTag.Intro) && !Lexicon.Is(w, WordClass.ContentIntro)) return false;
            return true;
        }

        /// <summary>At most this many tokens in a phrase of concession before its comma ("despite all the delays of the past year,").</summary>
        private const int ConcessionReach = 12;

        /// <summary>
        /// True when the phrase of concession at <paramref name="c"/> is closed by a comma within <see cref="ConcessionReach"/>
        /// tokens, with no quotation or other mark before it, and a clause of its own opens after the comma (a subject pronoun,
        /// a determiner or a name, then a word).
        /// </summary>
        private static bool ClauseAfterConcession(IReadOnlyList<Token> tk, int c, int e)
        {
            for (int k = c + 1; k < e && k - c <= ConcessionReach; k++)
            {
                if (tk[k].Is(",")) return k > c + 1 && StartsClauseAfterTime(tk, k + 1, e);
                if (!tk[k].IsWord) return false;
            }
            return false;
        }

        /// <summary>A word that opens the topic after "about", not an amount: a wh-word, an -ing form, a definite or possessive determiner.</summary>
        private static bool OpensTopic(Token t) =>
            t.IsLowerWord && (t.Has(WordTag.Opener) || t.Has(WordTag.Possessive) || t.Has(WordGroup.DefiniteDeterminer) || CueLexicon.IsIngForm(t));

        /// <summary>True when the clause of the subject is a free relative, a question or a condition ("what X said", "whether X believes", "if they did not confirm").</summary>
        public static bool OpensNonAssertion(IReadOnlyList<Token> tk, Subject subject)
        {
            if (subject.OpenerIndex < 0 || !tk[subject.OpenerIndex].IsWord) return false;
            var w = tk[subject.OpenerIndex].Lower;
            return Lexicon.Is(w, WordClass.NonAssertive);
        }
    }
}
