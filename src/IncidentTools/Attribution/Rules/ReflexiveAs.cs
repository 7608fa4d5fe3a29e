using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The mayor has positioned herself as “the candidate of the harbour”", "the union offered itself as a
    /// “partner in reform”": a subject, any verb whose object is the subject's own reflexive pronoun, then "as"
    /// and a quotation that says what the subject holds itself to be. Whoever casts themselves as something
    /// speaks the words of that role: the quotation is the subject's. Unlike <see cref="CharacterisedAs"/> the
    /// verb needs no tag (the reflexive object is what ties the words to the subject), so it runs late, on
    /// what every rule with a cue left open. The verb is finite or progressive, never a participle of another
    /// clause ("presenting herself as …" with no "be": whose subject is not read here); a short adverbial may
    /// stand before "as" ("on Twitter", "-- "), not a clause.
    /// </summary>
    internal sealed class ReflexiveAs : QuotationRule
    {
        public override string Name => nameof(ReflexiveAs);

        /// <summary>How many tokens (an adverbial: "on Twitter --") may stand between the reflexive and "as".</summary>
        private const int AdverbialReach = 5;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var p = q.Paragraph;
            var tk = p.Tokens;
            var (s0, _) = SentenceOf(q);
            int j = CharacterisedAs.AsBefore(tk, q.Token, s0);
            if (j - 2 < s0) return null;
            for (int r = j - 1; r >= s0 && j - r <= AdverbialReach + 1; r--)
            {
                var t = tk[r];
                if (t.IsLowerWord && t.Has(WordClass.Reflexive)) return FromReflexive(context, q, tk, s0, r);
                if (t.IsQuote || !(t.IsWord || t.Is(",") || t.IsDash)) return null;
                if (t.IsLowerWord && (t.Has(WordTag.ClauseBreak | WordTag.Opener | WordTag.Finite) || t.Has(WordClass.Comparative) || t.Has(WordClass.Reflexive))) return null;
            }
            return null;
        }

        /// <summary>The attribution to the subject of the verb right before the reflexive at <paramref name="r"/>, or null.</summary>
        private FoundAttribution? FromReflexive(AttributionContext context, QuotationRef q, System.Collections.Generic.IReadOnlyList<Token> tk, int s0, int r)
        {
            int verb = r - 1;
            if (verb <= s0) return null;
            var v = tk[verb];
            if (!v.IsLowerWord || v.Has(WordTag.Function | WordTag.Finite | WordTag.ClauseBreak | WordTag.Opener)) return null;
            int g = ReportedSpeech.GroupStart(tk, verb, s0);
            if (g - 1 >= s0 && tk[g - 1].IsLowerWord && (tk[g - 1].Has(WordGroup.InfinitiveMarker) || ReportedSpeech.IsPossessive(tk[g - 1]))) return null;
            bool be = false;
            for (int i = g; i < verb; i++) be |= tk[i].IsLowerWord && tk[i].Has(WordClass.Be);
            bool ing = CueLexicon.IsIngOfVerb(v);
            if (be != ing) return null;
            var subject = ReportedSpeech.SubjectBefore(context.MentionsFor(q.Paragraph), tk, s0, g);
            if (subject == null || subject.Generic || subject.InIntroduction) return null;
            var cue = new CueMatch(MentionParser.Join(tk, verb, verb + 1), verb, verb + 1, null);
            return context.FromClause(Name, q, new Clause(subject.Mention, cue, CuePlace.Before));
        }
    }
}
