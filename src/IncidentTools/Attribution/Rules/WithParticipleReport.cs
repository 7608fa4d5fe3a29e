using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Reported speech in the absolute construction after a comma, "with" + noun phrase + participle of saying: "Voters
    /// shrugged off the choice, with three in 10 saying a new mayor would change nothing", "…, with other captains suggesting
    /// that the pier was unsafe". The noun phrase is the source, the participle the cue, the clause it takes the content (as
    /// <see cref="WithParticiple"/> reads the same phrase for a quotation). The subject of the main clause says nothing of it,
    /// so the rule runs before <see cref="CueThenContent"/> and <see cref="Participial"/>, which would give the participle to
    /// another subject. Not a pronoun ("with him saying", the resolver's business), nor a participle of another sense, nor a
    /// phrase that does not follow a comma ("met with reporters saying …": the reporters' words only by a guess), nor a
    /// participle of saying or of a stance whose object is a plain noun phrase ("with writers adding their own quirks to the
    /// genre"): only a clause; a verb of judging, denying or conceding takes the plain object too ("with 140 captains blasting
    /// the levy").
    /// </summary>
    internal sealed class WithParticipleReport : IAttributionRule
    {
        public string Name => nameof(WithParticipleReport);

        /// <summary>
        /// "…, with nearly 100 captains blasting the levy", "with the ministry rejecting the findings", "with the union backing
        /// the mayor": a verb of judging, denying or conceding (not one of plain saying or of a stance, "with writers adding their
        /// own quirks", "with the company claiming residency in Ireland") reports its plain noun phrase object too, when the
        /// object does not mark the verb's everyday sense (sense-objects.txt, "with gunmen attacking the convoy").
        /// </summary>
        private static bool JudgesItsObject(System.Collections.Generic.IReadOnlyList<Token> tk, CueVerb entry, int k, int end, Mention subject, int s0, int c) =>
            Judges(entry) &&
            ReportedSpeech.Suits(tk, new VerbCue(entry, k, end, k), new Subject(subject, s0, -1), c);

        /// <summary>A verb of judging, denying or conceding, not one of plain saying or of a stance.</summary>
        private static bool Judges(CueVerb entry) => entry.Has(VerbTag.Judgement | VerbTag.Denial | VerbTag.Concession) && !entry.Has(VerbTag.Stance);

        /// <summary>
        /// "with Russia backing the government as the allies support the rebels": what a verb of judging takes (not after "that") ends before a subordinator
        /// that opens a clause of its own (the rule runs before the one that reads that clause's report); [c, e) else.
        /// </summary>
        private static int EndBeforeSubordinator(System.Collections.Generic.IReadOnlyList<Token> tk, int c, int e)
        {
            for (int i = c + 1; i < e; i++)
            {
                if (!tk[i].IsLowerWord || !tk[i].Has(WordTag.Subordinator)) continue;
                int end = i;
                while (end > c && tk[end - 1].Kind == TokenKind.Punct) end--;
                return end;
            }
            return e;
        }

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                var clauses = ctx.ClausesFor(p);
                // (the words of accompaniment of the paragraph, from its index: no walk over every token)
                foreach (var (w, s0, s1) in p.WordsWith(WordGroup.Accompaniment))
                {
                    if (w < s0 + 1 || !tk[w - 1].Is(",") || !tk[w].IsLowerWord) continue;
                    if (clauses.WithSubjectParticiple(tk, w, s1, reported: true) is not { } with) continue;
                    int k = with.Participle;
                    var entry = ReportedSpeech.EntryAt(tk, k, s1, out int end);
                    if (entry == null || entry.Kind != VerbForm.Gerund || !entry.IsSpeech || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                    if (Participial.ContentAfter(ctx, p, entry, k, end, s1) is not { } content) continue;
                    // "…, with writers adding their own quirks to the genre", "with the company claiming residency in Ireland": a
                    // plain noun phrase object is a verb of another sense as often as a report; a clause is what was said
                    bool afterThat = tk[content.Start - 1].IsLowerWord && tk[content.Start - 1].Has(WordGroup.Complementizer);
                    bool plainObject = !afterThat && ReportedSpeech.TakesPlainObject(tk, content.Start);
                    if (plainObject && !JudgesItsObject(tk, entry, k, end, with.Subject, s0, content.Start)) continue;
                    int e = !afterThat && Judges(entry) ? EndBeforeSubordinator(tk, content.Start, content.End) : content.End;
                    ctx.Add(ReportedSpeech.Make(Name, p, content.Start, e, k, end, with.Subject));
                }
            }
        }
    }
}
