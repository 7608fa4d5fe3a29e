using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Gives the versions of one story the same StoryId as they are read: a document is a
    /// version of an earlier one when both have the same outlet and headline, or when most
    /// of the shorter one's paragraphs stand in the other too. The earliest such document wins.
    /// Earlier documents are found through indexes (outlet and headline; paragraph), so a folder
    /// of 100,000 files is not compared pair by pair.
    /// </summary>
    internal sealed class StoryGrouper
    {
        private readonly List<(IncidentDocument Doc, HashSet<string> Paragraphs)> _seen = new List<(IncidentDocument, HashSet<string>)>();
        private readonly Dictionary<string, int> _byHeadline = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byParagraph = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        /// <summary>The share of the shorter document's paragraphs that must be shared.</summary>
        public const double SharedShare = 0.5;

        /// <summary>
        /// A paragraph that stands in more documents than this is boilerplate (a footer, a standard
        /// disclaimer): the documents after that are not found through it.
        /// </summary>
        public const int MaxDocumentsPerParagraph = 64;

        public void Assign(IncidentDocument doc, string? manifestStoryId)
        {
            var paragraphs = new HashSet<string>(doc.Paragraphs.Select(p => Key(p.Text)).Where(k => k.Length >= 20), StringComparer.Ordinal);
            var headline = doc.Title != null && doc.Outlet != null ? doc.Outlet.ToLowerInvariant() + "\n" + Key(doc.Title) : null;
            if (manifestStoryId != null)
            {
                doc.StoryId = manifestStoryId;
            }
            else
            {
                int best = headline != null && _byHeadline.TryGetValue(headline, out var h) ? h : int.MaxValue;
                if (paragraphs.Count >= 3)
                {
                    // Earlier documents that share at least one paragraph, each counted once, in reading order.
                    var candidates = new SortedSet<int>();
                    foreach (var key in paragraphs)
                        if (_byParagraph.TryGetValue(key, out var list))
                            foreach (var i in list)
                                if (i < best) candidates.Add(i);
                    foreach (var i in candidates)
                    {
                        if (SharesMost(paragraphs, _seen[i].Paragraphs)) { best = i; break; }
                    }
                }
                if (best != int.MaxValue) doc.StoryId = _seen[best].Doc.StoryId;
            }

            int index = _seen.Count;
            _seen.Add((doc, paragraphs));
            if (headline != null && !_byHeadline.ContainsKey(headline)) _byHeadline[headline] = index;
            foreach (var key in paragraphs)
            {
                if (!_byParagraph.TryGetValue(key, out var list)) _byParagraph[key] = list = new List<int>();
                if (list.Count < MaxDocumentsPerParagraph) list.Add(index);
            }
        }

        private static bool SharesMost(HashSet<string> pa, HashSet<string> pb)
        {
            int smaller = Math.Min(pa.Count, pb.Count);
            if (smaller < 3) return false;
            int shared = pa.Count(pb.Contains);
            return shared >= SharedShare * smaller;
        }

        internal static string Key(string text) =>
            Regex.Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('“', '"').Replace('”', '"'), @"\s+", " ").Trim();
    }
}
