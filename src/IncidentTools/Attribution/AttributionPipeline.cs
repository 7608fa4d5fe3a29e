using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// The attribution stage: the rules in the order they run (a sieve: each touches only what the rules
    /// before it left open), then speaker resolution (mention to speaker, in document order) and parties.
    /// The one place where the order of the rules is written.
    /// </summary>
    internal static class AttributionPipeline
    {
        /// <summary>The rules, in the order they run.</summary>
        public static readonly IReadOnlyList<IAttributionRule> Rules = new IAttributionRule[]
        {
            // a name someone gives, quotations that are nobody's words, then the attribution written right after a quotation
            new NamingVerb(),
            // a term that a subject uses or coins ("has used the phrase “…”"), before the rules that set terms aside
            new UsedWording(),
            // the title a subject gives the piece it publishes ("released a memo titled “…”"), before the rules that take titles for nobody's words
            new TitledWork(),
            // words written on a sign, banner or headline are its own ("a sign that read “…”", "banners reading “…”"),
            // though they read like a title
            new Inscription(),
            new NamedQuotation(),
            // a quotation that closes an opening subordinate clause with its own speaker ("After Reyes said it was “…,” Lund said …")
            new OpeningClauseQuote(),
            new QuoteThenCue(),
            new QuoteThenDash(),
            // a whole statement signed by its source in brackets that end the paragraph ("CLAIM: “…” (Harbour Board)")
            new QuoteThenParenthesis(),
            new SignedQuotation(),
            // a headline's quotation over the interview it names ("“…”: a conversation with Lena Ortiz"): the interviewee's words
            new HeadlineInterview(),
            // a headline's quotation, then the person who said it after a colon or a dash ("‘We will not rebuild’: Dover's harbour master")
            new HeadlineQuoteSource(),
            new TitleQuotation(),
            // an attribution in the quotation's own sentence, before it or closing the sentence
            new InvertedIntroduction(),
            new NameThenParticiple(),
            new NameColonQuote(),
            new CueBeforeQuote(close: true),
            new SentenceFinalCue(),
            new CueBeforeQuote(close: false),
            new AccordingToQuote(),
            new HeardFrom(),
            // the object of a verb of causing before an infinitive of saying ("prompted the almanac to state, “…”")
            new CausedSpeech(),
            new NameBeforeCue(),
            new ParticipleCue(),
            // a participle of saying after "of", "in" or "for" that ends the subject's verb phrase ("made a point of saying “…”")
            new GerundOfSaying(),
            new WithParticiple(),
            new SentenceMedialCue(),
            // a speaker label before a colon: an interview's answers (the interviewee named in the intro), a transcript line, "Q:"/"A:", a headline's source ("Ortiz: …"), a hearing record's turn before a full stop ("Senator TATE. …")
            new InterviewAnswer(),
            new SpeakerLabel(),
            new TranscriptSpeaker(),
            new RecordLabel(),
            // a headline that is one quotation over an interview in labelled turns with the one person the introduction names: that person's
            new HeadlineOverInterview(),
            new HeadlineColon(),
            new HeadlineCue(),
            // a headline's second verb phrase after a comma, of the subject that opens it ("Board rejects survey, says divers were ‘never consulted’")
            new HeadlineSecondCue(),
            // reported speech (its content may hold quoted words, which it then attributes: Mixed)
            new AccordingToClause(),
            // a view owned by a speaker before the clause it holds ("In her view, traffic was a matter for conditions")
            new InOwnView(),
            // the same for a person after "To" and a comma ("To Lund, the pier is “a monument to bad planning.”")
            new ToPersonView(),
            // a subject's account named before a colon, the clause after it its words ("have offered a different version: that …")
            new AccountAfterColon(),
            new QuotedAsSaying(),
            new ContentThenCue(),
            new AsCue(),
            // its passive: "As reported by the Harbour Post, …", "…, as first noted by X."
            new AsReportedBy(),
            // "…, with three in 10 saying …": the noun phrase after "with" reports the participle's clause, not the sentence's subject
            new WithParticipleReport(),
            // "…, with recent polls showing a tightening of the race", "despite surveys showing …": a noun of findings before its participle
            new FindingsParticiple(),
            // "a poll counted 62 percent of voters saying the council is corrupt": a counted share of a group before its participle of saying
            new ShareParticiple(),
            new CueThenContent(),
            // "… concluded that …, and found no intent to …": a verb of finding after a coordinator, with a denied finding as its object
            new CoordinatedFinding(),
            new Participial(),
            // a participle of saying that opens the sentence reports what the main clause's subject says ("Noting that …, X said …")
            new OpeningParticiple(),
            // the object of a verb of causing before an infinitive of report ("led some divers to wonder whether …")
            new CausedReport(),
            // the question a passive participle of asking puts in its agent's words ("Asked by a reporter whether …, the mayor said")
            new AskedByAgent(),
            new PassiveBy(),
            new InPoll(),
            // a quotation that says what someone holds another to be ("hailed the deal as a “breakthrough”")
            new CharacterisedAs(),
            // a quotation in a participle's phrase that opens the sentence: the main clause's subject said it ("Bemoaning the “…,” X accused …")
            new FrontedParticiple(),
            // a quotation in the clause a possessed noun of saying reports ("Trump's claim that there were “thousands”")
            new StatementNoun(),
            // reported speech whose cue is such a noun, owned or with its agent after "by" ("Lund's claim that the pier was safe")
            new OwnedStatement(),
            // reported speech whose cue is a noun of saying aimed at a target, owned ("Lund's attacks on the board", "her criticism of the levy")
            new AimedStatement(),
            // words cried by the owner of a noun of a cry, or by the subject whose verb takes it ("their chants of “…”", "responded with chants of “…”")
            new CriedWords(),
            // a quotation that is, or is in the that-clause of, the complement of such a noun ("Trump's slogan is “…”")
            new OwnedWordsAre(),
            // a reporting verb coordinated with the verb phrase of a subject named before ("toured the pier and said “…”")
            new CoordinatedCue(),
            // a who's-who entry's clause with no subject of its own ("Ada Lund, army spokeswoman — Told reporters that …"): the head's words
            new EntryHeadSubject(),
            // “…,” said a noun phrase the mention grammar does not read as a speaker ("asked the boy", "said retired Army Col. X")
            new InvertedDescription(),
            // “…,” a noun phrase the mention grammar does not read as a speaker, then said ("Daily News opinion editor Jo Bell told …")
            new QuoteThenDescription(),
            // what a subject casts itself as, with any verb ("has positioned herself as “…”"): no cue needed, so after every rule with one
            new ReflexiveAs(),
            // an embedded post signed "— Ada Lund (@adalund) May 3, 2024": its words, and the quotations in them still open, are the poster's
            new SignedPost(),
            // a quotation whose source is written before it: its own first part, the sentence or paragraph before
            new ContinuationPass(
                new ColonIntroduction(),
                // a script's line naming whose recorded words come next ("SOT: ANN COLE, ARMY SPOKESWOMAN")
                new Soundbite(),
                new ColonSubject(),
                new ContinuedQuote(),
                new NextSentenceQuote(),
                new NextSentenceOpening(),
                new ConnectedQuote(),
                new SplitQuote(),
                new SameSentenceQuote(),
                new ParticipleAfterCue(),
                new QuoteInList(),
                new QuoteInRelative(),
                new SpeakingSubject(),
                new SpeakingSubjectBefore(),
                // a whole statement after the sentence whose subject issues it ("The board issued a statement Friday. “…”")
                new IssuedMissive(),
                new AfterReportedSpeech(),
                new SalientSpeaker(),
                // a paragraph's quotation after a few sentences of narration about the last speaker (“…,” Lund said. / She pauses. / “…”)
                new AfterNarration(),
                // a quotation woven into the writer's sentence right after a person's quoted statement (“…,” said Lund. Unless it rains, “…”)
                new MixedContinuation()),
            // an earlier quotation of a sentence whose later quotation has its source and cue after it ("the pier is “a” and “b,” X said")
            new LeadingQuote(),
            // a fragment quoted in the verb phrase of a subject who voices it ("hailed the deal, a “historic” step", "coined a phrase, “…”"):
            // last of the rules that read a quotation's sentence, on what they all left open
            // a fragment naming a feeling in the object of a verb of expressing ("offered his “deepest regret”", "issued a statement
            // offering “sincere apologies”"): its subject's words, whatever the quotation's length
            new ExpressedFeeling(),
            new FragmentOfSubject(),
            // a quotation in the phrase of a participle of saying or naming after a document the subject issues ("released a
            // statement condemning the “…” vote", "published ads calling the merger a “…”"): the issuer's words
            new IssuedDocument(),
            // a paragraph without quotation marks after one that ends "Hewitt writes:": a block quotation, the writer's words
            new IntroducedParagraph(),
            // statements with no reporting verb: a release's own sentences are its issuer's
            new PressRelease(),
            // a headline that is one quotation, whose words the body gives to one speaker
            new HeadlineEcho(),
            // a body paragraph that is one quotation (a pull quote), whose sentences the body gives to one speaker
            new PullQuote(),
        };

        /// <summary>The name of every rule (continuation rules one by one), in order: what Rule properties may hold.</summary>
        public static IEnumerable<string> RuleNames =>
            Rules.SelectMany(r => r is ContinuationPass pass ? pass.Rules.Select(c => c.Name) : new[] { r.Name });

        /// <summary>Runs every rule over the document, then resolves the speakers; returns what they decided.</summary>
        public static AttributionContext Run(IncidentDocument document, IEnumerable<PartyDefinition>? parties)
        {
            // The quotes and the claims of one document read the same attributions: a caller that asks for both
            // (the streaming pipeline, one document at a time on each thread) runs the stage once. The run is
            // kept on the analysed document, marked with the thread that made it, and only while it is that
            // thread's last document: no context is shared between threads, and it is never what keeps a
            // document alive (a run kept by the thread would keep its document, analysis and attributions for
            // the whole of the next document, through the collections made meanwhile). The context is only
            // read after this method returns.
            var partyList = parties?.ToArray() ?? System.Array.Empty<PartyDefinition>();
            var analysed = AnalysedDocument.Of(document);
            int thread = System.Environment.CurrentManagedThreadId;
            if (System.Threading.Volatile.Read(ref analysed.LastRun) is LastRun last && last.Thread == thread && last.Parties.SequenceEqual(partyList, ReferenceComparer.Instance))
                return last.Context;
            var context = new AttributionContext(analysed, partyList);
            foreach (var rule in Rules) rule.Apply(context);
            SpeakerResolution.Run(context);
            Remember(analysed, new LastRun(thread, partyList, context));
            return context;
        }

        /// <summary>This thread's last analysed document (weakly: the caller decides how long a document lives).</summary>
        [System.ThreadStatic] private static System.WeakReference<AnalysedDocument>? _lastDocument;

        /// <summary>Keeps the run on its document, and forgets this thread's run on the document before (if it is still about).</summary>
        private static void Remember(AnalysedDocument analysed, LastRun run)
        {
            var weak = _lastDocument ??= new System.WeakReference<AnalysedDocument>(analysed);
            if (weak.TryGetTarget(out var before) && !ReferenceEquals(before, analysed) &&
                System.Threading.Volatile.Read(ref before.LastRun) is LastRun old && old.Thread == run.Thread)
                System.Threading.Interlocked.CompareExchange(ref before.LastRun, null, old);
            weak.SetTarget(analysed);
            System.Threading.Volatile.Write(ref analysed.LastRun, run);
        }

        private sealed class LastRun
        {
            public LastRun(int thread, PartyDefinition[] parties, AttributionContext context)
            {
                Thread = thread;
                Parties = parties;
                Context = context;
            }

            /// <summary>The managed thread that made the run, the only one that reads it.</summary>
            public int Thread { get; }
            public PartyDefinition[] Parties { get; }
            public AttributionContext Context { get; }
        }

        /// <summary>The same party definitions: the same objects, in the same order.</summary>
        private sealed class ReferenceComparer : IEqualityComparer<PartyDefinition>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();
            public bool Equals(PartyDefinition? x, PartyDefinition? y) => ReferenceEquals(x, y);
            public int GetHashCode(PartyDefinition obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
