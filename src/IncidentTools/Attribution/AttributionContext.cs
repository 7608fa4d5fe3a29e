using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// What every rule of the attribution stage reads and writes for one document: the analysed
    /// document, the shared grammar of mentions and clauses, the facts of each quotation, and the
    /// attributions decided so far (with what they already cover, so that a rule touches only what is
    /// still unattributed). One per document run; nothing in it is shared between documents.
    /// </summary>
    internal sealed class AttributionContext
    {
        private readonly List<FoundAttribution> _found = new List<FoundAttribution>();
        private readonly FoundAttribution?[] _byQuotation;
        private readonly string?[] _excludedBy;
        private readonly QuotationFacts[] _facts;
        private readonly Dictionary<int, FoundAttribution> _byCue = new Dictionary<int, FoundAttribution>();
        private readonly Clauses _body;
        private readonly Clauses _headline;
        // the subject of each sentence, by paragraph index, then sentence (an array per paragraph made at its first question:
        // a dictionary keyed by the pair grew its entries table for every sentence of the document, 1% of the bytes), each
        // sentence's mention beside whether it was read: one array, not one of mentions and one of flags
        private readonly (bool Known, Mention? Subject)[]?[] _subjects;
        private readonly Dictionary<(int Paragraph, int Sentence), List<FoundAttribution>> _bySentence = new Dictionary<(int, int), List<FoundAttribution>>();

        public AttributionContext(AnalysedDocument document, PartyDefinition[] partyList)
        {
            Document = document;
            PartyList = partyList;
            Parties = new PartyResolver(partyList);
            _body = new Clauses(new MentionParser(Parties.OrganisationSet));
            _headline = new Clauses(new MentionParser(Parties.OrganisationSet) { HeadlineCase = true });
            _byQuotation = new FoundAttribution?[document.Quotations.Count];
            _excludedBy = new string?[document.Quotations.Count];
            _facts = new QuotationFacts[document.Quotations.Count];
            _subjects = new (bool, Mention?)[]?[document.Paragraphs.Count];
            for (int i = 0; i < _facts.Length; i++) _facts[i] = new QuotationFacts(document.Quotations[i]);
        }

        public AnalysedDocument Document { get; }

        /// <summary>The country the document reports from (its dateline's, <see cref="DatelineCountry"/>), read by speaker resolution; null when it names none.</summary>
        public Country? Home { get; internal set; }

        /// <summary>
        /// The words a transcript label of the document may be (<see cref="Rules.SpeakerLabel.NamesOf"/>), made at the first
        /// rule that asks (TranscriptSpeaker, SpeakerLabel and the headline rules each asked for a set of their own); read only.
        /// </summary>
        public HashSet<string> LabelNames => _labelNames ??= Rules.SpeakerLabel.NamesOf(Document);

        private HashSet<string>? _labelNames;

        /// <summary>The who's-who or glossary entries of the document by paragraph (<see cref="GlossaryEntry.Of"/>), made at the first ask.</summary>
        internal Dictionary<int, GlossaryEntry> GlossaryEntries => _glossaryEntries ??= GlossaryEntry.Of(Document, Mentions);

        private Dictionary<int, GlossaryEntry>? _glossaryEntries;

        /// <summary>
        /// The paragraphs that are someone's turn or answer, with the turn's attribution (<see cref="SpeakerResolution.Turns"/>), made
        /// at the first ask once the rules have run: the speaker resolution and the claims' sides read the same table.
        /// </summary>
        internal Dictionary<int, FoundAttribution> Turns => _turns ??= SpeakerResolution.Turns(this);

        private Dictionary<int, FoundAttribution>? _turns;

        public PartyResolver Parties { get; }

        /// <summary>The manifest's parties the run was made for (empty without a manifest or one that names none).</summary>
        public PartyDefinition[] PartyList { get; }

        /// <summary>
        /// The party of each attribution (by its index in <see cref="Found"/>), which the claims and the quotations both give:
        /// decided once, by the first of them to ask (<see cref="Accounts.ClaimReader.SidesOf"/>); null until then.
        /// </summary>
        internal string?[]? Sides { get; set; }

        /// <summary>The records of the attributions (<see cref="AttributionFinder.Records"/>), made at the first ask; null until then.</summary>
        internal IReadOnlyList<IncidentAttribution>? Records;

        /// <summary>The clause grammar for a paragraph (a headline capitalises its verbs too).</summary>
        public Clauses ClausesFor(AnalysedParagraph paragraph) => paragraph.Section == ParagraphSection.Title ? _headline : _body;

        /// <summary>The mention grammar of body text (verbs in lower case).</summary>
        public MentionParser Mentions => _body.Mentions;

        /// <summary>The mention grammar for a paragraph.</summary>
        public MentionParser MentionsFor(AnalysedParagraph paragraph) => ClausesFor(paragraph).Mentions;

        /// <summary>The attributions decided so far, in the order they were added.</summary>
        public IReadOnlyList<FoundAttribution> Found => _found;

        /// <summary>What the text says of a quotation (its kind, whether it is a name or a title, where it stands).</summary>
        public QuotationFacts Facts(QuotationRef quotation) => _facts[quotation.Index];

        /// <summary>The attribution that covers the quotation, or null while it is unattributed.</summary>
        public FoundAttribution? AttributionOf(QuotationRef quotation) => _byQuotation[quotation.Index];

        public bool IsAttributed(QuotationRef quotation) => _byQuotation[quotation.Index] != null;

        /// <summary>The rule that decided the quotation is nobody's words (a title, a name), or null.</summary>
        public string? ExcludedBy(QuotationRef quotation) => _excludedBy[quotation.Index];

        /// <summary>True while no rule has attributed the quotation or decided that it is nobody's words.</summary>
        public bool IsOpen(QuotationRef quotation) => _byQuotation[quotation.Index] == null && _excludedBy[quotation.Index] == null;

        /// <summary>A rule decides that the quotation is nobody's words (a title, a name, a term): later rules leave it alone.</summary>
        public void Exclude(QuotationRef quotation, string rule)
        {
            if (IsOpen(quotation)) _excludedBy[quotation.Index] = rule;
        }

        /// <summary>True when an attribution already uses the cue that starts at this file offset.</summary>
        public bool IsCueUsed(int cueStart) => _byCue.ContainsKey(cueStart);

        /// <summary>The attributions whose content starts in a sentence, in the order they were added.</summary>
        public IReadOnlyList<FoundAttribution> AttributionsIn(AnalysedParagraph paragraph, int sentence) =>
            _bySentence.TryGetValue((paragraph.Index, sentence), out var list) ? list : (IReadOnlyList<FoundAttribution>)Array.Empty<FoundAttribution>();

        /// <summary>The attribution that uses the cue starting at this file offset, or null.</summary>
        public FoundAttribution? AttributionWithCue(int cueStart) => _byCue.TryGetValue(cueStart, out var a) ? a : null;

        /// <summary>The subject mention of a sentence (after any introduction), for salience and for rules that need it; cached.</summary>
        public Mention? SubjectOf(AnalysedParagraph paragraph, int sentence)
        {
            var subjects = _subjects[paragraph.Index] ??= new (bool, Mention?)[paragraph.Sentences.Count];
            if (!subjects[sentence].Known)
            {
                var (s, e) = paragraph.Sentences[sentence];
                subjects[sentence] = (true, ClausesFor(paragraph).Subject(paragraph.Tokens, s, e));
            }
            return subjects[sentence].Subject;
        }

        /// <summary>
        /// Adds an attribution decided by a rule. It covers the quotations it lists and every other open
        /// quotation that lies inside its content (for reported speech, which lists none, also the title-like
        /// quotations set aside there); a quotation another attribution already covers stays
        /// with that one (the earlier rule wins). When an attribution already uses the same cue with the
        /// same source (mentions that overlap), the quotations join that attribution instead ("X called it “a” and “b”").
        /// Returns false, adding nothing, when it would cover no quotation it listed, or its cue is already
        /// another source's.
        /// </summary>
        public bool Add(FoundAttribution attribution)
        {
            if (attribution == null) throw new ArgumentNullException(nameof(attribution));
            // "“…” Nobody disagreed.", "no one said the pier was safe": a source of nobody makes no attribution, whichever
            // grammar read it
            if (attribution.Source is { } source && MentionParser.IsNilSubject(attribution.SourceTokens ?? (attribution.SourceParagraph ?? attribution.Paragraph).Tokens, source.Start))
                return false;
            bool hadQuotes = attribution.Quotations.Count > 0;
            _adding = attribution;
            attribution.Quotations.RemoveAll(_notKept ??= NotKept);
            _adding = null;
            if (hadQuotes && attribution.Quotations.Count == 0) return false;
            if (attribution.ContinuesFrom == null && attribution.Cue is { } cue && _byCue.TryGetValue(cue.Start, out var owner))
            {
                if (!(SourceExtent(owner) is { } a && attribution.SourceSpan is { } b && a.Overlaps(b)) || attribution.Quotations.Count == 0) return false;
                foreach (var q in attribution.Quotations)
                {
                    owner.Quotations.Add(q);
                    _byQuotation[q.Index] = owner;
                    // "“…,” Lund said, adding that it was “…”": the speaker's, but in the participle's content, not a second half of the
                    // quotation before the cue
                    if (owner.Paragraph == attribution.Paragraph && !(owner.Place == CuePlace.After && AfterOwnParticiple(owner, q)))
                        owner.Content = owner.Content.Union(attribution.Content);
                }
                return true;
            }
            // the open quotations inside the content (quotations are in file order: a binary search finds the first)
            var all = Document.Quotations;
            int lo = 0, hi = all.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (all[mid].Start < attribution.Content.Start) lo = mid + 1; else hi = mid;
            }
            for (int i = lo; i < all.Count && all[i].Start < attribution.Content.End && attribution.CoversInnerQuotations; i++)
            {
                if (all[i].End > attribution.Content.End || _byQuotation[i] != null || attribution.Quotations.Contains(all[i])) continue;
                // "Reyes said, “…” — at which point the crowd chanted “Open it!” — “…”": a cry its own subject raises is not the source's
                if (Clauses.CriedByOwnSubject(all[i].Paragraph.Tokens, all[i].Token)) continue;
                // "Reyes asked as a waiter walked past her table, saying he was “…”": a verb of speech in a clause of another subject
                if (SpokenInAnotherClause(attribution, all[i])) continue;
                if (attribution.CoversQuotationsBefore is int limit && all[i].Start >= limit) break;
                // reported speech ("she said the plan was “Mission Impossible”") takes the title-like quotations it
                // quotes too: they are its source's words. A quotation's own attribution leaves them set aside, and
                // a name or a term marked by the words before it ("the film “…”", "locals call it “…”") stays nobody's.
                // So does a name given by the reported verb itself, which NamingVerb read and left ("locals call it “the Spine”").
                // A term a noun of words marks ("refused to say the words “radical Islam”", "slammed him for not using the term “…”",
                // "claiming victory in the so-called “…”") is what the source says too; a name a verb gives
                // ("a film called “…”", "labeled “top secret”", "known as “…”") names a thing, and stays nobody's.
                // A phrase of the source's own, not a name, is its words whatever set it aside: "Gorab called the show “the best news
                // show of record”", "a slump, such as “a sudden recession or a strike”" (see SpokenPhrase).
                if (_excludedBy[i] != null && !SpokenPhrase(all[i], _excludedBy[i]!) &&
                    (hadQuotes || NamesByItsCue(attribution) || !TakenByReport(all[i], _excludedBy[i]!))) continue;
                _excludedBy[i] = null;
                attribution.Quotations.Add(all[i]);
            }
            attribution.Quotations.Sort((x, y) => x.Index.CompareTo(y.Index));
            foreach (var q in attribution.Quotations) _byQuotation[q.Index] = attribution;
            if (attribution.ContinuesFrom == null && attribution.Cue is { } c) _byCue[c.Start] = attribution;
            var key = (attribution.Paragraph.Index, attribution.Sentence);
            if (!_bySentence.TryGetValue(key, out var here)) _bySentence[key] = here = new List<FoundAttribution>();
            here.Add(attribution);
            _found.Add(attribution);
            return true;
        }

        /// <summary>The attribution <see cref="Add"/> is taking in, which <see cref="NotKept"/> reads.</summary>
        private FoundAttribution? _adding;

        /// <summary><see cref="NotKept"/> as one delegate for the run: a lambda over the attribution made a closure at every <see cref="Add"/>.</summary>
        private Predicate<QuotationRef>? _notKept;

        /// <summary>A quotation listed by the attribution being added (<see cref="_adding"/>) that it does not keep: not open, or another's words.</summary>
        private bool NotKept(QuotationRef q) => !IsOpen(q) || CriedByAnother(_adding!, q) || SpokenInAnotherClause(_adding!, q);

        /// <summary>
        /// A set-aside quotation that reported speech around it takes as its source's words: a title-like one, or a term
        /// marked by a noun of words (not of a work: "the film “…”" stays a title) or by a naming word that is no verb
        /// ("the term “…”", "the so-called “…”").
        /// </summary>
        private static bool TakenByReport(QuotationRef q, string excludedBy)
        {
            if (excludedBy == nameof(Rules.TitleQuotation)) return true;
            if (excludedBy != nameof(Rules.NamedQuotation) || q.Token == 0) return false;
            var before = q.Paragraph.Tokens[q.Token - 1];
            if (!before.IsLowerWord) return false;
            return before.Has(WordTag.Wording) || before.Has(WordTag.Naming) && !before.IsVerbForm;
        }

        /// <summary>The fewest words of a set-aside quotation in lower case that read as a phrase someone says, not a name or a term.</summary>
        private const int SpokenPhraseWords = 3;

        /// <summary>
        /// A quotation that a naming word or a work's noun before it set aside as a name ("called the show “…”", "such as “…”",
        /// "was branded “…”") but that reads as a phrase of speech: it opens in lower case, holds at least three words and is
        /// no title ("the conservative news show of record", "in homage to"; not "the Spine", “top secret”, “Night Train”).
        /// Words of one or two, as often a term the writer marks, stay set aside.
        /// </summary>
        private static bool SpokenPhrase(QuotationRef q, string excludedBy) =>
            excludedBy == nameof(Rules.NamedQuotation) && !QuotationFacts.StartsUpper(q.Text) && !QuotationFacts.IsTitleLikeQuote(q.Text) &&
            QuotationFacts.WordsUpTo(q.Text, SpokenPhraseWords) >= SpokenPhraseWords;

        /// <summary>The attribution's cue is a naming verb ("call", "dub"), whether or not the rule kept the verb it read.</summary>
        private static bool NamesByItsCue(FoundAttribution a)
        {
            if (a.CueWords is not { } cue) return false;
            if (cue.Verb != null) return cue.Verb.Has(VerbTag.Naming);
            foreach (var w in cue.Text.Split(' '))
                if (Lexicon.AnyVerb(w) is { } v && v.Has(VerbTag.Naming)) return true;
            return false;
        }

        /// <summary>The file span of an attribution's source mention with all the parse took in (an apposition: "Jo Bell, a spokeswoman for the port,").</summary>
        private static TextSpan? SourceExtent(FoundAttribution a)
        {
            if (a.SourceSpan is not { } span || a.Source == null || a.SourceTokens == null || a.SourceParagraph == null) return a.SourceSpan;
            int next = Math.Min(a.Source.Next, a.SourceTokens.Count);
            return next > 0 ? span.Union(TextSpan.FromTo(span.Start, a.SourceParagraph.Start + a.SourceTokens[next - 1].End)) : span;
        }

        /// <summary>
        /// A new attribution of quotation <paramref name="q"/> from a clause read in the tokens of
        /// <paramref name="sourceParagraph"/> (the quotation's own paragraph unless given): the source
        /// mention, the cue, and as content the quotation's words. Kind Direct for a whole statement,
        /// Mixed for a fragment in the writer's sentence.
        /// </summary>
        public FoundAttribution FromClause(string rule, QuotationRef q, Clause clause, AnalysedParagraph? sourceParagraph = null, IReadOnlyList<Token>? tokens = null)
        {
            var sp = sourceParagraph ?? q.Paragraph;
            var tk = tokens ?? sp.Tokens;
            var a = new FoundAttribution(rule, q.Paragraph, q.Sentence, Facts(q).Kind == QuoteKind.Direct ? AttributionKind.Direct : AttributionKind.Mixed, TextSpan.FromTo(q.Start, q.End));
            SetClause(a, clause, clause.Place, sp, tk);
            a.Quotations.Add(q);
            return a;
        }

        /// <summary>
        /// The clause's mention as the attribution's source and its cue words as the cue, both in <paramref name="tokens"/>
        /// of <paramref name="sourceParagraph"/> (the cue's offsets set when its words lie in those tokens).
        /// </summary>
        public static void SetClause(FoundAttribution a, Clause clause, CuePlace place, AnalysedParagraph sourceParagraph, IReadOnlyList<Token> tokens)
        {
            a.Source = clause.Mention;
            a.SourceParagraph = sourceParagraph;
            a.SourceTokens = tokens;
            a.CueWords = clause.Cue;
            a.Place = place;
            if (clause.Cue.End > clause.Cue.Start && clause.Cue.End <= tokens.Count)
                a.Cue = TextSpan.FromTo(sourceParagraph.Start + tokens[clause.Cue.Start].Start, sourceParagraph.Start + tokens[clause.Cue.End - 1].End);
        }

        /// <summary>
        /// "“…,” Lund said, adding that the pier was “…”", "“…,” Lund added, saying there had been a “…”": quotation <paramref name="q"/>
        /// stands after the cue of <paramref name="owner"/>, an attribution after its quotation, with a participle of a verb of
        /// speech after a comma between them and words of the participle's own content before it (a split quotation, "“…,” Lund
        /// said, “…”", has none; "“…,” Lund said, adding, “…”" and "“…,” Lund sang before asking, “…”" go on with the same words).
        /// </summary>
        private static bool AfterOwnParticiple(FoundAttribution owner, QuotationRef q)
        {
            if (owner.CueWords is not { } cue || !ReferenceEquals(owner.SourceTokens, q.Paragraph.Tokens) || cue.End > q.Token) return false;
            var tk = q.Paragraph.Tokens;
            for (int x = cue.End; x < q.Token; x++)
                if (tk[x].IsLowerWord && tk[x].CueVerb is { IsParticiple: true, States: true } && tk[x - 1].Is(","))
                {
                    // "…, adding, “…”" quotes the participle's words as they were said: they go on with the quotation before the cue
                    for (int y = x + 1; y < q.Token; y++)
                        if (tk[y].IsWord) return true;
                    return false;
                }
            return false;
        }

        /// <summary>
        /// "When a man in the crowd shouted, “…,” Reyes joked": quotation <paramref name="q"/> comes right after a cry with a subject
        /// of its own (<see cref="Clauses.CriedByOwnSubject"/>) and the attribution's cue is not that cry, nor its source the cry's
        /// subject: the words are the crier's.
        /// </summary>
        private static bool CriedByAnother(FoundAttribution attribution, QuotationRef q)
        {
            var tk = q.Paragraph.Tokens;
            if (!Clauses.CriedByOwnSubject(tk, q.Token)) return false;
            // the attribution whose source it shows ("Holding signs calling Reyes “…,” the protesters chanted “…”" continues the first quotation's)
            var root = attribution.Root;
            if (root.SourceParagraph != q.Paragraph) return true;
            int v = Clauses.BeforeIntroducingMark(tk, q.Token, -1);
            // its cue is the cry, or its source is the cry's subject ("the protesters chanted “…”")
            return !(root.CueWords is { } cue && cue.End == v + 1 || root.Source is { } m && (m.End == v || m.Next == v));
        }

        /// <summary>
        /// "Reyes asked as a waiter walked past her table, saying he was “…”", "“…,” Lund said to Okafor on the pier, who replied:
        /// “…”": quotation <paramref name="q"/> comes after the attribution's cue, in its paragraph, and the verb of speech that
        /// introduces it stands after a clause with a subject of its own that opens after that cue
        /// (<see cref="Clauses.OtherSubjectClauseBefore"/>): the words may be that subject's, so they are not given to the
        /// attribution's source.
        /// </summary>
        private bool SpokenInAnotherClause(FoundAttribution attribution, QuotationRef q)
        {
            var root = attribution.Root;
            if (root.SourceParagraph != q.Paragraph || root.CueWords is not { } cue || cue.End > q.Token) return false;
            var tk = q.Paragraph.Tokens;
            if (!ReferenceEquals(root.SourceTokens, tk)) return false;
            int verb = Clauses.IntroducingSpeechVerb(tk, cue.End - 1, q.Token);
            // from the word after the cue's first: a cue may end on the subordinator ("asked as")
            return verb >= cue.End && ClausesFor(q.Paragraph).OtherSubjectClauseBefore(tk, cue.Start + 1, verb);
        }

        /// <summary>
        /// A new attribution of quotation <paramref name="q"/> to a source written without a cue ("“…” ― Jo Bell"): the mention
        /// alone, in <paramref name="sourceParagraph"/> (the quotation's own unless given: a paragraph of narration before it),
        /// before or after the quotation as <paramref name="place"/> says.
        /// </summary>
        public FoundAttribution FromMention(string rule, QuotationRef q, Mention mention, AnalysedParagraph? sourceParagraph = null, CuePlace place = CuePlace.After)
        {
            var sp = sourceParagraph ?? q.Paragraph;
            var a = new FoundAttribution(rule, q.Paragraph, q.Sentence, Facts(q).Kind == QuoteKind.Direct ? AttributionKind.Direct : AttributionKind.Mixed, TextSpan.FromTo(q.Start, q.End))
            {
                Source = mention,
                SourceParagraph = sp,
                SourceTokens = sp.Tokens,
                Place = place,
            };
            a.Quotations.Add(q);
            return a;
        }

        /// <summary>A new attribution of quotation <paramref name="q"/> that takes its source, cue and speaker from <paramref name="from"/>.</summary>
        public FoundAttribution Continuing(string rule, QuotationRef q, FoundAttribution from)
        {
            var a = new FoundAttribution(rule, q.Paragraph, q.Sentence, Facts(q).Kind == QuoteKind.Direct ? AttributionKind.Direct : AttributionKind.Mixed, TextSpan.FromTo(q.Start, q.End))
            {
                ContinuesFrom = from,
            };
            a.Quotations.Add(q);
            return a;
        }
    }
}
