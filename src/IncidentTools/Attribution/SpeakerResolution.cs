using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// Speaker resolution: one pass over the document after the rules ran, in document order, that
    /// resolves the source mention of every attribution to a speaker (a full name for a surname or
    /// "he", the fullest description for "the official", the organisation for "the ministry" or "it"),
    /// and the party of that speaker. Salience comes from the subjects of the writer's sentences and
    /// from the speakers already resolved: each sentence's subject is read before the attributions whose
    /// mentions stand in it. The local mention stays what is written; the speaker is the resolved entity.
    /// An attribution that continues another takes that one's speaker.
    /// </summary>
    internal static class SpeakerResolution
    {
        public static void Run(AttributionContext context)
        {
            var document = context.Document;
            var home = context.Home = DatelineCountry.Of(document);
            var resolver = new SpeakerResolver(context.Parties, FullNames(document, home, out var surnamesWithOffice), home, document, surnamesWithOffice);

            // the attributions with a source of their own, by the paragraph and sentence of their mention (the table sized once
            // for all of them: no table grown and copied as they are added)
            var bySentence = new Dictionary<(int Paragraph, int Sentence), List<FoundAttribution>>(context.Found.Count);
            foreach (var a in context.Found)
            {
                if (a.ContinuesFrom != null || a.Source == null || a.SourceParagraph == null) continue;
                var key = (a.SourceParagraph.Index, a.SourceParagraph.SentenceAt(a.Source.CharStart));
                if (!bySentence.TryGetValue(key, out var list)) bySentence[key] = list = new List<FoundAttribution>();
                list.Add(a);
            }

            var turnParty = TurnParties(context);
            var turns = context.Turns;
            // an interview with no dateline: the place its introduction says it was held at, for "the army here" in its questions
            if (home == null && turns.Count > 0) resolver.InterviewParty = ReporterPlace.InterviewParty(document, turns.Keys.Min(), context.Parties);
            var entries = context.GlossaryEntries;
            int sentence = 0;
            string? section = null;
            int previousTurn = -1;
            var turnVoices = new List<(int Paragraph, string? Voice)>();
            foreach (var ap in document.Paragraphs)
            {
                // "PAKISTAN" / "NATO" over a roundup's paragraphs: the side the heading names is the side of the offices under it
                if (IsHeading(ap)) section = context.Parties.FromText(ap.Text) ?? context.Parties.FromText(string.Join(" ", ap.Tokens.Select(t => Casing.TitleCaseWord(t.Text))));
                resolver.SectionParty = section;
                resolver.TurnParty = turnParty.TryGetValue(ap.Index, out var tp) ? tp : null;
                resolver.InTurn = turns.ContainsKey(ap.Index);
                // the labelled turn before this one (the question a turn answers), or none; the paragraphs between are that turn's
                if (resolver.InTurn)
                {
                    resolver.PreviousTurnStart = previousTurn;
                    previousTurn = ap.Index;
                    turnVoices.Add((ap.Index, turns[ap.Index].Root.Source?.Text));
                    resolver.ExchangeStart = ExchangeStart(turnVoices);
                }
                resolver.DatedEntry = Clauses.OpensDatedEntry(ap);
                resolver.EntryStart = ap.EntryStart;
                for (int si = 0; si < ap.Sentences.Count; si++)
                {
                    sentence++;
                    resolver.OpensParagraph = si == 0;
                    // the last place that opened a sentence of the paragraph up to this one (SceneOf, carried from sentence to sentence)
                    resolver.Scene = OpeningPlace(ap.Tokens, ap.Sentences[si].Start, ap.Sentences[si].End) ?? (si == 0 ? null : resolver.Scene);
                    bySentence.TryGetValue((ap.Index, si), out var here);
                    // salience: the subject of a clause that opens the sentence ("Although the IMF did not …, it said"),
                    // the sentence's subject, then the speakers of its attributions
                    // (in a turn's first sentence, the subject after its label: "REYES: The union leader, Ade Kole, met them."
                    // is Kole's sentence, whatever the label reads as)
                    // (a who's-who entry's first sentence is about its head, "Ada Lund, army spokeswoman — …": the "he", "she" and
                    // "his" of the entry stand for her)
                    var subject = (si == 0 && entries.TryGetValue(ap.Index, out var entry) ? entry.Head : null) ??
                                  SubjectAfterTurnLabel(context, ap, si, turns) ?? context.SubjectOf(ap, si);
                    // "The harbour master, Ivo Chandor, said …": the name set off after a described subject names the subject
                    var apposed = subject != null && here != null ? ApposedNameSource(here, subject, ap) : null;
                    // "Yet there at the back was Reyes, the ferry pilot.": the person the sentence puts in the scene, when the
                    // document knew them before or wrote their name in full (a name first met here may be a place: "There
                    // was Dover Harbour, …")
                    if (subject == null && context.ClausesFor(ap).ExistentialSubject(ap.Tokens, ap.Sentences[si].Start, ap.Sentences[si].End) is { } present &&
                        (here == null || !HasSourceAt(here, present.CharStart)))
                    {
                        int known = resolver.Entities.Count;
                        if (resolver.Resolve(present, ap, sentence) is { } person && person.Kind == EntityKind.Person &&
                            (resolver.Entities.Count == known || person.Display != present.Text && person.Display.IndexOf(' ') > 0))
                            resolver.Touch(person, sentence, ap.Index);
                    }
                    // "The army's version begins with the helicopters. The posts, it says, …": a sentence whose subject is a body's
                    // telling of events puts that body in view, after anything read before, for a later "it"
                    if (subject == null && Clauses.AccountOwner(ap.Tokens, ap.Sentences[si].Start, ap.Sentences[si].End) is { } told &&
                        resolver.Resolve(told, ap, sentence) is { Kind: EntityKind.Organisation } teller)
                        resolver.Touch(teller, sentence, ap.Index);
                    // "How long the Pakistani army says the strike went on. It says its officers …": an explainer's caption that is a
                    // free relative, or its heading that asks what a side says ("What does the US say?"), puts its subject in view, a
                    // body or a person, for a later "it" or "he" (not the headline's: "What the papers say: …" is the digest's topic)
                    if (subject == null && (here == null || here.Count == 0) && ap.Section != ParagraphSection.Title &&
                        context.ClausesFor(ap).FreeRelativeSubject(ap.Tokens, ap.Sentences[si].Start, ap.Sentences[si].End) is { } captioned &&
                        resolver.Resolve(captioned, ap, sentence) is { Kind: EntityKind.Organisation or EntityKind.Person } inCaption)
                        resolver.Touch(inCaption, sentence, ap.Index);
                    bool personal = subject != null && subject.IsPronoun && subject.Owner == null && Lexicon.Is(subject.Determiner, WordClass.GenderedPronoun);
                    var opening = subject != null && subject.IsPronoun && (Lexicon.Is(subject.Determiner, WordClass.GroupPronoun) || personal)
                        ? OpeningClauseSubject(context, ap, si, personal) : null;
                    // "When Ortiz was asked about the pier, he said …": the main clause's "he" is the opening clause's subject
                    Entity? pinned = null;
                    if (opening != null && (here == null || !HasSourceAt(here, opening.CharStart)))
                    {
                        var e = resolver.Resolve(opening, ap, sentence);
                        // (for "he" or "she" only the person of that gender: "Though Sanders led Clinton, she …" is someone else)
                        if (personal) e = pinned = SameGender(e, subject!.Determiner);
                        if (e != null) resolver.Touch(e, sentence, ap.Index);
                    }
                    // the person the sentence's own subject names, once resolved (for a "he said" after a quotation later in it)
                    Entity? subjectPerson = null, deferred = null;
                    // "According to the army, the Northern report is flawed": a subject inside what a source before it says is read
                    // after that source, which takes no side from it (ReadSubjectInContentLast)
                    bool late = subject != null && here != null && !HasSourceAt(here, subject.CharStart) && SubjectInContentOfSourceBefore(here, subject, ap);
                    // "President Reyes condemned the raid. His spokesman, Omar Daud, said …": the principal the possessive stands for,
                    // read before the office and the name are
                    var principal = apposed != null ? resolver.Principal(subject!, ap, sentence) : null;
                    if (subject != null && !late && (here == null || !HasSourceAt(here, subject.CharStart)))
                    {
                        var e = pinned ?? resolver.Resolve(subject, ap, sentence);
                        // "Northern troops had been attacked without warning, he said": a group, a body or a thing that is the subject of
                        // what a "he" or "she" after it says is put in view once that pronoun is read, so that it stands for the one
                        // who spoke just before, as it would without the reported clause's subject (not someone read before that one)
                        if (e != null && !e.IsIndividual && here != null && SubjectInContentOfPronounAfter(here, subject, ap)) deferred = e;
                        else if (e != null) resolver.Touch(e, sentence, ap.Index);
                        subjectPerson = e;
                        // "A US official travelling with Clinton briefed reporters on the plane. He said …": one who met the press
                        // has the floor, and the "he" or "she" after it is theirs as after their own words
                        // ("A spokesman for the embassy went further. “…,” he said.": so has one who took a stand, in a sentence that says no more)
                        if (e != null && e.IsIndividual && (context.ClausesFor(ap).MetThePress(ap.Tokens, subject, ap.Sentences[si].End) ||
                                                            Clauses.TookAStand(ap.Tokens, subject, ap.Sentences[si].End))) e.LastStated = true;
                    }
                    if (subject != null && !late && subject.Kind == MentionKind.Name && (here == null || !HasSourceAt(here, subject.CharStart))) resolver.NamedSubject(subjectPerson, sentence, plain: true);
                    // "The deputy harbour master from Dover, Ivo Chandor of the pilots' union, spoke to the crowd. “…,” he said.": a person
                    // named in full and set off after a described subject is the sentence's named subject when the sentence reports
                    // nothing of the subject's own (with a verb of saying the name is the attribution's source: ApposedNameSource)
                    else if ((subject == null || subject.Kind == MentionKind.Description) &&
                             context.ClausesFor(ap).NameSetOffAfterSubject(ap.Tokens, ap.Sentences[si].Start, ap.Sentences[si].End) is { } setOff &&
                             (here == null || !HasSourceAt(here, setOff.CharStart) && (subject == null || !HasSourceAt(here, subject.CharStart))) &&
                             resolver.Resolve(setOff, ap, sentence) is { Kind: EntityKind.Person } named)
                    {
                        resolver.Touch(named, sentence, ap.Index);
                        resolver.NamedSubject(named, sentence, plain: true);
                    }
                    // "The statement says nothing of the harbour, but a senior officer speaking to Dana was blunt. “…,” he said.": the
                    // person a clause of contrast puts forward as its subject is the one read last, whatever its verb, for a "he" or
                    // "she" after it (not someone of an earlier sentence who spoke)
                    if (context.ClausesFor(ap).ContrastClauseSubject(ap.Tokens, ap.Sentences[si].Start, ap.Sentences[si].End) is { } contrasted &&
                        !contrasted.IsPronoun && (here == null || !HasSourceAt(here, contrasted.CharStart)) &&
                        resolver.Resolve(contrasted, ap, sentence) is { IsIndividual: true, Plural: false } contrastedPerson)
                        resolver.Touch(contrastedPerson, sentence, ap.Index);
                    if (here == null) continue;
                    foreach (var a in InMentionOrder(here))
                    {
                        // (the late subject is read once the sources before it are, before any source at or after it: a "they" in
                        // what the source says still finds it)
                        if (late && a.Source!.CharStart >= subject!.CharStart) { ReadSubjectInContentLast(resolver, here, subject, ap, sentence); late = false; }
                        // "Also, Reyes is no friend of the harbour, he said.": the pronoun after a reported clause is not its subject
                        resolver.NotTheSpeaker = SurnameOfContentBefore(context, a, ap);
                        resolver.AnswerCue = CueIs(a, VerbTag.Rejoinder);
                        resolver.PronounSource = a.Source is { IsPronoun: true, Owner: null } pronounSource && Lexicon.Is(pronounSource.Determiner, WordClass.GenderedPronoun);
                        // "Flynn said Trump was right when he said …": the reported clause's subject is the nearest one
                        var speaker = (pinned != null && a.Source!.CharStart == subject!.CharStart ? pinned : null)
                                      ?? AntecedentSpoken(here, a.Source!)
                                      ?? (a.SourceTokens != null ? resolver.ReportedSubject(a.Source!, a.SourceTokens, ap.Sentences[si].Start) : null)
                                      ?? SubjectBeforeQuotationTag(ap, si, subject, subjectPerson, a.Source!)
                                      ?? HostOfAsideBefore(here, a, ap, subject, subjectPerson)
                                      ?? StatementIssuedBefore(context, resolver, a, ap, si, subject, sentence)
                                      ?? ThingPossessiveOwner(context, resolver, a, subject, subjectPerson, sentence)
                                      ?? DocumentObjectJustBefore(context, resolver, a, ap, si, subject, sentence)
                                      ?? LabelledDocumentJustBefore(context, resolver, a, ap, si, subject, sentence)
                                      ?? resolver.Resolve(a.Source!, ap, sentence)
                                      ?? DocumentWrittenBefore(context, resolver, a, sentence);
                        resolver.NotTheSpeaker = null;
                        resolver.AnswerCue = false;
                        resolver.PronounSource = false;
                        // "He said Isaac zeroed in on …": a "he" or "she" never stands for the person its own reported clause names as
                        // its subject; no speaker rather than the wrong one
                        if (speaker != null && NamesPronounsOwnSubject(a, ap, speaker) && !resolver.SharesSurname(speaker)) speaker = null;
                        if (speaker != null && IsBareGeneric(speaker) && a.CueWords != null && a.SourceTokens != null)
                        {
                            // "officials said in a statement published on the department's website"
                            // (never from the words of what they say: "Experts said it was a sign of Iran's strength" is the experts')
                            var said = ReferenceEquals(a.SourceTokens, ap.Tokens) ? a.Content : (TextSpan?)null;
                            var owner = StatementOwner(resolver, a.SourceTokens, a.CueWords.End, Math.Min(a.SourceTokens.Count, ap.Sentences[si].End), ap, sentence, said);
                            if (owner != null) speaker = owner;
                        }
                        // "REYES: I told them, “…”": in someone's turn "I" is the one whose turn it is, once known (a label
                        // such as "A:" names no one)
                        if (speaker != null && speaker.IsFirstPerson && !speaker.Plural && turns.TryGetValue(ap.Index, out var turn) && turn != a &&
                            turn.Speaker != null && turn.Speaker.IsIndividual && !turn.Speaker.IsFirstPerson && turn.Speaker.Display.Length > 2)
                            speaker = turn.Speaker;
                        a.Speaker = speaker;
                        if (speaker != null && a.IsTurn) resolver.TookTurn(speaker);
                        // "The MNA said Pakistan would not accept the inquiry led by Gen. Jo Bell.": the words after a cue whose source
                        // is written before it, to the sentence's end, are the speaker's; a name in them is no newcomer a later "he" takes
                        if (speaker != null && !a.IsTurn && a.SourceParagraph == ap && ReferenceEquals(a.SourceTokens, ap.Tokens) && a.Cue is { } cue &&
                            a.Source!.CharEnd <= cue.Start - ap.Start && cue.End <= a.Content.Start)
                            resolver.WordsSaid(ap.Index, cue.End - ap.Start, ap.Tokens[ap.Sentences[si].End - 1].End);
                        if (subject != null && (a.Source!.CharStart == subject.CharStart || a.Source == apposed))
                        {
                            // "President Reyes condemned the raid. His spokesman, Omar Daud, said …": a name set off after "his" or "her"
                            // and an office, the name giving no side of its own, speaks for the side of the principal the possessive
                            // stands for, as the office alone would
                            if (a.Source == apposed && speaker is { Kind: EntityKind.Person, Party: null } && principal is { Party: { } principalSide } &&
                                principal != speaker) speaker.Party = principalSide;
                            subjectPerson = speaker;
                            if (subject.Kind == MentionKind.Name || a.Source == apposed) resolver.NamedSubject(speaker, sentence, plain: false, reported: a.Kind == AttributionKind.Indirect);
                        }
                        if (speaker != null && !IsBesideSubject(a))
                        {
                            speaker.Spoke = true;
                            // (one statement of the sentence is enough: "One officer, who asked not to be named, said …" states; a
                            // relative pronoun's statement is not read as one: "wanted a candidate who had not accepted …" is no speaker)
                            // (nor is a statement another speaker's report holds: "She recalled being told by a teacher that …" is hers to tell)
                            speaker.LastStated = a.Source!.Owner == null && (States(a) || AnswersAStatement(a)) && !ReportedInside(here, a) || speaker.LastStated && speaker.LastSentence == sentence;
                            // ("dismissed the American suggestion that …": a side's account named by its adjective is no subject the
                            // text goes on about; "the response said" after it is still the dismissing side's)
                            if (!Rules.OwnedStatement.IsSideAccount(a)) resolver.Touch(speaker, sentence, ap.Index);
                        }
                    }
                    if (late) { ReadSubjectInContentLast(resolver, here, subject!, ap, sentence); late = false; }
                    if (deferred != null) ReadSubjectBeforePronounLast(resolver, here, deferred, subject!, sentence, ap.Index);
                    ReadOuterSpeakersLast(resolver, here, sentence, ap.Index);
                }
            }
            foreach (var a in context.Found)
                if (a.ContinuesFrom != null) a.Speaker = a.Root.Speaker;
            IssuersOwnWe(context);
            LetterheadSide(context);
            TranscriptHeadingSide(context);
            LegislatureRecordSide(context);
        }

        /// <summary>How many paragraphs a transcript's heading may hold above its first labelled line ("THE WHITE HOUSE ¶ Office of … ¶ PRESS BRIEFING BY … ¶ place ¶ date ¶ time").</summary>
        private const int TranscriptHeadingLines = 8;

        /// <summary>The longest line of a transcript's heading (<see cref="TranscriptHeadingSide"/>): a longer one is prose.</summary>
        private const int TranscriptHeadingLength = 200;

        /// <summary>
        /// "THE WHITE HOUSE ¶ PRESS BRIEFING BY PRESS SECRETARY JO BELL ¶ … ¶ MR. BELL: …", "Transcript of the Weekly Press Briefing by
        /// the Foreign Office Spokesperson ¶ Ministry of Foreign Affairs, Islamabad ¶ … ¶ SPOKESPERSON: …": a transcript whose heading
        /// says whose briefing it is ("by" and the briefer, last word the label's surname or noun) and names the seat it is issued
        /// from (a line, or a line's last part after a comma, that is a country or its capital or seat: "The White House",
        /// "Islamabad") gives the briefer's turns that country's side, when they have none of their own. Two seats of two countries
        /// give none; a question's label ("Q:", "QUESTION:") is never the briefer.
        /// </summary>
        private static void TranscriptHeadingSide(AttributionContext context)
        {
            Country? seat = null;
            string? briefer = null;
            foreach (var titled in TranscriptHeading(context))
            {
                foreach (var part in titled.Split(','))
                {
                    var place = part.Trim();
                    if (place.StartsWith("The ", StringComparison.Ordinal)) place = place.Substring(4);
                    if (place.Length == 0 || CountryTable.FindCountryOrCapital(place) is not { } c) continue;
                    if (seat != null && seat != c) return;
                    seat = c;
                }
                // "… BRIEFING BY PRESS SECRETARY JO BELL", "… by the Foreign Office Spokesperson": the briefer's last word
                var words = titled.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                for (int i = 0; i + 1 < words.Length; i++)
                    if (Lexicon.IsAsWritten(words[i].ToLowerInvariant(), WordGroup.Agent)) briefer = words[words.Length - 1];
            }
            if (seat == null || briefer == null) return;
            foreach (var a in context.Found)
            {
                if (!a.IsTurn || a.Speaker is not { } speaker || speaker.Party != null || a.Source == null || Rules.SpeakerLabel.IsQuestionLabel(a.Source)) continue;
                var last = speaker.Kind == EntityKind.Person ? PartyResolver.LastWord(speaker.Display) : a.Source.Kind == MentionKind.Description ? a.Source.Head : null;
                if (last == null || !last.Equals(briefer, StringComparison.OrdinalIgnoreCase)) continue;
                speaker.Party = context.Parties.MapCountry(seat);
            }
        }

        /// <summary>
        /// The lines of a transcript's heading: the short paragraphs that are no sentence, up to <see cref="TranscriptHeadingLines"/>
        /// of them right above its first labelled turn, a line in capitals title-cased ("SENATE OF NORTHLAND" → "Senate Of
        /// Northland"); none when the document has no turn or opens with one.
        /// </summary>
        private static IEnumerable<string> TranscriptHeading(AttributionContext context)
        {
            var ps = context.Document.Paragraphs;
            int first = int.MaxValue;
            foreach (var a in context.Found)
                if (a.IsTurn && a.ContinuesFrom == null && a.Paragraph.Index < first) first = a.Paragraph.Index;
            if (first == int.MaxValue || first == 0) yield break;
            for (int k = Math.Max(0, first - TranscriptHeadingLines); k < first; k++)
            {
                var text = ps[k].Text.Trim();
                if (text.Length == 0 || text.Length > TranscriptHeadingLength || PageCruftEndsSentence(text)) continue;
                yield return Casing.IsAllCaps(text) ? string.Join(" ", text.Split(' ').Select(Casing.TitleCaseWord)) : text;
            }
        }

        /// <summary>
        /// "SENATE OF NORTHLAND ¶ OFFICIAL REPORT ¶ … ¶ MR. CHAIRMAN: … ¶ JO BELL (Minister for Ports): …": the record of a country's
        /// legislature (a heading line that is a house's word, organisation-words.txt 'legislature', then "of" and a country, and
        /// nothing after it) gives the person whose turn's label names them with an office ("(Minister for Ports)", ", MINISTER
        /// FOR PORTS") that country's side, in all their turns, when they have none of their own: the minister who answers in a
        /// national house speaks for its government. The members who ask are left as they are (a question relays the other
        /// side's account as often as it gives the asker's), and so is a label the resolver read as someone else. Heading lines
        /// that name the houses of two countries give none.
        /// </summary>
        private static void LegislatureRecordSide(AttributionContext context)
        {
            Country? house = null;
            foreach (var titled in TranscriptHeading(context))
            {
                if (LegislatureOf(titled) is not { } c) continue;
                if (house != null && house != c) return;
                house = c;
            }
            if (house == null) return;
            foreach (var a in context.Found)
            {
                if (!a.IsTurn || a.Speaker is not { Kind: EntityKind.Person, Party: null } speaker || a.Source is not { Kind: MentionKind.Name } label ||
                    !PersonName.IsOffice(label.Apposition) || label.Name == null || !PartyResolver.LastWord(label.Name).Equals(PartyResolver.LastWord(speaker.Display), StringComparison.Ordinal)) continue;
                speaker.Party = context.Parties.MapCountry(house);
            }
        }

        /// <summary>
        /// The country of a heading line that names a legislature with it, "Senate Of Northland", "National Assembly of Northland":
        /// the words before "of" end in a house's word (organisation-words.txt 'legislature') and the words after it are one
        /// country's name; null for another line ("Senate Armed Services Committee", "House of Lords").
        /// </summary>
        internal static Country? LegislatureOf(string line)
        {
            var words = line.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 1; i + 1 < words.Length; i++)
            {
                if (!words[i].Equals("of", StringComparison.OrdinalIgnoreCase)) continue;
                if (!Lexicon.IsOrganisationWord(words[i - 1], OrganisationWordTag.Legislature)) return null;
                return CountryTable.Find(string.Join(" ", words, i + 1, words.Length - i - 1));
            }
            return null;
        }

        /// <summary>True when a line ends as a sentence does (a full stop, a question or an exclamation mark).</summary>
        private static bool PageCruftEndsSentence(string text) => text[text.Length - 1] is '.' or '?' or '!';

        /// <summary>How many paragraphs above a release's heading its letterhead's lines may stand ("MINISTRY OF … ¶ ISLAMABAD ¶ PRESS RELEASE").</summary>
        private const int LetterheadLines = 3;

        /// <summary>
        /// "Harbour Board ¶ ISLAMABAD ¶ PRESS RELEASE … ¶ Harbour Board Press Office": a release (<see cref="Rules.PressRelease"/>,
        /// headed by its name, not a signed letter) printed under a letterhead whose place line is a country's capital alone
        /// speaks for that country when its issuer has no side of its own: the office that issues papers from the capital is
        /// the state's. A city that is no capital, or an issuer with a side, leaves the side as it is.
        /// </summary>
        private static void LetterheadSide(AttributionContext context)
        {
            FoundAttribution? release = null;
            foreach (var a in context.Found)
                if (a.Rule == nameof(Rules.PressRelease) && a.ContinuesFrom == null) { release = a; break; }
            if (release?.Speaker is not { } issuer || issuer.Party != null || issuer.IsFirstPerson || release.Place != CuePlace.Before || release.Cue is not { } mark) return;
            var ps = context.Document.Paragraphs;
            int heading = -1;
            for (int k = 0; k < ps.Count && heading < 0; k++)
                if (ps[k].Start <= mark.Start && mark.Start < ps[k].Start + ps[k].Text.Length) heading = k;
            for (int k = heading - 1; k >= 0 && k >= heading - LetterheadLines; k--)
            {
                if (DatelineCountry.CapitalLine(ps[k]) is not { } country) continue;
                issuer.Party = context.Parties.MapCountry(country);
                return;
            }
        }

        /// <summary>How many capitalised words of a name may stand before its surname at the start of a reported clause ("Oscar Isaac", "Gen. Ada Lund").</summary>
        private const int NameWordsBeforeSurname = 2;

        /// <summary>
        /// True when the source is a "he" or "she" and the reported clause (indirect or mixed) opens with the person it was resolved
        /// to, by name and not in the possessive: "He said Isaac zeroed in …" (after an optional "that"). A pronoun and a name that
        /// follows it in its own clause's complement are two people; "He said Isaac's team …" may still be Isaac. A source written
        /// after its content is read before it ("Isaac, he said, …") and is not this.
        /// </summary>
        private static bool NamesPronounsOwnSubject(FoundAttribution a, AnalysedParagraph ap, Entity speaker)
        {
            var m = a.Source!;
            if (m.Kind != MentionKind.Pronoun || m.Owner != null || !Lexicon.Is(m.Determiner, WordClass.GenderedPronoun)) return false;
            // (the content after its source: "Reyes was asked, “…”, he said" names him before the pronoun)
            if (speaker.Kind != EntityKind.Person || a.Kind == AttributionKind.Direct || a.Paragraph != ap || a.SourceSpan is not { } source || a.Content.Start < source.End) return false;
            int at = a.Content.Start - ap.Start;
            if (at < 0 || at >= ap.Text.Length) return false;
            string surname = PartyResolver.LastWord(speaker.Display);
            if (surname.Length == 0) return false;
            var words = ap.Text.Substring(at, Math.Min(a.Content.Length, ap.Text.Length - at)).Split(' ');
            int w = words.Length > 1 && Lexicon.Is(words[0], WordGroup.Complementizer) ? 1 : 0;
            for (int n = 0; w < words.Length && n <= NameWordsBeforeSurname; w++, n++)
            {
                string word = words[w];
                if (word.Length == 0 || !char.IsUpper(word[0])) return false;
                if (word.Equals(surname, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Also, Reyes is no friend of the harbour, he said.": the surname of the person a reported clause (indirect or mixed)
        /// names as its subject when the clause stands before its "he" or "she" source in the same paragraph; null otherwise. The
        /// writer reports what someone said about that person: the pronoun is the one who said it ("“…,” he said" after a quotation
        /// is not this: its words are not read for names).
        /// </summary>
        private static string? SurnameOfContentBefore(AttributionContext context, FoundAttribution a, AnalysedParagraph ap)
        {
            var m = a.Source!;
            if (m.Kind != MentionKind.Pronoun || m.Owner != null || !Lexicon.Is(m.Determiner, WordClass.GenderedPronoun)) return null;
            // ("Reyes pledges to cut the levy, as he put it on Monday": the "as" clause is a remark on the subject's own words)
            if (a.Rule == nameof(Rules.AsCue)) return null;
            if (a.Kind == AttributionKind.Direct || a.Paragraph != ap || !ReferenceEquals(a.SourceTokens, ap.Tokens) || a.SourceSpan is not { } source ||
                a.Content.End > source.Start || a.Content.Start < ap.Start) return null;
            int s = ap.TokenAt(a.Content.Start - ap.Start);
            if (s >= m.Start) return null;
            var subject = context.ClausesFor(ap).Subject(ap.Tokens, s, m.Start);
            return subject is { Kind: MentionKind.Name } ? PartyResolver.LastWord(subject.Text) : null;
        }

        /// <summary>
        /// "PRESS RELEASE … We reject the notion that … ¶ Harbour Board": in a release whose own sentences are its issuer's
        /// (<see cref="Rules.PressRelease"/>), the writers' "we" of those sentences is the issuer, not the writer; a "we"
        /// inside a quotation stays the quoted speaker's, and one outside the release's own text (before its heading, or
        /// after its last statement or its closing line) stays the writer's. A signed letter's text runs from its salutation to
        /// its close ("Dear Mr. Secretary: … We ask … Sincerely, ¶ Rep. Ann Cole"): its "we" is its signers'.
        /// </summary>
        private static void IssuersOwnWe(AttributionContext context)
        {
            FoundAttribution? release = null;
            int from = int.MaxValue, to = -1;
            foreach (var a in context.Found)
            {
                if (a.Rule != nameof(Rules.PressRelease)) continue;
                if (a.ContinuesFrom == null) release = a;
                if (a.Cue is { } c) from = Math.Min(from, c.Start);
                from = Math.Min(from, a.Content.Start);
                to = Math.Max(to, a.Content.End);
            }
            if (release?.Speaker is not { } issuer || issuer.IsFirstPerson) return;
            // a release signed on its closing line runs up to that line; a signed letter, whose close is its cue, from its salutation
            if (release.SourceSpan is { } signed && signed.Start > to) to = signed.Start;
            if (release.Place == CuePlace.After && release.Cue is { } close && Rules.PressRelease.SalutationBefore(context.Document, close.Start) is { } salutation)
                from = Math.Min(from, salutation.Start + salutation.Text.Length);
            foreach (var a in context.Found)
            {
                if (a.ContinuesFrom != null || a.Speaker is not { IsWriter: true, Plural: true } || a.SourceParagraph == null ||
                    !ReferenceEquals(a.SourceTokens, a.SourceParagraph.Tokens) || a.SourceSpan is not { } at || at.Start < from || at.Start >= to) continue;
                a.Speaker = issuer;
            }
            foreach (var a in context.Found)
                if (a.ContinuesFrom != null && a.Root.Speaker == issuer) a.Speaker = issuer;
        }

        /// <summary>
        /// "Asked by a caller why …, Cain said", "As reported by the Courier, Tiegen found …": the asker of a question or the outlet
        /// a passive phrase cites (<see cref="Rules.AskedByAgent"/>, <see cref="Rules.AsReportedBy"/>) stands beside the sentence's
        /// own subject, no speaker the text goes on about: a "he" or "it" after it is not theirs.
        /// </summary>
        private static bool IsBesideSubject(FoundAttribution a) => a.Rule == nameof(Rules.AskedByAgent) || a.Rule == nameof(Rules.AsReportedBy);

        /// <summary>
        /// "One senior officer, who asked not to be named, said …": a relative pronoun whose antecedent is the source of an
        /// attribution of the same sentence, resolved already, is that speaker (an indefinite description resolved twice
        /// would be two people). Null otherwise.
        /// </summary>
        private static Entity? AntecedentSpoken(List<FoundAttribution> here, Mention source)
        {
            if (source.Kind != MentionKind.Pronoun || source.Owner is not { } owner) return null;
            foreach (var b in here)
                if (b.Speaker != null && b.Source!.CharStart == owner.CharStart) return b.Speaker;
            return null;
        }

        /// <summary>
        /// True when the attribution's cue is a verb that puts forward a statement (tagged claim: "said", "told"), not a
        /// question ("asked"): its own verb, else the first reporting verb of its words (reported speech keeps only the words).
        /// </summary>
        private static bool States(FoundAttribution a) => CueIs(a, VerbTag.Claim);

        /// <summary>The most words the object of <see cref="AnswersAStatement"/> may have: a determiner, an adjective or two and the noun.</summary>
        private const int AnsweredStatementWords = 4;

        /// <summary>
        /// "A Turkish official questioned that explanation.", "She challenged the army's account.": a cue of judging or denying
        /// (reporting-verbs.txt 'judgement', 'denial') whose whole content is a short noun phrase of a determiner and a noun of
        /// saying (words.txt 'statement-noun') that closes the sentence: the subject answers what another said, and has the
        /// floor as one who made a statement has (a "he said" right after it is theirs).
        /// </summary>
        private static bool AnswersAStatement(FoundAttribution a)
        {
            if (!CueIs(a, VerbTag.Judgement | VerbTag.Denial)) return false;
            var ap = a.Paragraph;
            int at = a.Content.Start - ap.Start;
            if (at < 0 || a.Content.Length <= 0 || at + a.Content.Length > ap.Text.Length) return false;
            var words = ap.Text.Substring(at, a.Content.Length).TrimEnd('.', ' ').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words.Length > AnsweredStatementWords) return false;
            for (int w = 0; w < words.Length; w++)
                if (words[w].Length == 0 || !char.IsLetter(words[w][words[w].Length - 1]) && !(w == 0 && Possessive.EndsIn(words[w]))) return false;
            var first = words[0].ToLowerInvariant();
            bool determined = Lexicon.Is(first, WordGroup.DefiniteDeterminer) || Lexicon.Is(first, WordGroup.GroupPossessive) || Possessive.EndsIn(words[0]);
            return determined && Lexicon.Is(words[words.Length - 1].ToLowerInvariant(), WordTag.StatementNoun);
        }

        /// <summary>
        /// True when the attribution's cue is a verb with the tag: its own verb, else the first reporting verb of its words
        /// (reported speech keeps only the words).
        /// </summary>
        private static bool CueIs(FoundAttribution a, VerbTag tag)
        {
            if (a.CueWords is not { } cue) return false;
            if (cue.Verb != null) return cue.Verb.Has(tag);
            var tk = a.SourceTokens;
            for (int x = cue.Start; tk != null && x < cue.End && x < tk.Count; x++)
                if (tk[x].IsWord && Lexicon.AnyVerb(tk[x].Text) is { } verb) return verb.Has(tag);
            return false;
        }

        /// <summary>How many connectives ("But", "And") may stand before the subordinator of an opening clause.</summary>
        private const int OpeningConnectives = 2;

        /// <summary>
        /// "Although the IMF did not single out …, it referenced …": the subject of a subordinate clause that opens the
        /// sentence, when it is a name or an organisation followed by its verb (a lower-case word); null otherwise. Read
        /// before the main clause's subject when that is "it" or "they", which it may stand for. With
        /// <paramref name="person"/>, for a main clause's "he" or "she" ("When Ortiz was asked …, he said"): only a name,
        /// and not after a subordinator of a condition, whose clause is part of what is said ("If Ortiz loses, he said, …").
        /// </summary>
        private static Mention? OpeningClauseSubject(AttributionContext context, AnalysedParagraph ap, int si, bool person)
        {
            var (s, e) = ap.Sentences[si];
            var tk = ap.Tokens;
            int k = s;
            while (k < e && k - s < OpeningConnectives && tk[k].IsWord && tk[k].Has(WordTag.Intro) && !tk[k].Has(WordTag.Subordinator)) k++;
            if (k + 2 >= e || !tk[k].IsWord || !tk[k].Has(WordTag.Subordinator)) return null;
            if (person && tk[k].Has(WordTag.Conditional)) return null;
            var m = context.ClausesFor(ap).Mentions.Parse(tk, k + 1, e, inverted: false);
            if (m == null || m.Next >= e || !tk[m.Next].IsLowerWord || tk[m.End - 1].EndsInApostropheS) return null;
            if (person)
            {
                // "As Alan Grayson’s Senate campaign began …": a possessor is no subject
                for (int x = m.Start; x < m.End; x++)
                    if (tk[x].EndsInApostropheS) return null;
                return m.Kind == MentionKind.Name ? m : null;
            }
            return m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || m.Kind == MentionKind.Description && m.IsOrganisationHead ? m : null;
        }

        /// <summary>How many paragraphs before its own a bare "the statement" looks for the sentence that issued it.</summary>
        private const int IssuedStatementReach = 2;

        /// <summary>
        /// "The embassy issued a statement on Sunday. The statement said …", "Lund released a statement condemning … ¶ “…,” the
        /// statement said.", "The board has released a short statement. It says …": a bare "the statement" (a definite missive
        /// word with no words of its own: "statement", "letter", "message") is the missive of that word that a sentence before
        /// it issued, and speaks for the one who issued it (<see cref="Rules.IssuedMissive.Issuer"/>), when the nearest
        /// earlier sentence that holds the word, in its paragraph or the <see cref="IssuedStatementReach"/> before, is that
        /// sentence; an "it" opening its sentence with a verb a document can take ("says", "reads") only after the sentence
        /// right before it, when one issuer (not a group) issued it and no organisation is named after the missive. A document of words of its own ("the new statement", "the statement from Lund", "the ministry's
        /// statement"), a document of another word ("the report") and a missive named again in between ("Ostland rejected the
        /// statement") are left to the resolver. Null otherwise.
        /// </summary>
        private static Entity? StatementIssuedBefore(AttributionContext context, SpeakerResolver resolver, FoundAttribution a, AnalysedParagraph ap, int si, Mention? subject, int sentence)
        {
            var m = a.Source!;
            if (m.Owner != null) return null;
            bool it = m.Kind == MentionKind.Pronoun && subject != null && subject.CharStart == m.CharStart &&
                      Lexicon.IsAsWritten(m.Determiner, WordGroup.ThingPronoun) && CueIs(a, VerbTag.Document);
            bool missive = m.Kind == MentionKind.Description && m.IsDocument && m.Modifiers.Count == 0 && m.PostModifier == null && m.Apposition == null &&
                           Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteDeterminer) && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Missive);
            if (!it && !missive) return null;
            var ps = context.Document.Paragraphs;
            for (int pi = ap.Index; pi >= 0 && pi >= ap.Index - IssuedStatementReach; pi--)
            {
                var sp = ps[pi];
                if (sp.Section != ParagraphSection.Body) return null;
                for (int s = pi == ap.Index ? si - 1 : sp.Sentences.Count - 1; s >= 0; s--)
                {
                    var issuer = Rules.IssuedMissive.Issuer(context, sp, s, out _, out int word);
                    if (it)
                    {
                        // (not a group's, "Hundreds of pilots sent a letter … it read": the letter, of no one "it" can name; nor
                        // past an organisation named after the missive, "… urging the Harbour Authority to act", whom "it" may mean)
                        if (issuer == null || issuer.Plural || OrganisationNamedAfter(sp, s, word)) return null;
                    }
                    else
                    {
                        // the nearest sentence that names the missive's word is the one that issued it, or the missive is another
                        var (s0, s1) = sp.Sentences[s];
                        bool named = false;
                        for (int k = s0; k < s1 && !named; k++)
                            named = sp.Tokens[k].IsWord && string.Equals(sp.Tokens[k].Text, m.Head, StringComparison.OrdinalIgnoreCase);
                        if (!named) continue;
                        // "The navy's media wing said in a brief statement … ¶ “…,” the statement said": the one who said it in
                        // the statement
                        if (issuer == null && SaidInMissive(context, sp, s, m.Head) is { } said) return said;
                        // "In her statement, issued after the call, Lund said … ¶ “…,” the statement said": the statement is hers and
                        // speaks for her side (still the statement, which a later "It added …" stands for)
                        if (issuer == null && OpeningMissiveSpeaker(context, sp, s, m.Head) is { Party: { } side } &&
                            resolver.Resolve(m, ap, sentence) is { Kind: EntityKind.Document, Owner: null } document)
                        {
                            document.Party = side;
                            return document;
                        }
                        if (issuer == null || !string.Equals(sp.Tokens[word].Text, m.Head, StringComparison.OrdinalIgnoreCase)) return null;
                    }
                    var e = resolver.Resolve(issuer, sp, sentence);
                    return e != null && e.Kind != EntityKind.Document && !e.IsFirstPerson ? e : null;
                }
            }
            return null;
        }

        /// <summary>How many words may stand between "in a" and the missive after a cue ("said in a brief written statement").</summary>
        private const int SaidInMissiveWords = 3;

        /// <summary>
        /// "The navy's media wing said in a brief statement that …", "…, the ministry said in a statement.": the speaker of an
        /// attribution in sentence <paramref name="si"/> whose cue the missive word <paramref name="head"/> follows as its setting
        /// ("in", an indefinite article, at most <see cref="SaidInMissiveWords"/> words in lower case, the word): the one who
        /// issued that statement. Null when no attribution there is so, or its speaker is a document or the writer.
        /// </summary>
        private static Entity? SaidInMissive(AttributionContext context, AnalysedParagraph sp, int si, string head)
        {
            var tk = sp.Tokens;
            var (s0, s1) = sp.Sentences[si];
            foreach (var a in context.Found)
            {
                if (a.Paragraph != sp || a.SourceParagraph != sp || a.Cue is not { } cue || a.Speaker is not { } speaker || a.ContinuesFrom != null) continue;
                int c = -1;
                for (int k = s0; k < s1 && c < 0; k++)
                    if (sp.Start + tk[k].Start == cue.Start) c = k;
                if (c < 0) continue;
                int x = c + 1;
                while (x < s1 && tk[x].IsLowerWord && tk[x].Has(WordTag.CueAdverb)) x++;
                if (x + 2 >= s1 || !tk[x].IsLowerWord || !tk[x].Has(WordGroup.Setting) || !tk[x + 1].IsLowerWord || !tk[x + 1].Has(WordClass.IndefiniteArticle)) continue;
                if (MissiveAt(tk, x + 2, s1, head) >= 0) return speaker.Kind != EntityKind.Document && !speaker.IsFirstPerson ? speaker : null;
            }
            return null;
        }

        /// <summary>
        /// "In her statement, issued after the call, Lund said …", "In its letter, the board said …": a sentence that opens with the
        /// missive word <paramref name="head"/> as its setting ("in", a possessive or an article, at most
        /// <see cref="SaidInMissiveWords"/> words, the word, a comma): the speaker of the attribution of that sentence whose source
        /// comes first after the setting. Null when none, when two sources share its cue or its source joins two ("In a joint
        /// statement, Lund and Berg said"), or when its speaker is a document or the writer.
        /// </summary>
        private static Entity? OpeningMissiveSpeaker(AttributionContext context, AnalysedParagraph sp, int si, string head)
        {
            var tk = sp.Tokens;
            var (s0, s1) = sp.Sentences[si];
            if (s0 + 2 >= s1 || !tk[s0].IsCapitalized || !tk[s0].Has(WordGroup.Setting) || !tk[s0 + 1].IsLowerWord ||
                !(tk[s0 + 1].Has(WordTag.Possessive) || tk[s0 + 1].Has(WordClass.Article))) return null;
            int word = MissiveAt(tk, s0 + 2, s1, head);
            if (word < 0 || word + 1 >= s1 || tk[word + 1].Text != ",") return null;
            int from = tk[word + 1].End, sentenceEnd = tk[s1 - 1].End;
            FoundAttribution? first = null;
            foreach (var a in context.Found)
            {
                if (a.Paragraph != sp || a.SourceParagraph != sp || a.Cue == null || a.Speaker == null || a.ContinuesFrom != null || a.Source is not { } source) continue;
                if (source.CharStart < from || source.CharStart >= sentenceEnd) continue;
                if (first == null || source.CharStart < first.Source!.CharStart) first = a;
            }
            if (first == null) return null;
            // ("In a joint statement, Secretary Lund and Minister Berg said …": a statement of two is neither's alone)
            foreach (var a in context.Found)
                if (a != first && a.Paragraph == sp && a.Cue is { } cue && first.Cue is { } firstCue && cue.Start == firstCue.Start) return null;
            if (PartyResolver.IsJoint(first.Source!.Text)) return null;
            return first.Speaker is { } speaker && speaker.Kind != EntityKind.Document && !speaker.IsFirstPerson ? speaker : null;
        }

        /// <summary>
        /// The index of the missive word <paramref name="head"/> among the lower-case words from <paramref name="from"/> on
        /// (at most <see cref="SaidInMissiveWords"/> before it, "a brief written statement"), before <paramref name="end"/>; -1 when none.
        /// </summary>
        private static int MissiveAt(IReadOnlyList<Token> tk, int from, int end, string head)
        {
            for (int w = from; w < end && w - from <= SaidInMissiveWords && tk[w].IsLowerWord; w++)
                if (string.Equals(tk[w].Text, head, StringComparison.OrdinalIgnoreCase)) return w;
            return -1;
        }

        /// <summary>True when a capitalised organisation word follows the token in its sentence ("… a letter urging the Harbour Authority to act").</summary>
        private static bool OrganisationNamedAfter(AnalysedParagraph p, int sentence, int k)
        {
            var (_, e) = p.Sentences[sentence];
            for (int x = k + 1; x < e; x++)
                if (p.Tokens[x].IsCapitalized && p.Tokens[x].IsOrganisationWord) return true;
            return false;
        }

        /// <summary>
        /// "General Ada Vail led the inquiry. I have read her report. It found that …": an "it" that opens its sentence as the
        /// subject of a verb a document takes ("found", "concluded", "says") stands for the document (its head a document word)
        /// that ends the sentence just before in its paragraph as that sentence's object (a phrase of time may close that sentence
        /// after it: "Admiral Ada Vail delivered her report on March 3. It found …"), when the subject of that sentence is
        /// no thing "it" could stand for (a person, a pronoun of people, a description of people: not a body, "The ministry
        /// rejected the report. It said …", nor a document). The document owned so ("her report") speaks for its owner.
        /// Null when the sentences are not so.
        /// </summary>
        private static Entity? DocumentObjectJustBefore(AttributionContext context, SpeakerResolver resolver, FoundAttribution a, AnalysedParagraph ap, int si, Mention? subject, int sentence)
        {
            var m = a.Source!;
            if (si == 0 || m.Kind != MentionKind.Pronoun || m.Owner != null || subject == null || subject.CharStart != m.CharStart ||
                !Lexicon.IsAsWritten(m.Determiner, WordGroup.ThingPronoun) || !CueIs(a, VerbTag.Document)) return null;
            // the subject of the sentence before: one "it" never stands for
            var before = context.SubjectOf(ap, si - 1);
            if (before == null || before.Kind == MentionKind.Organisation ||
                before.Kind == MentionKind.Pronoun && Lexicon.IsAsWritten(before.Determiner, WordGroup.ThingPronoun) ||
                before.Kind == MentionKind.Description && (before.IsDocument || before.IsOrganisationHead)) return null;
            var tk = ap.Tokens;
            var (s0, s1) = ap.Sentences[si - 1];
            int x = s1 - 1;
            while (x > s0 && !tk[x].IsWord) x--;
            x = BeforeTimePhrase(tk, s0, x);
            if (x <= before.End || !tk[x].IsLowerWord || !tk[x].IsDocumentWord) return null;
            // the noun phrase the document word heads, right after the verb whose object it is (not after a preposition or
            // another function word: "wrote about the report"), read from its farthest start, so that it keeps the words that
            // say whose it is
            for (int st = Math.Max(before.End + 1, x - DocumentPhraseWords); st < x; st++)
            {
                var d = context.ClausesFor(ap).Mentions.Parse(tk, st, tk.Count, inverted: false);
                if (d == null || d.Kind != MentionKind.Description || !d.IsDocument || d.End != x + 1) continue;
                var verb = tk[d.Start - 1];
                if (!verb.IsLowerWord || verb.Has(WordTag.Preposition) || verb.Has(WordTag.Function)) return null;
                return resolver.Resolve(d, ap, sentence);
            }
            return null;
        }

        /// <summary>How many words of dates a phrase of time that closes a sentence may hold ("on December 22", "in late May 2019").</summary>
        private const int ClosingTimeWords = 3;

        /// <summary>
        /// "Admiral Ada Vail delivered her report on March 3.": the last word before a phrase of time that closes the sentence (a
        /// preposition, not a clause word, and one to <see cref="ClosingTimeWords"/> words of dates: a month, a day, a time word,
        /// a number), when the word <paramref name="x"/> (the sentence's last) ends one; else <paramref name="x"/>.
        /// </summary>
        private static int BeforeTimePhrase(IReadOnlyList<Token> tk, int s0, int x)
        {
            int n = 0, j = x;
            for (; j > s0 && tk[j].IsWord && n < ClosingTimeWords && (tk[j].Has(WordTag.Time | WordTag.Calendar) || HasDigit(tk[j].Text)); j--) n++;
            if (n == 0 || j <= s0 || !tk[j].IsLowerWord || !tk[j].Has(WordTag.Preposition) || tk[j].Has(WordGroup.Complementizer)) return x;
            return j - 1;
        }

        /// <summary>
        /// "Report: the harbour board's inquiry into the collapse, released in May. It found that …": an "it" that opens its
        /// sentence as the subject of a verb a document takes ("found", "says") stands for the document a verbless label line
        /// right before it in its paragraph names: that sentence is one capitalised word and a colon (a label, "Report:",
        /// "Findings:"), then a noun phrase headed by a document word (organisation-words.txt 'document') and only the words
        /// that modify it (a participle's phrase, a date), no finite verb or auxiliary. The document speaks for whose it is
        /// ("the board's inquiry"), as the resolver reads it. Null when the sentences are not so.
        /// </summary>
        private static Entity? LabelledDocumentJustBefore(AttributionContext context, SpeakerResolver resolver, FoundAttribution a, AnalysedParagraph ap, int si, Mention? subject, int sentence)
        {
            var m = a.Source!;
            if (si == 0 || m.Kind != MentionKind.Pronoun || m.Owner != null || subject == null || subject.CharStart != m.CharStart ||
                !Lexicon.IsAsWritten(m.Determiner, WordGroup.ThingPronoun) || !CueIs(a, VerbTag.Document)) return null;
            var tk = ap.Tokens;
            var (s0, s1) = ap.Sentences[si - 1];
            if (s0 + 3 >= s1 || !tk[s0].IsCapitalized || !tk[s0 + 1].Is(":")) return null;
            for (int k = s0 + 2; k < s1; k++)
                if (tk[k].IsQuote || tk[k].Is(":") || tk[k].Is(";") || tk[k].IsLowerWord && tk[k].Has(WordTag.Finite | WordTag.Auxiliary)) return null;
            var d = context.ClausesFor(ap).Mentions.Parse(tk, s0 + 2, s1, inverted: false);
            if (d == null || d.Start != s0 + 2 || d.Kind != MentionKind.Description || !d.IsDocument) return null;
            return resolver.Resolve(d, ap, sentence);
        }

        /// <summary>How many tokens back from an "it" <see cref="DocumentWrittenBefore"/> looks for the document it stands for.</summary>
        private const int DocumentReach = 60;

        /// <summary>
        /// "Ada Lund sent a letter to the board this week. “The delay is dangerous,” it read.": an "it" that no organisation
        /// or document read as a subject stands for, with a cue a document can take ("read", "said", "states"), is the
        /// nearest document written before it (its head a document word: "letter", "website", "statement"), in its
        /// paragraph or the one before, when no organisation is named between them. Null when there is none.
        /// </summary>
        private static Entity? DocumentWrittenBefore(AttributionContext context, SpeakerResolver resolver, FoundAttribution a, int sentence)
        {
            var m = a.Source!;
            if (m.Kind != MentionKind.Pronoun || m.Owner != null || !Lexicon.IsAsWritten(m.Determiner, WordGroup.ThingPronoun) || a.CueWords?.Verb is not { } verb || !verb.Has(VerbTag.Document)) return null;
            return WrittenBefore(context, resolver, a, sentence, bodies: false, documents: true);
        }

        /// <summary>
        /// The document written nearest before the source mention (its head a document word: "letter", "website", "statement"),
        /// in its paragraph or the one before, within <see cref="DocumentReach"/> tokens, as the resolver reads it; with
        /// <paramref name="bodies"/>, an organisation written nearer ("the US Department of Defense", "Pakistan's army") is that
        /// one, else no organisation may be named between them; without <paramref name="documents"/>, only an organisation.
        /// Null when there is none.
        /// </summary>
        private static Entity? WrittenBefore(AttributionContext context, SpeakerResolver resolver, FoundAttribution a, int sentence, bool bodies, bool documents)
        {
            var m = a.Source!;
            var ap = a.SourceParagraph!;
            int looked = 0;
            // (an organisation is looked for in the mention's sentence and the one before only)
            int si = ap.SentenceOf(m.Start);
            var before = ap.Index > 0 ? context.Document.Paragraphs[ap.Index - 1] : null;
            var (stopParagraph, stopToken) = si > 0 ? (ap.Index, ap.Sentences[si - 1].Start)
                : before != null && before.Sentences.Count > 0 ? (before.Index, before.Sentences[before.Sentences.Count - 1].Start)
                : (ap.Index, 0);
            for (int pi = ap.Index; pi >= 0 && pi >= ap.Index - 1; pi--)
            {
                var p = context.Document.Paragraphs[pi];
                var tk = p.Tokens;
                int from = pi == ap.Index ? m.Start - 1 : tk.Count - 1;
                for (int x = from; x >= 0 && looked < DocumentReach; x--, looked++)
                {
                    var t = tk[x];
                    if (bodies && (pi < stopParagraph || pi == stopParagraph && x < stopToken)) return null;
                    if (!t.IsWord) continue;
                    if (bodies && t.IsOrganisationWord && !(x + 1 < tk.Count && tk[x + 1].IsWord && tk[x + 1].IsOrganisationWord))
                    {
                        // the organisation's name or description that holds the word, read from its farthest start
                        for (int st = Math.Max(0, x - DocumentPhraseWords); st <= x; st++)
                        {
                            var o = context.ClausesFor(p).Mentions.Parse(tk, st, tk.Count, inverted: false);
                            if (o != null && o.Start == st && o.End > x && (o.Kind == MentionKind.Organisation || o.Kind == MentionKind.Description && o.IsOrganisationHead) &&
                                (pi != ap.Index || o.End <= m.Start))
                                return resolver.Resolve(o, p, sentence);
                        }
                        // (a word of a person's description, "an army spokesman": no "it")
                        continue;
                    }
                    if (t.IsCapitalized && t.IsOrganisationWord) return null;
                    if (!documents || !t.IsLowerWord || !t.IsDocumentWord || x + 1 < tk.Count && tk[x + 1].IsLowerWord && tk[x + 1].IsDocumentWord) continue;
                    // the noun phrase the document word heads: parsed from the nearest start that gives it (for "its", from the
                    // farthest, so that the document keeps the words that say whose it is: "the Northern Army's inquiry")
                    for (int n = 0; n <= DocumentPhraseWords; n++)
                    {
                        int st = bodies ? x - DocumentPhraseWords + n : x - n;
                        if (st < 0) continue;
                        var d = context.ClausesFor(p).Mentions.Parse(tk, st, tk.Count, inverted: false);
                        if (d != null && d.Kind == MentionKind.Description && d.IsDocument && d.End == x + 1)
                            return resolver.Resolve(d, p, sentence);
                    }
                    return null;
                }
            }
            return null;
        }

        /// <summary>How many words a document's noun phrase may hold before its head ("a two-page letter").</summary>
        private const int DocumentPhraseWords = 4;

        /// <summary>
        /// "The inquiry was released on Friday. Its summary stated …", "Pakistan's army rejects this. Its response maintains …":
        /// a document, or a part of one or of what it says (document-parts.txt), or a noun of saying (words.txt statement-noun)
        /// before a verb a document takes ("Its January response to the inquiry says …"), that "its" owns speaks for what "it"
        /// stands for: the subject of its own sentence when that is written before it and is an organisation or a document ("The army
        /// has never accepted the inquiry, and its own report …": the army); with no subject before it ("Its summary stated …"), the
        /// organisation or document read as the subject or speaker of that sentence or the one before, else the one written
        /// nearest before it in that sentence or the one before (<see cref="WrittenBefore"/>).
        /// Null when the mention is not so, the subject before it is of another kind, or nothing before it is either.
        /// </summary>
        private static Entity? ThingPossessiveOwner(AttributionContext context, SpeakerResolver resolver, FoundAttribution a, Mention? subject, Entity? subjectEntity, int sentence)
        {
            var m = a.Source!;
            // "The army put out its own account, which said …": a relative pronoun speaks for its antecedent, owned so, when that is
            // the object of the verb right after the subject of its sentence, which "its" then stands for
            if (m.Kind == MentionKind.Pronoun && m.Owner is { } antecedent && Lexicon.Is(m.Determiner, WordClass.RelativePronoun))
            {
                if (subject == null || subject.CharEnd > antecedent.CharStart || a.SourceTokens is not { } tk || !ObjectOfSubjectsVerb(tk, subject, antecedent)) return null;
                m = antecedent;
            }
            // (a body's telling, a noun of saying that "its" owns as the subject of a verb a document takes, "Its January response
            // to the inquiry says …", "its account said …", is owned as a document is)
            bool told = m.Kind == MentionKind.Description && m.Owner == null && !m.IsDocument && !m.Plural && Lexicon.Is(m.Head, WordTag.StatementNoun) &&
                        SpeakerResolver.IsThingPossessive(m.Determiner) && CueIs(a, VerbTag.Document);
            if (!(SpeakerResolver.IsThingsPart(m) || told || m.Kind == MentionKind.Description && m.Owner == null && m.IsDocument && SpeakerResolver.IsThingPossessive(m.Determiner))) return null;
            // (a subject of another kind before it, a person's name or one the resolver cannot tell from it, "Harbour Maps is a shop
            // in Dover, according to its website", leaves the owner untold)
            if (subject != null && subject.CharEnd <= m.CharStart)
                return subjectEntity is { Kind: EntityKind.Organisation or EntityKind.Document } ? subjectEntity : null;
            // (the one "it" would stand for, read as the subject or speaker of the sentence before: "The Express Tribune was more
            // cautious. Its editorial said …", whose name holds no organisation word)
            // (a document's owner is a body, "according to its website" the store's, not a document read or written before; a
            // part's, "its summary", may be either)
            bool document = m.IsDocument || told;
            if (resolver.ThingReadLately(sentence) is { } lately && !(document && lately.Kind == EntityKind.Document)) return lately;
            return WrittenBefore(context, resolver, a, sentence, bodies: true, documents: !document);
        }

        /// <summary>How many words of a verb group may stand between a subject and its object ("put out", "has since issued").</summary>
        private const int VerbGroupWords = 4;

        /// <summary>
        /// True when the mention <paramref name="thing"/> follows the subject's verb group right away: only lower-case words, at
        /// most <see cref="VerbGroupWords"/>, none a determiner, a function word or a document or organisation word, stand between
        /// ("the army put out its own account", not "the army rejected the report and its findings").
        /// </summary>
        private static bool ObjectOfSubjectsVerb(IReadOnlyList<Token> tk, Mention subject, Mention thing)
        {
            int from = subject.Next, to = thing.Start;
            if (to <= from || to - from > VerbGroupWords) return false;
            for (int x = from; x < to; x++)
            {
                var t = tk[x];
                if (!t.IsLowerWord || t.Has(WordTag.Determiner | WordTag.Pronoun) || t.Has(WordClass.Article) || t.IsDocumentWord || t.IsOrganisationWord || Lexicon.Is(t.Lower, WordClass.Coordinator)) return false;
            }
            return true;
        }

        /// <summary>How many tokens before a statement's owner its document word may stand ("in a statement, Bell's office …").</summary>
        private const int StatementWordReach = 3;

        /// <summary>How many tokens after the document word the owner of a statement ("the mayor's", "Bell's") is looked for.</summary>
        private const int StatementOwnerReach = 14;

        /// <summary>The fewest and the most words of a full name kept for later mentions ("Jo Bell", "Syed Ali Raza Shah Khan").</summary>
        private const int FullNameMinWords = 2, FullNameMaxWords = 5;

        /// <summary>At most this many words in an employer's name set off by commas after a full name ("…, U.S. Army, …").</summary>
        private const int EmployerWords = 4;

        /// <summary>
        /// "Lieutenant General Curtis W. Vail, U.S. Army, Director for Operations": the organisation set off by commas right after
        /// a full name that ends at <paramref name="k"/>, written in capitals only and holding an organisation word (the
        /// person's employer, as a record or a list of witnesses writes it); null otherwise.
        /// </summary>
        private static string? ApposedEmployer(IReadOnlyList<Token> tk, int k)
        {
            if (k >= tk.Count || !tk[k].Is(",")) return null;
            int a = k + 1, e = a;
            bool org = false;
            while (e < tk.Count && e - a < EmployerWords && tk[e].IsCapitalized)
            {
                if (tk[e].IsOrganisationWord) org = true;
                e++;
            }
            if (!org || e == a || e >= tk.Count || !(tk[e].Is(",") || tk[e].Is("."))) return null;
            return MentionParser.Join(tk, a, e);
        }

        /// <summary>
        /// "Senator Jo Bell, Republican of Ohio, …", "Rep. Ann Cole (D-Maine)": a U.S. lawmaker's party and state set off by a
        /// comma or in brackets right after a full name that ends at <paramref name="k"/> (<see cref="PartyResolver.NamesUsLawmaker"/>),
        /// wherever the name stands (a programme's list of guests writes it so): the label's words; null otherwise.
        /// </summary>
        private static string? ApposedLawmakerLabel(IReadOnlyList<Token> tk, int k)
        {
            if (k >= tk.Count || !(tk[k].Is(",") || tk[k].Is("("))) return null;
            int a = k + 1, e = a;
            while (e < tk.Count && e - a < LawmakerLabelTokens && !tk[e].Is(",") && !tk[e].Is(")") && !tk[e].Is(";") && !(tk[e].Is(".") && e + 1 < tk.Count && !tk[e + 1].IsCapitalized)) e++;
            if (e == a) return null;
            var label = MentionParser.Join(tk, a, e);
            return PartyResolver.NamesUsLawmaker(label) ? label : null;
        }

        /// <summary>
        /// "Guests: Senator Jo Bell (PML-N); …", "Ali Shah (Awami National Party) said": a country's political party (countries.txt,
        /// fifth column), the whole of what stands in brackets right after a full name that ends at <paramref name="k"/>: the
        /// party's name, which says the politician's country; null otherwise ("Jo Bell (pictured)", "Ali Shah (right)").
        /// </summary>
        private static string? BracketedPoliticalParty(IReadOnlyList<Token> tk, int k)
        {
            if (k >= tk.Count || !tk[k].Is("(")) return null;
            int a = k + 1, e = a;
            while (e < tk.Count && e - a < LawmakerLabelTokens && !tk[e].Is(")")) e++;
            if (e == a || e >= tk.Count || !tk[e].Is(")")) return null;
            var label = MentionParser.Join(tk, a, e);
            return CountryTable.FindPoliticalParty(label) != null ? label : null;
        }

        /// <summary>At most this many tokens in a lawmaker's label after the name ("Democrat of New York", "R - New York").</summary>
        private const int LawmakerLabelTokens = 5;

        /// <summary>
        /// "Jo Bell, spokeswoman of the Southern Embassy; Ada Lund, …", "Jo Bell, a spokesman for the Interior Ministry": a speaker
        /// noun in lower case set off by a comma right after a full name that ends at <paramref name="k"/>, then "of" or "for"
        /// (a title's connective) and a body's name in capitals holding an organisation word (a list of a programme's guests or of witnesses
        /// writes a role so, with no verb after it): the noun and the body ("spokeswoman of the Southern Embassy"); null otherwise.
        /// </summary>
        private static string? ApposedRoleOfBody(IReadOnlyList<Token> tk, int k)
        {
            if (k >= tk.Count || !tk[k].Is(",")) return null;
            int r = k + 1;
            if (r < tk.Count && tk[r].IsLowerWord && tk[r].Has(WordClass.Article)) r++;
            if (r + 2 >= tk.Count || !tk[r].IsLowerWord || !Lexicon.IsSpeakerNoun(tk[r].Text, out _, out bool plural) || plural) return null;
            int b = r + 1;
            if (!tk[b].IsLowerWord || !tk[b].Has(WordClass.TitleConnective)) return null;
            b++;
            if (b < tk.Count && tk[b].IsLowerWord && tk[b].Has(WordClass.Article)) b++;
            int e = b;
            bool org = false;
            while (e < tk.Count && e - b < EmployerWords && tk[e].IsCapitalized)
            {
                if (tk[e].IsOrganisationWord) org = true;
                e++;
            }
            return org ? MentionParser.Join(tk, r, e) : null;
        }

        /// <summary>
        /// "A senator of the ruling Northern Labour Party, Ali Shah, took a softer line", "a leader of the NLP, Jo Khan,": a
        /// description set off by a comma right before a full name (starting at <paramref name="s"/>, ending at <paramref name="k"/>)
        /// that a comma closes, whose singular speaker noun takes "of" (words.txt 'of-complement'), at most
        /// <see cref="PartyPhraseModifiers"/> lower-case words ("the ruling") and a country's political party (countries.txt), gives
        /// that party, as a party written in brackets after the name does (<see cref="BracketedPoliticalParty"/>); null when no
        /// such description stands there. Not a party's rank and file or a private person ("a worker of the NLP", "a supporter of
        /// the NLP": speaker-nouns.txt 'follower', 'private', 'anonymous'), nor a plural noun.
        /// </summary>
        private static string? PoliticalPartyOfRoleBefore(IReadOnlyList<Token> tk, int s, int k)
        {
            if (s < 4 || k >= tk.Count || !tk[k].Is(",") || !tk[s - 1].Is(",")) return null;
            int e = s - 1, b = e;
            while (b > 0 && e - b < EmployerWords && tk[b - 1].IsWord && tk[b - 1].IsCapitalized) b--;
            if (b == e || CountryTable.FindPoliticalParty(MentionParser.Join(tk, b, e)) == null) return null;
            int of = b - 1;
            while (of > 0 && b - 1 - of < PartyPhraseModifiers && tk[of].IsLowerWord && !Lexicon.IsAsWritten(tk[of].Text, WordGroup.OfComplement)) of--;
            if (of < 1 || !tk[of].IsLowerWord || !Lexicon.IsAsWritten(tk[of].Text, WordGroup.OfComplement)) return null;
            var noun = tk[of - 1];
            if (!noun.IsLowerWord || !Lexicon.IsSpeakerNoun(noun.Text, out _, out bool plural) || plural ||
                Lexicon.IsSpeakerNoun(noun.Lower, SpeakerNounTag.Follower | SpeakerNounTag.Private | SpeakerNounTag.Anonymous)) return null;
            return MentionParser.Join(tk, b, e);
        }

        /// <summary>How many lower-case words may stand between "of" and a political party's name in a role before a name ("the ruling").</summary>
        private const int PartyPhraseModifiers = 2;

        /// <summary>
        /// "given by NATO spokesperson Ada Lund", "with army spokesman Jo Bell": a speaker noun in lower case right before a
        /// full name that starts at <paramref name="s"/>, after the words of a body (capitalised, or a lower-case organisation
        /// word or nationality): the body and the noun ("NATO spokesperson", "Southern army spokesman"), the person's role as
        /// the text wrote it wherever the name stands; null when no such words stand before the name.
        /// </summary>
        private static string? EmployerBeforeRole(IReadOnlyList<Token> tk, int s)
        {
            int r = s - 1;
            if (r < 1 || !tk[r].IsLowerWord || !Lexicon.IsSpeakerNoun(tk[r].Text, out _, out _)) return null;
            int b = r;
            while (b > 0 && r - b < EmployerWords && (tk[b - 1].IsCapitalized || tk[b - 1].IsLowerWord && tk[b - 1].IsOrganisationWord)) b--;
            return b == r ? null : MentionParser.Join(tk, b, r + 1);
        }

        /// <summary>
        /// "Costa, who puts her losses "in the six figures," called the strain "awful. … It wears you down," she said.":
        /// a "he" or "she" right after a closing quotation mark, in a sentence whose own subject (before it, outside any
        /// quotation) names a person who may be of that gender, stands for that person: the writer names the sentence's
        /// subject and tags its own quotation, not someone of an earlier paragraph known by that pronoun. The person has
        /// spoken before in the document and is not known to be of the other gender. Null when the sentence has no such subject.
        /// </summary>
        private static Entity? SubjectBeforeQuotationTag(AnalysedParagraph ap, int si, Mention? subject, Entity? person, Mention pronoun)
        {
            if (subject == null || person == null || subject.Kind != MentionKind.Name || person.Kind != EntityKind.Person || person.Plural) return null;
            if (!pronoun.IsPronoun || pronoun.Owner != null || !Lexicon.Is(pronoun.Determiner, WordClass.GenderedPronoun)) return null;
            var tk = ap.Tokens;
            int s0 = ap.Sentences[si].Start;
            if (pronoun.Start <= subject.End || pronoun.Start < 1 || !tk[pronoun.Start - 1].IsQuote) return null;
            for (int i = s0; i < subject.Start; i++)
                if (tk[i].IsQuote) return null;
            char g = Lexicon.IsAsWritten(pronoun.Determiner, WordGroup.MasculinePronoun) ? 'm' : 'f';
            // (a person who has spoken already, of no other gender: not a capitalised word read as a name, "Closing the
            // department would …," he said, nor a place, "In that sense, Sandy Hook was …")
            if (person.Gender != '\0' && person.Gender != g || !person.Spoke) return null;
            // (a subject with an aside after it or a verb of saying: "Sandy Hook wasn't just a tragedy. “…,” he added" is about a place)
            int v = Math.Max(subject.End, subject.Next);
            if (subject.End >= tk.Count || !(tk[subject.End].Is(",") || v < tk.Count && tk[v].IsWord && tk[v].CueVerb != null)) return null;
            return person;
        }

        /// <summary>
        /// "Clinton, a top aide said, “is very confident” …, and since 2008 she has told …", "Reyes, aides say, is furious, and he has
        /// told …": a "he" or "she" later in a sentence whose own subject names a person, when that subject's comma opens an aside
        /// that reports the sentence (an attribution of the sentence whose source stands right after the comma, and whose
        /// speaker is someone else), stands for the person the sentence is about, not for the aside's speaker. The person is of
        /// no other gender and not a plural; null otherwise.
        /// </summary>
        private static Entity? HostOfAsideBefore(List<FoundAttribution> here, FoundAttribution a, AnalysedParagraph ap, Mention? subject, Entity? person)
        {
            if (subject == null || person == null || subject.Kind != MentionKind.Name || person.Kind != EntityKind.Person || person.Plural) return null;
            var pronoun = a.Source!;
            if (!pronoun.IsPronoun || pronoun.Owner != null || !Lexicon.Is(pronoun.Determiner, WordClass.GenderedPronoun)) return null;
            if (!ReferenceEquals(a.SourceTokens, ap.Tokens)) return null;
            char g = Lexicon.IsAsWritten(pronoun.Determiner, WordGroup.MasculinePronoun) ? 'm' : 'f';
            if (person.Gender != '\0' && person.Gender != g) return null;
            var tk = ap.Tokens;
            if (subject.End >= tk.Count || !tk[subject.End].Is(",")) return null;
            foreach (var b in here)
            {
                if (b == a || b.Source is not { } aside || !ReferenceEquals(b.SourceTokens, ap.Tokens)) continue;
                if (aside.Start == subject.End + 1 && b.Speaker != null && b.Speaker != person && Math.Max(aside.Next, aside.End) < pronoun.Start) return person;
            }
            return null;
        }

        /// <summary>The entity when it is one person known to be of the pronoun's gender ("he", "she"); null otherwise.</summary>
        private static Entity? SameGender(Entity? e, string pronoun)
        {
            char g = Lexicon.IsAsWritten(pronoun, WordGroup.MasculinePronoun) ? 'm' : 'f';
            return e == null || e.Kind != EntityKind.Person || e.Plural || e.Gender != g ? null : e;
        }

        /// <summary>True when the source of <paramref name="a"/> stands inside the content of another attribution of its sentence.</summary>
        private static bool ReportedInside(List<FoundAttribution> here, FoundAttribution a)
        {
            if (a.SourceSpan is not { } source) return false;
            foreach (var b in here)
                if (b != a && b.Content.Contains(source)) return true;
            return false;
        }

        /// <summary>
        /// True when the sentence's subject stands inside the content of an attribution of the sentence whose source is written
        /// before it and is not the subject itself: "According to the army, the Northern report is flawed", "In the ministry's view,
        /// the Southern inquiry …": the subject is what the source says, not someone the source may be taken from.
        /// </summary>
        private static bool SubjectInContentOfSourceBefore(List<FoundAttribution> here, Mention subject, AnalysedParagraph ap)
        {
            // (a mention's offsets are the paragraph's, a content's the document's)
            int at = ap.Start + subject.CharStart;
            foreach (var a in here)
                if (a.Source != null && a.SourceParagraph == ap && a.Source.CharEnd <= subject.CharStart && a.Content.Start <= at && at < a.Content.End) return true;
            return false;
        }

        /// <summary>
        /// True when the sentence's subject stands inside the content of an attribution of the sentence whose source is a "he" or
        /// "she" written after it: "Northern troops had been attacked without warning, he said, and …".
        /// </summary>
        private static bool SubjectInContentOfPronounAfter(List<FoundAttribution> here, Mention subject, AnalysedParagraph ap)
        {
            int at = ap.Start + subject.CharStart;
            foreach (var a in here)
                if (a.Source is { IsPronoun: true, Owner: null } source && a.SourceParagraph == ap && source.CharStart >= subject.CharEnd &&
                    Lexicon.Is(source.Determiner, WordClass.GenderedPronoun) && a.Content.Start <= at && at < a.Content.End) return true;
            return false;
        }

        /// <summary>
        /// The sentence's subject of <see cref="SubjectInContentOfPronounAfter"/>, resolved before and put in view once the
        /// speakers are read; then the speakers whose source is written after it are put in view again, in mention order, so that
        /// what is read last is as it was (the one who spoke).
        /// </summary>
        private static void ReadSubjectBeforePronounLast(SpeakerResolver resolver, List<FoundAttribution> here, Entity subject, Mention mention, int sentence, int paragraph)
        {
            resolver.Touch(subject, sentence, paragraph);
            foreach (var a in InMentionOrder(here))
                if (a.Speaker != null && a.Source!.CharStart >= mention.CharEnd) resolver.Touch(a.Speaker, sentence, paragraph);
        }

        /// <summary>
        /// The sentence's subject of <see cref="SubjectInContentOfSourceBefore"/>, read once the sources before it are (and before
        /// any source at or after it): resolved and put in view, and then the speakers of the sources before it are read again in
        /// mention order, so that what is read last is as it was (the source after the subject) while the source itself took no side
        /// from a body or a document its own words name ("According to the army, the Northern report is flawed": not
        /// Northland's army).
        /// </summary>
        private static void ReadSubjectInContentLast(SpeakerResolver resolver, List<FoundAttribution> here, Mention subject, AnalysedParagraph ap, int sentence)
        {
            if (resolver.Resolve(subject, ap, sentence) is not { } e) return;
            resolver.Touch(e, sentence, ap.Index);
            if (subject.Kind == MentionKind.Name) resolver.NamedSubject(e, sentence, plain: true);
            foreach (var a in InMentionOrder(here))
                if (a.Speaker != null && a.Source!.CharEnd <= subject.CharStart) resolver.Touch(a.Speaker, sentence, ap.Index);
        }

        /// <summary>
        /// "Mr. Nevins said the deal was fair because Mr. Lynch had agreed to it. “We are pleased,” he said.": the one who spoke
        /// is the subject of the reporting clause, not a speaker its content reports, so when the sentence reported someone
        /// inside what another said, its outer speakers whose cue is a verb of speech ("said", "recalled"; not a misread
        /// "Courted by …, and expected to …") are read again, last, in mention order: a later "he" or "they" finds them before the reported
        /// one (who still stands behind a pronoun no outer speaker may take: "Police said Reyes had admitted the theft. “…,” he said.").
        /// </summary>
        private static void ReadOuterSpeakersLast(SpeakerResolver resolver, List<FoundAttribution> here, int sentence, int paragraph)
        {
            bool reported = false, reportedPerson = false;
            foreach (var a in here)
                if (a.Speaker != null && ReportedInClause(here, a))
                {
                    reported = true;
                    reportedPerson |= a.Speaker.Kind == EntityKind.Person;
                }
            if (!reported) return;
            // (an outer verb of thought, "Berg thinks both sides believe …", is read again only when no person named is reported
            // in it, who would stand behind the "he": "Pryce believes Reyes said … “…,” he said" is Reyes)
            foreach (var a in InMentionOrder(here))
                if (a.Speaker != null && (CueIs(a, VerbTag.Speech) || !reportedPerson && CueIs(a, VerbTag.Thought)) && !ReportedInside(here, a)) resolver.Touch(a.Speaker, sentence, paragraph);
        }

        /// <summary>
        /// True when the attribution's source stands in what another of the list reports, as the subject of its reported clause
        /// or of a clause that hangs on it: at the start of the content ("Police said Reyes had admitted …"), or right after a
        /// subordinator or "that" in it ("said the deal was fair because Lynch had agreed …"), or as the relative pronoun of a
        /// clause in it ("recalled that the listeners, who wondered …"). Not a clause the writer joins
        /// with "and" or "but" to a content read too far ("Pryce said the pier was safe, and Reyes told the board …").
        /// </summary>
        private static bool ReportedInClause(List<FoundAttribution> here, FoundAttribution a)
        {
            if (a.SourceSpan is not { } source || a.SourceTokens is not { } tk) return false;
            int before = a.Source!.Start - 1;
            foreach (var b in here)
            {
                if (b == a || !b.Content.Contains(source)) continue;
                // (a relative pronoun's clause hangs on a noun of the content: "recalled that the listeners, who wondered …")
                if (b.Content.Start == source.Start || a.Source.Owner != null) return true;
                if (before >= 0 && before < tk.Count && tk[before].IsLowerWord && (tk[before].Has(WordTag.Subordinator) || tk[before].Has(WordGroup.Complementizer))) return true;
            }
            return false;
        }

        /// <summary>
        /// The source of an attribution of the sentence that is a name set off by a comma right after a described subject
        /// ("The harbour master, Ivo Chandor, said …": the subject reads "The harbour master", the source "Ivo Chandor"); null
        /// when there is none.
        /// </summary>
        private static Mention? ApposedNameSource(List<FoundAttribution> here, Mention subject, AnalysedParagraph ap)
        {
            if (subject.Kind != MentionKind.Description || subject.Plural) return null;
            foreach (var a in here)
            {
                var s = a.Source!;
                // (the source's tokens are the paragraph's: no sub-sentence read apart)
                if (s.Kind != MentionKind.Name || a.SourceTokens != null && !ReferenceEquals(a.SourceTokens, ap.Tokens)) continue;
                if (s.Start == subject.End + 1 && subject.End < ap.Tokens.Count && ap.Tokens[subject.End].Is(",")) return s;
            }
            return null;
        }

        /// <summary>True when an attribution of the list has its source mention at that offset.</summary>
        private static bool HasSourceAt(List<FoundAttribution> here, int charStart)
        {
            foreach (var a in here)
                if (a.Source!.CharStart == charStart) return true;
            return false;
        }

        /// <summary>
        /// "CORRESPONDENT (Jo Bell): The Southern navy's position is simple. … The navy still rejects …": the subject of a
        /// turn's first sentence, read after its label (the sentence as split starts with the label, which no subject
        /// follows); null for any other sentence, or when the words after the label open with no subject.
        /// </summary>
        private static Mention? SubjectAfterTurnLabel(AttributionContext context, AnalysedParagraph ap, int si, Dictionary<int, FoundAttribution> turns)
        {
            if (!turns.TryGetValue(ap.Index, out var turn) || turn.Paragraph != ap || ap.SentenceAt(turn.Content.Start - ap.Start) != si) return null;
            var (start, end) = ap.Sentences[si];
            int after = ap.TokenAt(turn.Content.Start - ap.Start);
            return after > start && after < end ? context.ClausesFor(ap).Subject(ap.Tokens, after, end) : null;
        }

        /// <summary>
        /// The first paragraph of the exchange the last turn of <paramref name="voices"/> belongs to: the turns before it, back to the
        /// last one by a third voice, are all by this turn's speaker or by the one who spoke just before ("HOST: … ¶ GUEST: … ¶
        /// HOST: …" is one exchange; "GUEST A: … ¶ HOST: … ¶ GUEST B: …" opens a new one at the host's turn). -1 for none.
        /// </summary>
        private static int ExchangeStart(List<(int Paragraph, string? Voice)> voices)
        {
            if (voices.Count == 0) return -1;
            var (start, current) = voices[voices.Count - 1];
            string? previous = null;
            for (int j = voices.Count - 2; j >= 0; j--)
            {
                var voice = voices[j].Voice;
                if (SameVoice(voice, current)) { start = voices[j].Paragraph; continue; }
                if (previous == null && voice != null) previous = voice;
                else if (!SameVoice(voice, previous)) break;
                start = voices[j].Paragraph;
            }
            return start;
        }

        /// <summary>Two turn labels of one speaker: the same words, or one the last words of the other ("Munter", "Cameron Munter").</summary>
        private static bool SameVoice(string? a, string? b) =>
            a != null && b != null && (a.Equals(b, StringComparison.OrdinalIgnoreCase) ||
                                       a.EndsWith(" " + b, StringComparison.OrdinalIgnoreCase) || b.EndsWith(" " + a, StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The paragraphs that are someone's turn or answer (a labelled transcript line, an interview's answer), with the
        /// attribution of the turn: the first person in them is that speaker, not the writer. Read through
        /// <see cref="AttributionContext.Turns"/>, made once a document.
        /// </summary>
        internal static Dictionary<int, FoundAttribution> Turns(AttributionContext context)
        {
            var result = new Dictionary<int, FoundAttribution>();
            foreach (var a in context.Found)
                if (a.IsTurn && !result.ContainsKey(a.Paragraph.Index))
                    result[a.Paragraph.Index] = a;
            return result;
        }

        /// <summary>The most words a section heading has ("UNITED STATES", "Reaction From Pakistan").</summary>
        private const int HeadingWords = 4;

        /// <summary>
        /// A section heading of the body: a paragraph of a few words, every one capitalised ("PAKISTAN", "NATO", "United
        /// Nations"), with no mark at all (no sentence, label or list). A roundup of reactions names a side in each.
        /// </summary>
        private static bool IsHeading(AnalysedParagraph ap)
        {
            if (ap.Section != ParagraphSection.Body || ap.Tokens.Count == 0 || ap.Tokens.Count > HeadingWords) return false;
            foreach (var t in ap.Tokens)
                if (!t.IsWord || !t.IsCapitalized) return false;
            return true;
        }

        /// <summary>
        /// The turns of a transcript whose speaker reports from a place the text names ("RICHARD OSEI, correspondent: …"
        /// after "Richard Osei is at the State Department"): the party of that place, by paragraph index.
        /// </summary>
        private static Dictionary<int, string> TurnParties(AttributionContext context)
        {
            var result = new Dictionary<int, string>();
            Dictionary<string, string>? places = null;
            foreach (var a in context.Found)
            {
                if (a.Rule != nameof(Rules.TranscriptSpeaker) && a.Rule != nameof(Rules.SpeakerLabel) || a.Source == null || a.SourceParagraph != a.Paragraph) continue;
                if (a.Source.CharStart > 0 || result.ContainsKey(a.Paragraph.Index)) continue;
                places ??= ReporterPlace.Find(context.Document);
                if (places.Count == 0) break;
                if (!places.TryGetValue(ReporterPlace.Key(a.Source.Text), out var place)) continue;
                var party = ReporterPlace.PartyOf(place, context.Parties);
                if (party != null) result[a.Paragraph.Index] = party;
            }
            return result;
        }

        /// <summary>The attributions of a sentence by their mention's offset, then their content's (a stable sort, as OrderBy/ThenBy gives).</summary>
        private static List<FoundAttribution> InMentionOrder(List<FoundAttribution> here)
        {
            // most sentences' attributions are in mention order already (one, or found left to right): the list itself, no copy
            // (the sort is stable, so a list in order is what it gives; the lists are not changed while they are read)
            int i0 = 1;
            while (i0 < here.Count && !Later(here[i0 - 1], here[i0])) i0++;
            if (i0 >= here.Count) return here;
            var sorted = new List<FoundAttribution>(here);
            for (int i = i0; i < sorted.Count; i++)
            {
                var x = sorted[i];
                int j = i - 1;
                while (j >= 0 && Later(sorted[j], x))
                {
                    sorted[j + 1] = sorted[j];
                    j--;
                }
                sorted[j + 1] = x;
            }
            return sorted;
        }

        private static bool Later(FoundAttribution a, FoundAttribution b) =>
            a.Source!.CharStart > b.Source!.CharStart || a.Source.CharStart == b.Source.CharStart && a.Content.Start > b.Content.Start;

        private static bool IsBareGeneric(Entity e) =>
            (e.Kind == EntityKind.Group || e.Kind == EntityKind.Individual) && e.WordCount == 0 && (e.Party == null || e.PartyFromPlace);

        /// <summary>
        /// "officials said in a statement published on the department's website": the owner, in the possessive, of the statement a
        /// bare generic source speaks in, looked for after a document word among the words from the cue's end to
        /// <paramref name="end"/>, none of them in <paramref name="content"/> (file offsets of what the source says, when its
        /// tokens are the paragraph's): a possessor in one's own words ("Experts said it was a sign of Iran's strength") or a
        /// document word there says nothing of where they spoke. Null when none is.
        /// </summary>
        private static Entity? StatementOwner(SpeakerResolver resolver, IReadOnlyList<Token> tk, int from, int end, AnalysedParagraph paragraph, int sentence, TextSpan? content = null)
        {
            bool statement = false;
            for (int c = Math.Max(0, from - StatementWordReach); c < from; c++)
                if (tk[c].IsWord && tk[c].IsDocumentWord && !InContent(c)) statement = true;
            for (int k = from; k < end && k - from < StatementOwnerReach; k++)
            {
                if (!tk[k].IsWord || InContent(k)) continue;
                if (tk[k].IsDocumentWord) statement = true;
                if (!statement) continue;
                var w = tk[k].Text;
                if (!Possessive.EndsIn(w)) continue;
                var bare = w.Substring(0, w.Length - 2);
                if (char.IsUpper(bare[0])) return resolver.ResolveOrganisation(bare);
                if (Lexicon.IsOrganisationWord(bare.ToLowerInvariant()) && k > 0 && tk[k - 1].Has(WordGroup.DefiniteArticle))
                {
                    var m = new Mention
                    {
                        Kind = MentionKind.Description, Determiner = "the", Head = bare.ToLowerInvariant(), IsOrganisationHead = true,
                        Text = "the " + bare, Start = k - 1, End = k + 1, CharStart = tk[k - 1].Start, CharEnd = tk[k].End,
                    };
                    var e = resolver.Resolve(m, paragraph, sentence);
                    if (e != null && e.Kind == EntityKind.Organisation && e.Display.Split(' ').Length > 1) return e;
                }
            }
            return null;

            // (a mention's and a token's offsets are the paragraph's, a content's the document's)
            bool InContent(int x) => content is { } c && c.Start <= paragraph.Start + tk[x].Start && paragraph.Start + tk[x].Start < c.End;
        }

        /// <summary>
        /// True when the sentence holding token k names a country other than home ("At the Pentagon, spokesman
        /// Navy Capt. Jo Bell said the United States …" in a story filed from elsewhere).
        /// </summary>
        internal static bool NamesAnotherCountry(AnalysedParagraph p, int k, Country home)
        {
            int si = p.SentenceOf(k);
            var (s, e) = p.Sentences[si];
            var tk = p.Tokens;
            // "In Washington, a Senate committee voted … . Senator Jo Bell said …": the last place that opened a sentence of the
            // paragraph up to this one ("In Washington,") is where it goes on
            if (SceneOf(p, si) is { } scene && scene != home) return true;
            for (int i = s; i < e; i++)
            {
                if (!tk[i].IsCapitalized) continue;
                var c = CountryTable.FindCountryOrCapital(tk[i].Text);
                if (c == null && i + 1 < e && tk[i + 1].IsCapitalized) c = CountryTable.FindCountryOrCapital(tk[i].Text + " " + tk[i + 1].Text);
                if (c != null && c != home && !RelationObject(tk, s, i)) return true;
            }
            return false;
        }

        /// <summary>
        /// The country of the place that opens the sentence holding token k ("In Washington, Senator Jo Bell said": the scene,
        /// <see cref="OpeningPlace"/>), when the sentence names no other country (<see cref="NamesAnotherCountry"/>, the scene in
        /// the dateline's place); else null. Only the sentence's own opening counts, not a place that opened an earlier one.
        /// </summary>
        internal static Country? SentenceScene(AnalysedParagraph p, int k)
        {
            var (s, e) = p.Sentences[p.SentenceOf(k)];
            return OpeningPlace(p.Tokens, s, e) is { } scene && !NamesAnotherCountry(p, k, scene) ? scene : null;
        }

        /// <summary>
        /// True when the country at <paramref name="i"/> is the object of a relation or a journey ("relations with the United
        /// States", "talks with India", "a visit to China"; words.txt 'relation-with'), the article before it allowed: the
        /// sentence's topic, not the country of an office-holder it introduces.
        /// </summary>
        private static bool RelationObject(IReadOnlyList<Token> tk, int s, int i)
        {
            int j = i - 1;
            if (j >= s && tk[j].IsLowerWord && tk[j].Has(WordClass.Article)) j--;
            return j - 1 >= s && tk[j].IsLowerWord && tk[j - 1].IsLowerWord &&
                Lexicon.Is(tk[j - 1].Lower + " " + tk[j].Lower, WordSense.RelationWith);
        }

        /// <summary>
        /// The country of the last place that opened a sentence of the paragraph up to sentence <paramref name="si"/> ("In
        /// Washington, a Senate committee voted … . Senator Jo Bell said …": Washington's); else null.
        /// </summary>
        private static Country? SceneOf(AnalysedParagraph p, int si)
        {
            for (int j = si; j >= 0; j--)
                if (OpeningPlace(p.Tokens, p.Sentences[j].Start, p.Sentences[j].End) is { } scene) return scene;
            return null;
        }

        /// <summary>
        /// The country of the place that opens the sentence [<paramref name="s"/>, <paramref name="e"/>) and sets its scene
        /// (<see cref="Clauses.OpeningPlaceComma"/>: "In Washington,", "In New Delhi,", "In Pakistan,"); else null.
        /// </summary>
        private static Country? OpeningPlace(IReadOnlyList<Token> tk, int s, int e)
        {
            int comma = Clauses.OpeningPlaceComma(tk, s, e);
            if (comma < 0) return OpeningSideOfBorder(tk, s, e);
            var place = MentionParser.Join(tk, s + 1, comma);
            return CountryTable.Find(place) ?? CountryTable.FindPlace(place);
        }

        /// <summary>The most words after "side" before the comma of an opening side of a border ("of the border", "of the Torkham crossing").</summary>
        private const int SideOfBorderWords = 4;

        /// <summary>
        /// "On the Afghan side of the border, …", "On the Syrian side, …": a preposition, "the", a country's adjective and a noun
        /// of one side of a border (words.txt 'frontier') open the sentence, then at most <see cref="SideOfBorderWords"/> words
        /// and a comma: the country of the adjective, where the sentence is set (a story filed from the other side's city names
        /// its own officials by the dateline, not those across the border); else null.
        /// </summary>
        private static Country? OpeningSideOfBorder(IReadOnlyList<Token> tk, int s, int e)
        {
            if (s + 4 >= e || !tk[s].IsWord || !tk[s].Has(WordTag.Preposition) || !tk[s + 1].IsLowerWord || !tk[s + 1].Has(WordGroup.DefiniteArticle) ||
                !tk[s + 2].IsCapitalized || !tk[s + 3].IsLowerWord || !Lexicon.Is(tk[s + 3].Lower, WordSense.Frontier)) return null;
            int comma = s + 4;
            while (comma < e && comma - s - 4 < SideOfBorderWords && tk[comma].IsWord) comma++;
            return comma < e && tk[comma].Is(",") ? CountryTable.FindDemonym(tk[s + 2].Text) : null;
        }

        private static readonly char[] Apostrophes = { '\'', '’' };

        /// <summary>The word holds a digit ("9/11", "2016").</summary>
        internal static bool HasDigit(string word)
        {
            foreach (char c in word)
                if (char.IsDigit(c)) return true;
            return false;
        }

        /// <summary>Capitals and full stops only ("NATO", "U.S."; true for the empty word, as All gives).</summary>
        private static bool IsCapitalsAndDots(string word)
        {
            foreach (char c in word)
                if (!(char.IsUpper(c) || c == '.')) return false;
            return true;
        }

        /// <summary>
        /// The start of a title of the lexicon written before the run of capitals at <paramref name="s"/> and reaching into it
        /// across lower-case words of its own ("Leader of the Opposition Nisar Khan": the run opens at "Opposition", the title
        /// at "Leader"; "Minister for Law and Parliamentary Affairs Jo Khan": the run opens at "Parliamentary", the title at
        /// "Minister"), else <paramref name="s"/>. At most <see cref="TitleLowerWords"/> lower-case words stand between, and at
        /// most <see cref="TitleReachWords"/> words in all.
        /// </summary>
        private static int TitleOpeningBefore(IReadOnlyList<Token> tk, int s, int k)
        {
            if (s < 2 || !tk[s - 1].IsLowerWord) return s;
            int lower = 0;
            for (int c = s - 2; c >= 0 && s - c - 1 <= TitleReachWords; c--)
            {
                if (tk[c + 1].IsLowerWord) { if (++lower > TitleLowerWords) return s; }
                else if (!(tk[c + 1].IsWord && tk[c + 1].IsCapitalized)) return s;
                if (!tk[c].IsCapitalized) continue;
                // the title must take the run's first word at least, and leave two words for the name
                int n = MentionParser.MatchTitle(tk, c, k, out _);
                if (n > s - c && n <= k - c - 2) return c;
                // a capitalised word of the title's own ("Law" in "for Law and Parliamentary Affairs") may stand between
                if (!tk[c].IsWord) return s;
            }
            return s;
        }

        /// <summary>
        /// The start of the name in the run of capitals [s, k) that the "of" of a title opens ("Revenue Minister of Khyber
        /// Pakhtunkhwa Jo Bell": the run opens at "Khyber"): past the country's or province's name of the country table
        /// (<see cref="CountryTable.Find"/>, of up to <see cref="TitlePlace.MaxWords"/> words) at its start, when two words or more
        /// are left; else <paramref name="s"/>.
        /// </summary>
        private static int PastPlaceOfTitle(IReadOnlyList<Token> tk, int s, int k)
        {
            if (s < 2 || !tk[s - 1].IsLowerWord || !tk[s - 1].Has(WordGroup.OfComplement) || !tk[s - 2].IsCapitalized) return s;
            int place = TitlePlace.End(tk, s, k - s - 2, (w, from, to) => MentionParser.Join(w, from, to), null);
            return place < 0 ? s : place;
        }

        /// <summary>
        /// The start of the name in the run of capitals [s, k) when the run opens right after a title and its "of" with the title's
        /// department and a full name that opens with a given name ("Director of Public Works Peter Lund":
        /// <see cref="MentionParser.DepartmentOfTitleEnd"/>), else s.
        /// </summary>
        private static int PastDepartmentOfTitle(IReadOnlyList<Token> tk, int s, int k)
        {
            if (s < 2 || !tk[s - 1].IsLowerWord || !tk[s - 1].Has(WordGroup.OfComplement) || MentionParser.MatchTitle(tk, s - 2, s - 1, out _) == 0) return s;
            int department = MentionParser.DepartmentOfTitleEnd(tk, s - 1, k);
            return department > s ? department : s;
        }

        /// <summary>At most this many words between a title's first word and the run of capitals its last words open.</summary>
        private const int TitleReachWords = 5;

        /// <summary>At most this many words of a place after the office's noun ("in New Delhi").</summary>
        private const int OfficePlaceWords = 3;

        /// <summary>At most this many words between a country's possessive and the office's noun ("High" in "High Commissioner").</summary>
        private const int OfficeModifiers = 2;

        /// <summary>
        /// "… is Chile's ambassador in Lima, Rodrigo Soto.", "joined by Norway's foreign minister, Ada Lund,": an office a
        /// country's possessive opens (or the country's name or adjective after "the": "the US envoy for Peru and Chile, Ambassador
        /// Jo Bell,"), set off by a comma right before the name at <paramref name="s"/> (its noun a speaker
        /// noun in the singular, at most <see cref="OfficeModifiers"/> words before it, a place after it), the name set off
        /// after too or closing the sentence; the words of the office, else null.
        /// </summary>
        private static string? CountryOfficeBefore(IReadOnlyList<Token> tk, int s, int k)
        {
            if (s < 3 || !tk[s - 1].Is(",") || k < tk.Count && !tk[k].Is(",") && !tk[k].Is(".")) return null;
            int j = s - 2;
            if (!tk[j].IsWord || !tk[j].IsSpeakerNoun(out _, out _))
            {
                // "in Lima", "to the United Nations": a place after the noun
                int t = j;
                // ("for Afghanistan and Pakistan": two places joined by "and")
                while (t > 0 && j - t < OfficePlaceWords && tk[t].IsWord && (tk[t].IsCapitalized || t < j && tk[t].IsLowerWord && tk[t].Has(WordClass.ListCoordinator) && tk[t - 1].IsCapitalized)) t--;
                if (t < j && t > 0 && tk[t].IsWord && Lexicon.Is(tk[t].Lower, WordGroup.DefiniteArticle) && tk[t - 1].IsLowerWord) t--;
                if (t < j && t > 0 && tk[t].IsLowerWord && tk[t].Has(WordTag.Preposition)) j = t - 1;
            }
            // "The Permanent Representative of Pakistan to the United Nations, Ambassador Jo Khan,", "the President of Afghanistan,
            // Hamid Karzai,": an office whose "of" names a country (the posting after it, if any, read past above)
            if ((OfficeOfCountry(tk, s - 2) ?? (j < s - 2 ? OfficeOfCountry(tk, j) : null)) is { } ofCountry) return ofCountry;
            if (j < 1 || !tk[j].IsWord || !tk[j].IsSpeakerNoun(out _, out bool plural) || plural) return null;
            int a = j - 1;
            while (a >= 0 && j - 1 - a < OfficeModifiers && tk[a].IsWord && !tk[a].EndsInApostropheS && !tk[a].IsVerbForm && !tk[a].Has(WordTag.Function)) a--;
            if (a >= 0 && tk[a].IsWord && tk[a].EndsInApostropheS && CountryTable.Find(Possessive.Strip(tk[a].Text)) != null) return MentionParser.Join(tk, a, s - 1);
            // "The US Special Representative for Afghanistan and Pakistan, Ambassador Marc Grossman,", "the Pakistani ambassador,
            // Sherry Rehman,": a country's name or adjective after "the" opens the office as its possessive does
            for (int x = j - 1; x > 0 && j - 1 - x <= OfficeModifiers; x--)
            {
                if (!tk[x].IsWord || tk[x].EndsInApostropheS || tk[x].IsVerbForm) return null;
                if (CountryTable.Find(tk[x].Text) != null && tk[x - 1].IsWord && Lexicon.Is(tk[x - 1].Lower, WordGroup.DefiniteArticle)) return MentionParser.Join(tk, x, s - 1);
                if (tk[x].Has(WordTag.Function)) return null;
            }
            return null;
        }

        /// <summary>
        /// "(The) Permanent Representative of Pakistan", "(the) President of the United States": the words of an office whose noun (a
        /// speaker noun in the singular, after at most <see cref="OfficeModifiers"/> capitalised words) is followed by "of", "the" at
        /// most and a country's name that ends at <paramref name="last"/>; else null. The country is the office holder's side
        /// (<see cref="CountryOfOffice"/>), as a possessive's is ("Pakistan's Permanent Representative").
        /// </summary>
        private static string? OfficeOfCountry(IReadOnlyList<Token> tk, int last)
        {
            for (int c = last; c > 1 && last - c < OfficePlaceWords && tk[c].IsWord && tk[c].IsCapitalized; c--)
            {
                if (CountryTable.Find(MentionParser.Join(tk, c, last + 1)) == null) continue;
                int of = c - 1;
                if (tk[of].IsLowerWord && Lexicon.Is(tk[of].Lower, WordGroup.DefiniteArticle)) of--;
                if (of < 1 || !tk[of].IsLowerWord || !tk[of].Has(WordGroup.OfComplement)) return null;
                int noun = of - 1;
                if (!tk[noun].IsWord || !tk[noun].IsCapitalized || !tk[noun].IsSpeakerNoun(out _, out bool plural) || plural) return null;
                int a = noun;
                while (a > 0 && noun - a < OfficeModifiers && tk[a - 1].IsWord && tk[a - 1].IsCapitalized && !tk[a - 1].Has(WordTag.Function) && !tk[a - 1].IsVerbForm &&
                       !tk[a - 1].EndsInApostropheS && CountryTable.Find(tk[a - 1].Text) == null) a--;
                return MentionParser.Join(tk, a, last + 1);
            }
            return null;
        }

        /// <summary>
        /// The country an office's words name after its noun and "of" ("Permanent Representative of Pakistan to the United Nations":
        /// Pakistan; "President of the United States"), as <see cref="OfficeOfCountry"/> reads them; else null.
        /// </summary>
        internal static Country? CountryOfOffice(string office)
        {
            var w = office.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 1; i + 1 < w.Length; i++)
            {
                if (!w[i].Equals("of", StringComparison.Ordinal) || !Lexicon.IsSpeakerNoun(w[i - 1], out _, out bool plural) || plural) continue;
                int c = i + 1;
                if (c + 1 < w.Length && Lexicon.IsAsWritten(w[c], WordGroup.DefiniteArticle)) c++;
                for (int n = Math.Min(OfficePlaceWords, w.Length - c); n >= 1; n--)
                    if (CountryTable.Find(string.Join(" ", w, c, n)) is { } country) return country;
                return null;
            }
            return null;
        }

        /// <summary>At most this many tokens in a role of a list of guests ("PML-N member of the National Assembly").</summary>
        private const int ListedRoleTokens = 12;

        /// <summary>
        /// In a list of guests ("Guests: Jo Bell, Minister for Information; Lt Gen (retd) Ali Shah, a defence analyst"), the role
        /// written after the full name [s, k) of an entry: the name is the entry's first (only its titles stand between the
        /// list's colon, a semicolon or a new line and it), a comma follows it, and the role runs to the next semicolon, new line,
        /// full stop or the end; null otherwise.
        /// </summary>
        private static string? ListedRole(AnalysedParagraph p, int s, int k)
        {
            var tk = p.Tokens;
            if (k + 1 >= tk.Count || !tk[k].Is(",")) return null;
            // the entry opens right before the name: the list's colon, a semicolon or a new line, with no comma between
            int b = s;
            while (b > 0 && !NewLineBefore(p, b) && !tk[b - 1].Is(";") && !tk[b - 1].Is(":"))
            {
                if (tk[b - 1].Is(",")) return null;
                b--;
            }
            if (b == 0) return null;
            int a = k + 1, e = a;
            while (e < tk.Count && !tk[e].Is(";") && !tk[e].Is(".") && !(e > a && NewLineBefore(p, e)))
            {
                if (e - a >= ListedRoleTokens) return null;
                e++;
            }
            return e > a ? MentionParser.Join(tk, a, e) : null;
        }

        /// <summary>True when a new line stands between the token at <paramref name="i"/> and the one before it.</summary>
        private static bool NewLineBefore(AnalysedParagraph p, int i) =>
            i > 0 && p.Text.IndexOf('\n', p.Tokens[i - 1].End, p.Tokens[i].Start - p.Tokens[i - 1].End) >= 0;

        /// <summary>How many lower-case words of a title ("of the") may stand between its first word and the run of capitals it reaches into.</summary>
        private const int TitleLowerWords = 2;

        /// <summary>A middle initial ("G."), not an acronym.</summary>
        private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

        /// <summary>Full names written in the document (two or more capitalised words after any title), for surnames used alone.</summary>
        private static List<FullName> FullNames(AnalysedDocument document, Country? home, out List<FullName>? surnamesWithOffice)
        {
            var names = new List<FullName>();
            surnamesWithOffice = null;
            List<string>? written = null;
            // "Dean Martinez" where the document also writes "Dean Martinez of the business school": the title, not a given name
            HashSet<string>? titledSurnames = null;
            for (int pi = 0; pi < document.Paragraphs.Count; pi++)
            {
                var tk = document.Paragraphs[pi].Tokens;
                // "Guests: Jo Bell, Minister for Information; Ali Shah, a defence analyst": a programme's list of guests
                // ("The panel:", "Tonight's guests:" too)
                int listNoun = tk.Count > 5 && tk[0].IsWord && (Lexicon.Is(tk[0].Lower, WordGroup.DefiniteArticle) || tk[0].EndsInApostropheS) ? 1 : 0;
                bool guestList = tk.Count > 4 + listNoun && tk[listNoun].IsWord && tk[listNoun + 1].Is(":") && Lexicon.Is(tk[listNoun].Lower, WordSense.GuestList);
                int k = 0;
                while (k < tk.Count)
                {
                    if (!tk[k].IsCapitalized) { k++; continue; }
                    int s = k;
                    while (k < tk.Count && !(k > s && tk[k - 1].EndsInApostropheS) && (tk[k].IsCapitalized || tk[k].IsWord && k + 1 < tk.Count && tk[k + 1].IsCapitalized && tk[k].Has(WordTag.NameParticle))) k++;
                    // one capitalised word is no full name (what follows keeps none of fewer than two words): not looked at further
                    if (k - s < 2) continue;
                    // "Leader of the Opposition Nisar Khan", "Chief of Army Staff Gen. Ali Shah": a title whose lower-case words
                    // ("of the") broke the run of capitals opens it
                    s = TitleOpeningBefore(tk, s, k);
                    // strip titles, nationalities and function words at the front
                    char gender = '\0';
                    int a = s;
                    // "architect Marwan Al-Sayed", "Senator Jo Bell": the role written before the name, for "the architect"
                    string? writtenTitle = null;
                    // where the title written before the name starts (its country's word with it), -1 when none is
                    int titleFrom = -1;
                    string? roleNoun = s > 0 && tk[s - 1].IsLowerWord && tk[s - 1].IsSpeakerNoun(out var sg, out var pl) && !pl ? sg : null;
                    // "the army's chief spokesman, Maj Gen Ali Shah": the role the description set off before the name gives, for "the spokesman"
                    string? apposedRole = s > 1 && tk[s - 1].Is(",") && tk[s - 2].IsLowerWord && tk[s - 2].IsSpeakerNoun(out var asg, out var apl) && !apl ? asg : null;
                    // "The political agent, Amjad Ali Khan, and officers …": a definite role set off before the name, for "the political agent"
                    string? roleWords = null;
                    bool definiteRole = false;
                    if (roleNoun == null) definiteRole = (roleNoun = DefiniteRoleBefore(tk, s, k, out roleWords)) != null;
                    // "called on the Prime Minister, Syed Ali Shah, at …": an office's title in capitals set off before the name
                    if (roleNoun == null && OfficeSetOffBefore(tk, s, k) is { } setOffOffice)
                    {
                        writtenTitle = setOffOffice.Title;
                        roleNoun = setOffOffice.Noun;
                    }
                    // "Revenue Minister of Khyber Pakhtunkhwa Jo Bell": the country or province of a title's "of" that opens the run
                    // is the title's, not the name's (a country of one word goes with the words below)
                    a = PastPlaceOfTitle(tk, a, k);
                    // "Director of Public Works Peter Lund": the department of a title's "of" that opens the run is the title's too
                    a = PastDepartmentOfTitle(tk, a, k);
                    // "The Governor of Khyber Pakhtunkhwa visited …": a run that is one place of the country table whole (a province's
                    // name of two words) is no person's name, so "the Governor" later is not taken for the place
                    if (k - a >= 2 && TitlePlace.Whole(tk, a, k) != null) continue;
                    while (a < k)
                    {
                        // (and a word of nobody: "Neither Alan Grayson nor …" writes the name "Alan Grayson")
                        // (the token's own bits asked before the tables: most words of a name are none of these)
                        if (tk[a].Has(WordTag.Function | WordTag.NotNameStart) || tk[a].CueVerb != null || CountryTable.Find(tk[a].Text) != null || Lexicon.IsAdverb(tk[a].Text) ||
                            Lexicon.Is(tk[a].Lower, WordSense.NilSubject)) { a++; continue; }
                        break;
                    }
                    // titles and ranks before the name ("Navy Capt.", "Khyber Province Governor") go; honorifics stay
                    // (a single word has no title before a name, and its gender is not used: no name of one word is kept)
                    if (k - a >= 2)
                    {
                        // what PersonName.Parse gives of the words, without the strings of the name (one list for the document)
                        (written ??= new List<string>()).Clear();
                        for (int x = a; x < k; x++) written.Add(tk[x].Text);
                        int cut = PersonName.TitleOf(written, tk, a, out char parsedGender, out var titleNoun);
                        // "Dean Martinez of the business school": the "of" phrase says the given name is a title
                        if (cut == 0 && k - a == 2 && MentionParser.IsTitleNotGivenName(tk, a, tk.Count))
                        {
                            cut = 1;
                            (titledSurnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(MentionParser.Join(tk, a, k));
                        }
                        if (cut > 0)
                        {
                            var title = PersonName.JoinWords(written, 0, cut);
                            int titleStart = a;
                            a += cut;
                            if (parsedGender != '\0') gender = parsedGender;
                            if (titleNoun != null) roleNoun = titleNoun;
                            // the country written before the title belongs to it ("German Foreign Minister")
                            int t0 = titleStart;
                            while (t0 > s && CountryTable.Find(tk[t0 - 1].Text) != null) t0--;
                            writtenTitle = t0 < titleStart ? MentionParser.Join(tk, t0, titleStart) + " " + title : title;
                            titleFrom = t0;
                        }
                        else if (parsedGender != '\0') gender = parsedGender;
                    }
                    // "Opposition leader Nisar Khan", "Defence minister Ali Shah" opening a sentence: an office's title in sentence case
                    // (the run of capitals starts at the name, after the title's lower-case noun) is the name's written title
                    if (writtenTitle == null && a == s && s >= 2 && tk[s - 1].IsLowerWord && tk[s - 2].IsWord && tk[s - 2].IsCapitalized &&
                        (s == 2 || tk[s - 3].Kind == TokenKind.Punct) && MentionParser.Join(tk, s - 2, s) is var sentenceCase &&
                        SpeakerResolver.SentenceCaseOffice(sentenceCase))
                        writtenTitle = sentenceCase;
                    int n = k - a;
                    if (n >= FullNameMinWords && n <= FullNameMaxWords)
                    {
                        bool org = false;
                        for (int x = a; x < k; x++)
                        {
                            var word = tk[x].Text;
                            int apostrophe = word.IndexOfAny(Apostrophes);
                            if (apostrophe >= 0 && apostrophe != 1 && apostrophe != word.Length - 2) org = true; // I’m, What’s: not names
                            if (tk[x].Has(WordTag.Function | WordTag.NotName)) org = true;
                            if (HasDigit(word)) org = true; // "AirAsia QZ8501", "Windows 10": not people
                            // a title-case headline: "Jo Bell Calls Sam Reed …" is no name (a reporting verb inside it)
                            if (x > a && x < k - 1 && tk[x].IsVerbForm) org = true;
                        }
                        // "Mark Cuban", "Jim Jordan": a surname that names a country or its people, after a given name, is a person's
                        bool givenFirst = Lexicon.IsGivenName(tk[a].Text);
                        // "Will Pakistan charge more …?": a modal or auxiliary that opens a question asks; it is no given name
                        if (tk[a].Has(WordTag.Auxiliary | WordTag.Finite) && MentionParser.OpensQuestion(tk, a)) org = true;
                        for (int x = a; x < k; x++)
                            if (tk[x].IsOrganisationWord || tk[x].IsDocumentWord || CountryTable.Find(tk[x].Text) != null && !(givenFirst && x == k - 1 && x > a) ||
                                IsCapitalsAndDots(tk[x].Text) && tk[x].Text.Length > 1 && !IsInitial(tk[x].Text))
                                org = true;
                        // (the words joined only for a name still kept: the string is the name's, or looked up to drop it)
                        var joined = org ? null : MentionParser.Join(tk, a, k);
                        if (joined != null && CountryTable.FindCountryOrCapital(joined) != null) org = true;
                        // only a name in a subject's place (after punctuation or at the start) can be a pronoun's antecedent
                        // (a possessive, "Lars Berg’s film", is not the subject either)
                        bool possessive = tk[k - 1].EndsInApostropheS;
                        bool subjectPlace = (s == 0 || tk[s - 1].Kind == TokenKind.Punct) && !possessive;
                        if (!org) names.Add(new FullName(joined!.Replace(Possessive.Curly, "").Replace(Possessive.Straight, ""), gender, pi, tk[a].Start, subjectPlace) { RoleNoun = roleNoun, ApposedRoleNoun = apposedRole, RoleWords = roleWords, Definite = definiteRole, Title = writtenTitle, AbroadSentence = writtenTitle != null && home != null && NamesAnotherCountry(document.Paragraphs[pi], a, home), SceneCountry = writtenTitle != null ? SentenceScene(document.Paragraphs[pi], a) : null, LedBody = BodyLedBy(tk, s) ?? BodyChairedAfter(tk, k), Employer = ApposedEmployer(tk, k) ?? EmployerBeforeRole(tk, s) ?? ApposedRoleOfBody(tk, k) ?? ApposedLawmakerLabel(tk, k) ?? BracketedPoliticalParty(tk, k) ?? PoliticalPartyOfRoleBefore(tk, s, k), ListedRole = guestList ? ListedRole(document.Paragraphs[pi], s, k) : null, IntroducedRole = CountryOfficeBefore(tk, s, k),
                                                 SetOff = k < tk.Count && (tk[k].Is(",") || tk[k].Is("(") || Rules.ReportedSpeech.IsDash(tk[k]) || tk[k].IsWord && tk[k].Has(WordGroup.OfComplement)) });
                    }
                    // "Foreign Minister Khar", "Secretary Clinton": an office's title before a surname alone names the holder, for a
                    // later bare "the Foreign Minister" (no full name: the surname is kept for the title's noun only)
                    // ("met at the Prime Minister House": after "the", the title and one capitalised word are a place named by the
                    // office, its seat, not the holder: news writes no article before a title and a surname)
                    else if (n == 1 && writtenTitle != null && roleNoun != null && PersonName.IsOffice(writtenTitle) && TitledSurname(tk[a]) &&
                             !(titleFrom > 0 && tk[titleFrom - 1].IsWord && Lexicon.Is(tk[titleFrom - 1].Lower, WordGroup.DefiniteArticle)))
                        (surnamesWithOffice ??= new List<FullName>()).Add(new FullName(PartyResolver.StripPossessive(tk[a].Text), gender, pi, tk[a].Start, subjectPlace: false) { RoleNoun = roleNoun, Title = writtenTitle });
                }
            }
            // "Dean Amar said" after "Vikram Amar, dean of …": a full name of the same surname is the person, "Dean" the title
            var titledNames = new List<FullName>();
            foreach (var n in names)
                if (titledSurnames != null && titledSurnames.Contains(n.Name) || IsTitledSurname(n.Name, names)) titledNames.Add(n);
            foreach (var n in titledNames) names.Remove(n);
            return names;
        }

        /// <summary>
        /// True for the one word after an office's title that may be its holder's surname ("Foreign Minister Khar"): a capitalised
        /// word, not a word of the grammar, no organisation's, document's, country's or title's word, no acronym and no number.
        /// </summary>
        private static bool TitledSurname(Token t)
        {
            var word = PartyResolver.StripPossessive(t.Text);
            return t.IsWord && word.Length > 1 && char.IsUpper(word[0]) && !Casing.IsAllCaps(word) && !HasDigit(word) &&
                   !t.Has(WordTag.Function | WordTag.NotName | WordTag.NotNameStart) && !t.IsOrganisationWord && !t.IsDocumentWord &&
                   !t.IsSpeakerNoun(out _, out _) && !Lexicon.IsTitleWord(word) && CountryTable.Find(word) == null && CountryTable.FindCapital(word) == null;
        }

        /// <summary>How many lower-case words may stand between "the" and the noun of a role set off before a name ("the political agent, …").</summary>
        private const int DefiniteRoleModifiers = 2;

        /// <summary>
        /// "The political agent, Amjad Ali Khan, and officers were present": the lower-case noun of a definite role set off by a
        /// comma right before a name that a comma closes (the role's words before the noun in <paramref name="words"/>), so that a
        /// later "the political agent said" is that person; null when no such role stands there (a verb, a plural speaker noun
        /// or a word that is not lower case is no role's noun).
        /// </summary>
        private static string? DefiniteRoleBefore(IReadOnlyList<Token> tk, int s, int k, out string? words)
        {
            words = null;
            if (s < 3 || k >= tk.Count || !tk[k].Is(",") || !tk[s - 1].Is(",")) return null;
            var noun = tk[s - 2];
            if (!noun.IsLowerWord || noun.IsVerbForm || Lexicon.IsAdverb(noun.Text) || noun.Has(WordTag.Function) || noun.IsSpeakerNoun(out _, out bool plural) && plural) return null;
            int j = s - 3;
            while (j >= 0 && s - 3 - j < DefiniteRoleModifiers && tk[j].IsLowerWord && !Lexicon.Is(tk[j].Lower, WordGroup.DefiniteArticle) && !tk[j].Has(WordTag.Function) && !tk[j].IsVerbForm) j--;
            if (j < 0 || !tk[j].IsWord || !Lexicon.Is(tk[j].Lower, WordGroup.DefiniteArticle)) return null;
            if (j < s - 3) words = MentionParser.Join(tk, j + 1, s - 2);
            return noun.Lower;
        }

        /// <summary>How many capitalised words an office's title set off before a name may have ("the Chief Minister of the Province" is none).</summary>
        private const int SetOffOfficeWords = 3;

        /// <summary>
        /// "A delegation called on the Prime Minister, Ali Shah, at his office", "met the President, Jo Bell, on Monday": an office's
        /// title of titles.txt, every word capitalised, between "the" and a comma right before a name that a comma closes, naming
        /// no country and not an office whose holder speaks abroad, is the name's written title, so that a later bare "the Prime
        /// Minister" is that person; its last word, a speaker noun, is the role's noun. Null when no such title stands there.
        /// </summary>
        private static (string Title, string Noun)? OfficeSetOffBefore(IReadOnlyList<Token> tk, int s, int k)
        {
            if (s < 3 || k >= tk.Count || !tk[k].Is(",") || !tk[s - 1].Is(",")) return null;
            int j = s - 2;
            while (j >= 0 && s - 1 - j <= SetOffOfficeWords && tk[j].IsWord && tk[j].IsCapitalized && !Lexicon.Is(tk[j].Lower, WordGroup.DefiniteArticle)) j--;
            if (j < 0 || j == s - 2 || s - 2 - j > SetOffOfficeWords || !tk[j].IsWord || !Lexicon.Is(tk[j].Lower, WordGroup.DefiniteArticle)) return null;
            var title = MentionParser.Join(tk, j + 1, s - 1);
            if (!PersonName.IsHomeOfficeOfNoCountry(title) || !tk[s - 2].IsSpeakerNoun(out var noun, out bool plural) || plural) return null;
            return (title, noun);
        }

        /// <summary>
        /// True when a name of two words opens with a title that is a given name too ("Dean Amar") and another full name of the
        /// list ends with the same surname ("Vikram Amar"): the title and the surname of that person, no name of its own.
        /// </summary>
        private static bool IsTitledSurname(string name, List<FullName> names)
        {
            int blank = name.IndexOf(' ');
            if (blank < 0 || name.IndexOf(' ', blank + 1) >= 0 || !Lexicon.IsGivenNameTitle(name.Substring(0, blank))) return false;
            var surname = name.Substring(blank);
            foreach (var other in names)
                if (other.Name != name && other.Name.EndsWith(surname, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>How many tokens before "chaired by" the body a person leads may take ("the Parliamentary Committee on Ports and Harbours").</summary>
        private const int LedBodyTokens = 8;

        /// <summary>
        /// "the harbour committee, chaired by Senator Jo Bell": the words of the body named before a participle of leading and
        /// "by" that stand right before the name at <paramref name="s"/> (its title included), up to the comma before the
        /// participle; null when the name stands in no such place.
        /// </summary>
        private static string? BodyLedBy(IReadOnlyList<Token> tk, int s)
        {
            if (s < 4 || !tk[s - 1].IsLowerWord || !tk[s - 1].Has(WordGroup.Agent) || !tk[s - 2].IsLowerWord || !tk[s - 2].Has(WordGroup.Leadership) || !tk[s - 3].Is(",")) return null;
            int end = s - 3, start = end;
            while (start > 0 && end - start < LedBodyTokens && tk[start - 1].IsWord) start--;
            return start < end ? MentionParser.Join(tk, start, end) : null;
        }

        /// <summary>
        /// "Senator Jo Bell chairs the Northland Committee on Ports", "Jo Bell, who heads the Harbour Board,": the words of the
        /// body a finite verb of leading one (words.txt 'chairing') names right after the name that ends before token
        /// <paramref name="k"/> (or after its comma and a relative pronoun): "the" and the capitalised words of the body's name
        /// with the connectives inside it, one of them an organisation's word; null when the name stands in no such place.
        /// </summary>
        private static string? BodyChairedAfter(IReadOnlyList<Token> tk, int k)
        {
            int v = k;
            if (v + 1 < tk.Count && tk[v].Is(",") && tk[v + 1].IsLowerWord && tk[v + 1].Has(WordTag.Relative)) v += 2;
            if (v >= tk.Count || !tk[v].IsLowerWord || !Lexicon.Is(tk[v].Lower, WordSense.Chairing)) return null;
            int start = v + 1, end = start;
            if (end < tk.Count && tk[end].IsLowerWord && tk[end].Has(WordGroup.DefiniteArticle)) end++;
            bool organisation = false;
            while (end < tk.Count && end - start < LedBodyTokens)
            {
                if (tk[end].IsWord && (tk[end].IsCapitalized || Casing.IsAllCaps(tk[end].Text))) organisation |= tk[end].IsOrganisationWord;
                else if (!(end > start && tk[end].IsLowerWord && tk[end].Has(WordGroup.OrganisationConnective) && end + 1 < tk.Count && tk[end + 1].IsCapitalized)) break;
                end++;
            }
            return organisation ? MentionParser.Join(tk, start, end) : null;
        }
    }
}
