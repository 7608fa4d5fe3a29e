using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "“How deep is the harbour?” asked the boy, who …", "“It works,” said retired Navy Capt. Jo Bell":
    /// an inverting speech verb right after a quotation, then a noun phrase that the mention grammar does
    /// not read as a speaker (a common noun it does not list, a name after a lower-case word): after
    /// "said" in that place any noun phrase is the one who spoke. The phrase runs to the next comma or
    /// the end of the sentence, at most twelve words, and holds no clause of its own; it must not open
    /// with a preposition, a pronoun or a word that starts a clause ("said in a statement", "said that").
    /// Runs after the rules that read the clause after a quotation with the mention grammar.
    /// </summary>
    internal sealed class InvertedDescription : QuotationRule
    {
        public override string Name => nameof(InvertedDescription);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            var (_, s1) = SentenceOf(q);
            int v = q.Token + 1;
            if (v < s1 && tk[v].Is(",")) v++;
            if (v >= s1 || !tk[v].IsLowerWord) return null;
            var verb = tk[v].CueVerb;
            if (verb == null || !verb.Has(VerbTag.Speech) || !verb.Has(VerbTag.Inverting) || verb.IsParticiple || verb.Form == verb.Lemma) return null;
            int i = v + 1;
            if (i >= s1 || !tk[i].IsWord) return null;
            var first = tk[i];
            if (first.IsLowerWord && (first.Has(WordTag.Preposition | WordTag.Opener | WordTag.ClauseBreak | WordTag.Finite | WordTag.Pronoun | WordTag.Time | WordTag.CueAdverb) ||
                                      first.Has(WordGroup.Complementizer) || first.Has(WordGroup.InfinitiveMarker) || first.Has(WordGroup.ProContent) || CueLexicon.IsLyAdverb(first)))
                return null;
            var source = ReportedSpeech.MentionAfter(context.MentionsFor(p), tk, i, s1, out _);
            if (source == null || source.IsPronoun) return null;
            // "one of the witnesses who saw it": a phrase with a clause of its own is more than a speaker
            for (int x = source.Start; x < source.End; x++)
                if (tk[x].IsLowerWord && (tk[x].Has(WordTag.ClauseBreak | WordTag.Relative | WordTag.Finite) || tk[x].CueVerb != null)) return null;
            var cue = new CueMatch(tk[v].Text, v, v + 1, verb);
            return context.FromClause(Name, q, new Clause(source, cue, CuePlace.After));
        }
    }
}
