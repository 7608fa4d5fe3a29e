using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Noting that the levy had stalled for months, Harlan said …", "Citing the rising costs, the governor said …": a participle of
    /// saying that opens the sentence reports, to the comma that closes its phrase, what the subject of the main clause after that
    /// comma says. The participle is a verb of saying, stance, concession, denial or judgement (not of manner) that reports a
    /// proposition (tagged claim; no verb of answering), its content is
    /// read as after any such participle (<see cref="Participial.ContentAfter"/>), and the main clause's subject is a name, a
    /// person's pronoun or a speaker noun followed by its verb. A phrase with a quotation is left to <see cref="FrontedParticiple"/>.
    /// </summary>
    internal sealed class OpeningParticiple : IAttributionRule
    {
        public string Name => nameof(OpeningParticiple);

        /// <summary>How many tokens the participle's phrase may take before the comma that closes it (as in <see cref="FrontedParticiple"/>).</summary>
        private const int PhraseReach = 25;

        public void Apply(AttributionContext ctx)
        {
            // the lead paragraphs a dateline opens, read once for the document where the dateline readers read it
            List<(AnalysedParagraph Paragraph, int After)>? datelined = null;
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                foreach (var (first, s1) in p.Sentences)
                {
                    // "RIVERTON, March 3: Noting that …, the mayor said …": the lead's participle opens the sentence after its dateline
                    int s0 = first == 0 ? AfterDateline(p, datelined ??= DatelineCountry.LeadDatelineEnds(ctx.Document)) : first;
                    if (s0 + 2 >= s1 || !tk[s0].IsCapitalized) continue;
                    var entry = OpeningEntry(tk, s0, s1, out int end);
                    // (only a verb that reports a proposition, tagged claim: "Responding to a question, …", "Referring to the attack, …" and
                    // "Speaking to reporters, …" say to what or whom the subject spoke, not what it said)
                    if (entry == null || entry.Kind != VerbForm.Gerund || !entry.IsSpeech || !entry.Has(VerbTag.Claim) || entry.Has(VerbTag.Rejoinder) ||
                        ReportedSpeech.IsCueUsed(ctx, p, s0)) continue;
                    if (Participial.ContentAfter(ctx, p, entry, s0, end, s1) is not { } content) continue;
                    int c = content.Start;
                    // the content right after the participle or its "that" ("Writing for a panel that all agreed …": the clause
                    // after the phrase's object is that noun's)
                    if (c != end && !(c == end + 1 && tk[end].IsWord && tk[end].Has(WordGroup.Complementizer))) continue;
                    // ("Reporting among the migrants, I found …": a phrase of a preposition says where, not what; a grammar word that
                    // is no determiner or pronoun opens no content here)
                    if (tk[c].IsLowerWord && (tk[c].Has(WordTag.Preposition) || tk[c].Has(WordTag.Function) && !tk[c].Has(WordTag.Determiner | WordTag.Pronoun))) continue;
                    var mp = ctx.MentionsFor(p);
                    for (int i = c + 1; i < s1 && i - s0 <= PhraseReach; i++)
                    {
                        var t = tk[i];
                        if (t.IsQuote || t.Is(";") || t.Is(":") || t.Is("(") || ReportedSpeech.IsDash(t)) break;
                        if (!t.Is(",")) continue;
                        int at = Clauses.SkipIntro(tk, i + 1, s1);
                        if (at >= s1) break;
                        var m = mp.Parse(tk, at, s1, inverted: false);
                        if (m == null || m.Next >= s1 || !IsSpeaker(tk, m)) continue;
                        var next = tk[m.Next];
                        if (!next.IsLowerWord || !(next.Has(WordTag.Finite) || ReportedSpeech.FiniteVerbAt(tk, m.Next, s0, s1) != null)) continue;
                        if (!ReportedSpeech.IsContent(tk, c, i)) break;
                        ctx.Add(ReportedSpeech.Make(Name, p, c, i, s0, end, m));
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// The first token after a dateline that opens the paragraph, a paragraph of the lead (<see cref="DatelineCountry.LeadDatelineEnds"/>:
        /// "RIVERTON, March 3:", "KABUL --"); 0 when none does, or the paragraph opens with a verb of saying itself.
        /// </summary>
        private static int AfterDateline(AnalysedParagraph p, List<(AnalysedParagraph Paragraph, int After)> datelined)
        {
            var tk = p.Tokens;
            if (tk.Count == 0 || !tk[0].IsCapitalized || CueLexicon.Verb(tk[0].Lower) != null) return 0;
            foreach (var (paragraph, after) in datelined)
                if (ReferenceEquals(paragraph, p)) return after;
            return 0;
        }

        /// <summary>
        /// The cue verb of the sentence's capitalised first word with its particle ("Pointing to"), as
        /// <see cref="ReportedSpeech.EntryOf"/> reads a word in lower case (the paragraph's cue table holds only those); null when none.
        /// </summary>
        private static CueVerb? OpeningEntry(IReadOnlyList<Token> tk, int k, int s1, out int end)
        {
            end = k + 1;
            var t = tk[k];
            if (!t.IsWord || !t.IsCapitalized) return null;
            foreach (var phrase in CueLexicon.Phrases(t.Lower))
                if (CueLexicon.ParticleEnd(tk, k, s1, phrase.Particle!) is var pe && pe > 0)
                {
                    end = pe;
                    return phrase;
                }
            var v = CueLexicon.Verb(t.Lower);
            return v == null || v.Has(VerbTag.Phrasal) ? null : v;
        }

        /// <summary>A person or body that speaks: a name, a person's pronoun, or a description whose head is a speaker noun.</summary>
        private static bool IsSpeaker(IReadOnlyList<Token> tk, Mention m) =>
            m.Kind == MentionKind.Name ||
            m.Kind == MentionKind.Pronoun && m.Owner == null && CueLexicon.IsSubjectPronounNotIt(tk[m.Start]) ||
            m.Kind == MentionKind.Description && !m.IsDocument && Lexicon.IsSpeakerNoun(m.Head, out _, out _);
    }
}
