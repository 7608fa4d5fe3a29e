using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading;
using IncidentTools.Text;

namespace IncidentTools.Commands
{
    /// <summary>
    /// Called by PowerShell when Import-Module loads IncidentTools.dll: starts the warm-up
    /// (<see cref="ModuleWarmUp"/>) on background threads and returns at once.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        /// <summary>Starts the warm-up in the background (once per process); never throws.</summary>
        public void OnImport()
        {
            StartupTrace.Mark("OnImport");
            ModuleWarmUp.Start();
        }
    }

    /// <summary>
    /// What the first command of a session would otherwise pay for on its own thread, done in the
    /// background from Import-Module on, so that it overlaps with PowerShell's own work between the
    /// import and the first command (finding the command, binding its parameters, loading the module
    /// of Select-Object) and with the user's typing: on one thread the word lists and the tables built
    /// from them; on another the manifest reader and YamlDotNet loaded and their code prepared on the
    /// bundled corpus.yaml (read, never changed), and the accounts' word lists that a judge of relevance reads
    /// next, then a short article of our own (<see cref="Text"/>) read,
    /// cleaned, judged and run through the attribution stage with the bundled manifest's parties (its rules
    /// compiled on this thread while a command that has begun reads its first file), and, unless a command has
    /// begun meanwhile, the claims with the bundled manifest's questions (so the claims' compiled manifest is
    /// ready for the bundled corpus).
    /// </summary>
    /// <remarks>
    /// Nothing it makes is seen by a command: every cache it fills is one that commands fill the same
    /// way (the word lists and the manifest reader are lazy and thread-safe; the compiled manifests
    /// are locked), so a command that starts while the warm-up still runs waits for a list being
    /// loaded instead of loading it a second time, and gives the same output as without a warm-up.
    /// It runs once per process; every exception is caught on its thread (a failure it meets, such
    /// as a manifest reader that cannot be loaded, is met and reported by the command that needs it).
    /// </remarks>
    internal static class ModuleWarmUp
    {
        private static int _started;
        private static volatile bool _commandBegun;
        private static readonly ManualResetEventSlim s_done = new ManualResetEventSlim(false);

        /// <summary>For tests: waits until the warm-up started by an import has ended; false when none started or it is still running after the timeout.</summary>
        internal static bool WaitForEnd(TimeSpan timeout) => Volatile.Read(ref _started) != 0 && s_done.Wait(timeout);

        /// <summary>
        /// Told by each IncidentTools command as PowerShell creates it: from then on the warm-up does only
        /// what that command may still need from it (the word lists, the manifest reader and the article's
        /// quotes, which compile the rules the command is about to run; not the claims, which it would only
        /// take processor time from a Get-IncidentQuote for).
        /// </summary>
        internal static void CommandBegun() => _commandBegun = true;

        /// <summary>For tests: true once an IncidentTools command has been created in this process.</summary>
        internal static bool HasCommandBegun => _commandBegun;

        /// <summary>
        /// Starts the warm-up on two background threads of their own (not the thread pool, whose first threads
        /// PowerShell and other modules may be waiting for), the first time only; never throws: one loads the
        /// word lists (<see cref="LoadWordLists"/>), the other the manifest reader with the bundled manifest and
        /// then the article, and its claims while no command has begun (<see cref="RunInBackground"/>). A command that follows the
        /// import at once needs the manifest and the word lists before it can read a document, and each takes
        /// tens of milliseconds in a fresh process: on two threads they are ready together, and PowerShell's own
        /// work on the pipeline thread goes on beside them.
        /// </summary>
        internal static void Start()
        {
            if (Interlocked.Exchange(ref _started, 1) != 0) return;
            StartThread(LoadWordListsSafely, "IncidentTools word lists");
            StartThread(RunInBackground, "IncidentTools warm-up");
        }

        /// <summary>The threads of the warm-up still running; <see cref="s_done"/> is set when the last ends.</summary>
        private static int _running = 2;

        private static void StartThread(ThreadStart work, string name)
        {
            try
            {
                new Thread(work) { IsBackground = true, Name = name }.Start();
            }
            catch
            {
                // No thread to run it on: the first command does the work itself, as without a warm-up.
                Ended();
            }
        }

        private static void Ended()
        {
            if (Interlocked.Decrement(ref _running) == 0) s_done.Set();
        }

        /// <summary>The word lists, with every exception caught.</summary>
        private static void LoadWordListsSafely()
        {
            try
            {
                LoadWordLists();
                StartupTrace.Mark("warm-up: word lists loaded");
            }
            catch
            {
                // Deliberately ignored: the command that needs a list that fails to load meets the failure itself.
            }
            finally
            {
                Ended();
            }
        }

        /// <summary>
        /// The manifest reader on the bundled manifest; then the article, and unless a command has begun meanwhile
        /// (the processor is then better left to it), the article's claims. Every exception is caught: nothing
        /// escapes into the session.
        /// </summary>
        private static void RunInBackground()
        {
            try
            {
                RunArticle(ReadBundledManifestAndJudge());
            }
            catch
            {
                // Deliberately ignored: the warm-up only saves time; the command that needs what failed meets the failure itself.
            }
            finally
            {
                Ended();
            }
        }

        /// <summary>The whole warm-up on the calling thread, with every exception caught (for tests).</summary>
        internal static void RunSafely()
        {
            try
            {
                Run();
            }
            catch
            {
                // Deliberately ignored, as on the warm-up's threads.
            }
        }

        /// <summary>The warm-up itself on the calling thread, in the order a first Get-IncidentQuote on the bundled corpus needs things.</summary>
        internal static (IReadOnlyList<IncidentQuote> Quotes, IReadOnlyList<IncidentClaim>? Claims) Run()
        {
            var manifest = ReadBundledManifestAndJudge();
            LoadWordLists();
            return RunArticle(manifest);
        }

        /// <summary>
        /// The bundled manifest (<see cref="ReadBundledManifest"/>), then the account lists its judge of relevance reads
        /// (<see cref="Accounts.AccountLexicon"/>): what a command on a folder with a manifest needs next, before it reads its
        /// first file (CorpusReader's RelevanceOf), so it is loaded here, right after the manifest, rather than last on the
        /// word-list thread, where a command started at once waited for it.
        /// </summary>
        private static CorpusManifest ReadBundledManifestAndJudge()
        {
            var manifest = ReadBundledManifest();
            _ = Accounts.AccountLexicon.Default;
            StartupTrace.Mark("warm-up: account lists loaded");
            return manifest;
        }

        /// <summary>
        /// The manifest reader (its own load context, YamlDotNet) on the bundled corpus.yaml; the empty manifest when it fails.
        /// The parse is kept for the first command that reads the same file unchanged (it then only checks the folder's files).
        /// </summary>
        private static CorpusManifest ReadBundledManifest()
        {
            StartupTrace.Mark("warm-up: begins");
            CorpusManifest manifest = CorpusManifest.Empty;
            try
            {
                var file = Corpus.ManifestFiles.FindIn(IncidentCorpus.DefaultPath);
                if (file != null) manifest = Corpus.ManifestYaml.Reader.ReadAndKeep(file, out _);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                // The command reading the manifest reports it; the rest of the warm-up goes on.
            }
            StartupTrace.Mark("warm-up: manifest read");
            return manifest;
        }

        /// <summary>The warm-up article read, cleaned, judged and attributed; then, while no command has begun, its claims.</summary>
        private static (IReadOnlyList<IncidentQuote> Quotes, IReadOnlyList<IncidentClaim>? Claims) RunArticle(CorpusManifest manifest)
        {
            // An article of our own, read and cleaned as a file would be (page cruft, date stamps, story signature).
            var decoded = Corpus.TextDecoder.Decode(Encoding.UTF8.GetBytes(Text));
            var document = Corpus.DocumentParser.Parse("incidenttools-warm-up", Path.Combine(Path.GetTempPath(), "incidenttools-warm-up.txt"), decoded, null);
            Corpus.StorySignature.Of(document);
            StartupTrace.Mark("warm-up: article read and cleaned");

            // The judge of relevance and the attribution stage (the quotes).
            Corpus.IncidentRelevance.For(manifest)?.Judge(document);
            var quotes = QuoteFinder.Find(document, manifest.Parties);
            StartupTrace.Mark("warm-up: quotes found");

            // The claims, while no command has begun (a Get-IncidentQuote would only lose processor time to them).
            if (_commandBegun) return (quotes, null);
            var claims = ClaimFinder.Find(document, manifest.Parties, manifest.Questions);
            StartupTrace.Mark("warm-up: claims found");
            return (quotes, claims);
        }

        /// <summary>
        /// Loads each word list and each table built from them (they are lazy): a look-up in each. What reading the
        /// first document needs of them at once (the known words of the tokenizer, the cue tables) is here too, and so
        /// are the lists the attribution rules read on any article (clause nouns, sense objects, pronoun cases, ...), so
        /// that a command's threads find them loaded instead of loading them or waiting for one another to load them.
        /// </summary>
        internal static void LoadWordLists()
        {
            _ = Lexicon.KnownWords;
            Lexicon.AnyVerb("said");
            Lexicon.PhrasalCues("pointed");
            Lexicon.IsOtherVerbWithParticle("call", "off");
            Lexicon.Is("said", WordTag.None);
            Lexicon.TitlesStartingWith("gen.");
            Lexicon.TitlesOnlyStartingWith("gen.");
            Lexicon.IsTitleWord("general");
            Lexicon.IsGivenNameTitle("Dean");
            Lexicon.GenderOfFirstName("john");
            Lexicon.IsKnownOrganisation("nato");
            Lexicon.IsSpeakerNoun("spokesman", default);
            Lexicon.IsOrganisationWord("ministry");
            Lexicon.MinistryOf("defence");
            _ = Lexicon.Portfolios;
            Lexicon.OfficeExistsIn("political agent", "Pakistan");
            Lexicon.ExecutiveCountry("administration", "official");
            Lexicon.IsDocumentPlural("reports");
            Lexicon.IsAbbreviation("mr.");
            Lexicon.IsUsParty("Republican");
            Lexicon.IsUsParty("Republican", 0, "Republican".Length);
            // The lists the attribution rules read on any article (loaded here rather than on the first command's threads).
            Lexicon.StartsPhrase("press", WordTag.None);
            Lexicon.IsClauseNoun("fact");
            Lexicon.IsLawField("constitutional");
            Lexicon.IsPartyAllianceWord("ruling");
            Lexicon.IsCallObject("police");
            Lexicon.IsExpressedFeeling("regret");
            Lexicon.IsWordingVerb("used");
            Lexicon.IsDocumentPart("summary");
            Lexicon.IsDocumentMaker("conducted");
            Lexicon.IsGivenOccasion("briefing");
            Lexicon.IsFrontierPlace("border");
            Lexicon.IsPresidedBody("house");
            Lexicon.InterviewWords(InterviewWordTag.Held);
            Lexicon.SubjectOfObjectPronoun("him");
            Lexicon.IsEnlistedRank("havildar");
            Lexicon.IsSenseObject("attack", "guard");
            Lexicon.AimedNounBase("attack", "on");
            Lexicon.IsAimedPreposition("on");
            Lexicon.IsCausativeVerb("made");
            Lexicon.IsPollStanding("made");
            Lexicon.IsSoundbiteCue("sot");
            Lexicon.MayStartLetterPhrase("dear");
            Lexicon.NameGivenPhraseEnd(Array.Empty<Token>(), 0, 0);
            CountryTable.MayOpenForm("Khyber");
            _ = Lexicon.LetterPhraseWords;
            _ = Lexicon.Titles.Count;
            _ = Lexicon.CuePhrases.Count;
            _ = Lexicon.Countries.Count;
            Attribution.CueLexicon.Cues("said", out _, out _);
            Attribution.MentionFacts.AtResearchBody("a professor at the university");
            CountryTable.Find("pakistan");
            CountryTable.FindCity("peshawar");
            CountryTable.FindCapital("islamabad");
            CountryTable.FindPlaceInCapitals("PESHAWAR");
            CountryTable.Scan("a Pakistani official", out _);
            // (a form of several words: the longest form's length; the party names' table; the naming forms completion reads on
            // the first command's articles, CompletionCache.CountriesOf)
            CountryTable.Scan("the United States", out _);
            CountryTable.ByName("United States");
            CountryTable.NamedIn("the United States");
            // (the warm-up's other thread loads these right after the manifest; here too, for a command that comes first)
            _ = Accounts.AccountLexicon.Default;
        }

        /// <summary>
        /// The warm-up article: a few paragraphs of our own that reach the main rules (a dateline and a
        /// byline, a quote before and after its cue, a continued quote, a partial quote, "according to",
        /// reported speech with and without "that", a statement noun, a pronoun, a title and a role).
        /// </summary>
        internal const string Text =
            "Officials trade blame after border clash\n" +
            "\n" +
            "By Jo Bell, Staff Writer\n" +
            "Updated 1834 GMT (0234 HKT) December 2, 2011\n" +
            "\n" +
            "ISLAMABAD, Pakistan (AP) -- Pakistan's army said Friday that its soldiers had not fired first, and the foreign ministry called the attack a grave violation of the country's sovereignty.\n" +
            "\n" +
            "\"We did not open fire on anyone,\" said Maj. Gen. Ahmed Khan, a spokesman for the military. \"Our posts were attacked without warning.\"\n" +
            "\n" +
            "He added that the government would review all cooperation with NATO.\n" +
            "\n" +
            "A U.S. defense official, who spoke on condition of anonymity, said the inquiry would be \"thorough and transparent.\" According to the official, coalition forces had asked for air support after coming under fire.\n" +
            "\n" +
            "The Pentagon has said it regrets the loss of life. In a statement, the U.S. Embassy said that the two sides were in contact.\n" +
            "\n" +
            "\"It is too early to say what happened,\" Secretary of State Hillary Clinton told reporters in Washington.\n";
    }
}
