using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// The parties and questions of a manifest made ready for reading claims: the party index and
    /// the position cues. Both are read-only once built, so a manifest of the same content (the
    /// same folder loaded again, or a copy of the manifest) reuses them: a small cache, keyed by
    /// everything in the definitions that the claims depend on.
    /// </summary>
    internal sealed class CompiledManifest
    {
        private const int Size = 16;
        private static readonly Dictionary<string, CompiledManifest> Cache = new Dictionary<string, CompiledManifest>(StringComparer.Ordinal);
        private static readonly LinkedList<string> Order = new LinkedList<string>();

        private CompiledManifest(PartyIndex parties, PositionCues cues, AccountLexicon lexicon)
        {
            Parties = parties;
            Cues = cues;
            Lexicon = lexicon;
        }

        public PartyIndex Parties { get; }
        public PositionCues Cues { get; }
        public AccountLexicon Lexicon { get; }

        public static CompiledManifest For(IEnumerable<PartyDefinition>? parties, IEnumerable<QuestionDefinition>? questions, AccountLexicon lexicon)
        {
            var partyList = (parties ?? Enumerable.Empty<PartyDefinition>()).ToArray();
            var questionList = (questions ?? Enumerable.Empty<QuestionDefinition>()).ToArray();
            return Cached(ref _last, partyList, questionList, lexicon);
        }

        /// <summary>
        /// The parties alone, with no questions: what the quotations' sides need (<see cref="ClaimReader.SidesOf"/>). A slot of
        /// its own, so that quotes and claims read in turns do not make each other's key again.
        /// </summary>
        public static CompiledManifest ForParties(PartyDefinition[] parties, AccountLexicon lexicon) =>
            Cached(ref _lastOfParties, parties, Array.Empty<QuestionDefinition>(), lexicon);

        private static CompiledManifest Cached(ref LastUsed? slot, PartyDefinition[] partyList, QuestionDefinition[] questionList, AccountLexicon lexicon)
        {
            // the documents of one folder come with the same (immutable) definition objects: the one
            // compiled for them last serves again without building the key (no lock taken either)
            var last = System.Threading.Volatile.Read(ref slot);
            if (last != null && ReferenceEquals(last.Lexicon, lexicon) && SameObjects(last.PartyList, partyList) && SameObjects(last.QuestionList, questionList))
                return last.Manifest;
            var found = ForKey(partyList, questionList, lexicon);
            System.Threading.Volatile.Write(ref slot, new LastUsed(partyList, questionList, lexicon, found));
            return found;
        }

        private sealed class LastUsed
        {
            public LastUsed(PartyDefinition[] parties, QuestionDefinition[] questions, AccountLexicon lexicon, CompiledManifest manifest)
            {
                PartyList = parties;
                QuestionList = questions;
                Lexicon = lexicon;
                Manifest = manifest;
            }

            public PartyDefinition[] PartyList { get; }
            public QuestionDefinition[] QuestionList { get; }
            public AccountLexicon Lexicon { get; }
            public CompiledManifest Manifest { get; }
        }

        private static LastUsed? _last;
        private static LastUsed? _lastOfParties;

        private static bool SameObjects<T>(T[] a, T[] b) where T : class
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (!ReferenceEquals(a[i], b[i])) return false;
            return true;
        }

        private static CompiledManifest ForKey(PartyDefinition[] partyList, QuestionDefinition[] questionList, AccountLexicon lexicon)
        {
            var key = Key(partyList, questionList);
            lock (Cache)
            {
                if (Cache.TryGetValue(key, out var known) && ReferenceEquals(known.Lexicon, lexicon)) return known;
            }
            // one build at a time: the threads of a command's first documents (and the warm-up) that ask for the same manifest
            // at once wait for the one being built instead of each building it on a machine whose cores they share
            long asked = StartupTrace.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
            lock (Building)
            {
                lock (Cache)
                {
                    if (Cache.TryGetValue(key, out var known) && ReferenceEquals(known.Lexicon, lexicon))
                    {
                        if (StartupTrace.Enabled) StartupTrace.Waited("the compiled manifest", 0, asked);
                        return known;
                    }
                }
                if (StartupTrace.Enabled) StartupTrace.Mark("compiled manifest: builds");
                var index = new PartyIndex(partyList);
                var built = new CompiledManifest(index, new PositionCues(questionList, index, lexicon), lexicon);
                lock (Cache)
                {
                    if (!Cache.ContainsKey(key))
                    {
                        Order.AddLast(key);
                        if (Order.Count > Size)
                        {
                            Cache.Remove(Order.First!.Value);
                            Order.RemoveFirst();
                        }
                    }
                    Cache[key] = built;
                }
                if (StartupTrace.Enabled) StartupTrace.Mark("compiled manifest: built");
                return built;
            }
        }

        private static readonly object Building = new object();

        /// <summary>The content of the definitions, in order, with separators no manifest text holds.</summary>
        private static string Key(PartyDefinition[] parties, QuestionDefinition[] questions)
        {
            var sb = new StringBuilder();
            void Add(string? s) => sb.Append(s == null ? "\u0002" : s).Append('\u0001');
            foreach (var p in parties)
            {
                if (p == null) { Add("\u0003null-party"); continue; }
                Add("\u0003party"); Add(p.Name);
                Add("\u0003aliases"); foreach (var a in p.Aliases) Add(a);
                Add("\u0003organisations"); foreach (var o in p.Organisations) Add(o);
                Add("\u0003people"); foreach (var n in p.People) Add(n);
            }
            foreach (var q in questions)
            {
                if (q == null) { Add("\u0003null-question"); continue; }
                Add("\u0003question"); Add(q.Id); Add(q.Text);
                foreach (var position in q.Positions)
                {
                    Add("\u0003position"); Add(position?.Label);
                    if (position == null) continue;
                    foreach (var cue in position.Cues) { Add("\u0003cue"); Add(cue?.Text); Add(cue?.Party); if (cue?.Yields == true) Add("\u0003yields"); }
                }
                foreach (var open in q.Open) { Add("\u0003open"); Add(open?.Text); Add(open?.Party); }
            }
            return sb.ToString();
        }
    }
}
