using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A poll or survey as the source of what it found: "In a CNN poll released Monday, 38 percent of voters …".
    /// The phrase after a sentence's opening "in" (a poll word with its names, dates and participles, no verb of
    /// its own) is the source, "in" the cue, and the rest of the sentence after its comma the content. A poll's phrase
    /// that closes a sentence of the writer's own about a standing in a race, "Lund leads Reyes by nine points in the
    /// latest Harbour Post poll", is the source of the clause before it too (<see cref="StandingBeforePoll"/>).
    /// </summary>
    internal sealed class InPoll : IAttributionRule
    {
        /// <summary>At most this many tokens in the poll's phrase ("an NBC News/Wall Street Journal/Marist South Carolina poll").</summary>
        private const int PhraseReach = 16;

        public string Name => nameof(InPoll);

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                // a poll word and the word that opens its phrase, or no such sentence in the paragraph
                if (p.Section == ParagraphSection.Title || !p.MayHave(WordGroup.Setting) || !p.MayHave(WordTag.Survey)) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int k = s0; k + 1 < s1; k++)
                    {
                        if (!tk[k].IsWord || !tk[k].Has(WordGroup.Setting) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        int e = PhraseEnd(tk, k + 1, s1, out int head);
                        if (e < 0 || head < 0) continue;
                        int a, ce;
                        if (e < s1 && tk[e].Is(",") && ReportedSpeech.SkipConnective(tk, s0, k) == k)
                        {
                            // "In a CNN poll, 38 percent …"
                            a = e + 1;
                            ce = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
                        }
                        else if (StandingBeforePoll(tk, s0, k, e, s1, out a))
                        {
                            // "Lund leads Reyes by nine points in the latest poll."
                            ce = k;
                            while (ce > a && tk[ce - 1].Kind == TokenKind.Punct) ce--;
                        }
                        else continue;
                        if (!ReportedSpeech.IsContent(tk, a, ce) || !ReportedSpeech.HasWords(tk, a, ce)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, a, ce, k, k + 1, PollMention(tk, k + 1, e, head)));
                    }
                }
            }
        }

        /// <summary>The poll's phrase [i, e) with its poll word at head, as the source: a document, named by its names before the poll word.</summary>
        private static Mention PollMention(System.Collections.Generic.IReadOnlyList<Token> tk, int i, int e, int head)
        {
            var first = tk[i];
            var last = tk[e - 1];
            var source = new Mention
            {
                Kind = MentionKind.Description, Start = i, End = e, Next = e, Head = tk[head].Lower, IsDocument = true,
                Determiner = first.IsLowerWord && first.Has(WordTag.Determiner) ? first.Lower : "",
                CharStart = first.Start, CharEnd = last.End, Text = MentionParser.Join(tk, i, e),
            };
            // its names before the poll word ("CNN/ORC", "Washington Post-ABC News") tell it from other polls
            for (int x = i; x < head; x++)
                if (tk[x].IsCapitalized && !tk[x].Has(WordTag.Calendar | WordTag.Time)) source.AddModifier(tk[x].Text);
            return source;
        }

        /// <summary>
        /// "Lund leads Reyes by nine points in the latest Harbour Post poll.", "Reyes has fallen to third in most surveys.": the
        /// poll's phrase [k + 1, e) after "in" at k closes the sentence, and the words before it, from the sentence's start past its
        /// connectives (<paramref name="a"/>), are the writer's own clause about a standing in a race: a word of poll-standings.txt
        /// ("leads", "ahead", "percent", "third") among them, and no quotation, reporting verb, clause opener, semicolon or colon
        /// ("Lund said she leads in the polls", "While Lund leads in Kirkwall, Reyes trails in the polls": someone's words, or a
        /// clause the poll may not be the source of). Not a poll that something else follows ("… in the poll, which …").
        /// </summary>
        private static bool StandingBeforePoll(System.Collections.Generic.IReadOnlyList<Token> tk, int s0, int k, int e, int s1, out int a)
        {
            a = ReportedSpeech.SkipConnective(tk, s0, k);
            if (ReportedSpeech.HasWords(tk, e, s1) || a >= k || tk[a].IsWord && tk[a].Has(WordTag.Opener | WordTag.Subordinator)) return false;
            // (a sentence's first word, or a determiner after its connective: not a line that a broken headline runs on to, "15 percent mark in polls.")
            if (!tk[a].IsWord || !tk[a].IsCapitalized && !tk[a].Has(WordTag.Determiner)) return false;
            bool standing = false;
            for (int i = a; i < k; i++)
            {
                var t = tk[i];
                if (t.IsQuote || t.Is(";") || t.Is(":")) return false;
                if (!t.IsWord) continue;
                if (t.IsLowerWord && t.Has(WordTag.Opener | WordTag.Subordinator) || ReportedSpeech.EntryAt(tk, i, k, out _) != null) return false;
                if (t.IsLowerWord && Lexicon.IsPollStanding(t.Lower)) standing = true;
            }
            return standing;
        }

        /// <summary>
        /// The end of a poll's phrase starting at i: names, numbers and plain words up to a comma or the end of the
        /// sentence, with a poll word in it (its index in head) and no verb of report, finite verb, clause opener or
        /// pronoun; -1 when it is no such phrase.
        /// </summary>
        private static int PhraseEnd(System.Collections.Generic.IReadOnlyList<Token> tk, int i, int s1, out int head)
        {
            head = -1;
            int e = i;
            for (; e < s1 && e - i < PhraseReach; e++)
            {
                var t = tk[e];
                if (t.IsQuote) return -1;
                if (!t.IsWord)
                {
                    if (t.Is("/") || t.Is("-") || t.Is("&") || t.Is("’") || t.Is("'")) continue;
                    break;
                }
                // (the word's tags asked of its token: bit tests, not look-ups of its lower case by string)
                if (t.Has(WordTag.Survey)) { head = e; continue; }
                if (t.IsLowerWord && (t.Has(WordTag.Finite | WordTag.Opener | WordTag.Relative) || t.Has(WordClass.SubjectPronoun) || t.Has(WordTag.ObjectPronoun) && !t.Has(WordTag.Possessive))) return -1;
                if (ReportedSpeech.EntryAt(tk, e, s1, out _) != null) return -1;
                // "the poll the council ordered": a clause of its own after the poll word
                if (head == e - 1 && t.IsLowerWord && t.Has(WordTag.Determiner)) return -1;
            }
            if (e == i || e - i >= PhraseReach && e < s1 && !tk[e].Is(",")) return -1;
            // the poll word heads the phrase: only its names, dates and participles follow it ("poll released Monday", "poll of likely voters")
            return head >= 0 ? e : -1;
        }
    }
}
