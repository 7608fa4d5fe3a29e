using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Gives the versions of one story the same StoryId as they are read: a document is a
    /// version of an earlier one when both have the same outlet and headline, or when most
    /// of the shorter one's paragraphs stand in the other too.
    /// </summary>
    internal sealed class StoryGrouper
    {
        private readonly List<(IncidentDocument Doc, HashSet<string> Paragraphs)> _seen = new List<(IncidentDocument, HashSet<string>)>();

        /// <summary>The share of the shorter document's paragraphs that must be shared.</summary>
        public const double SharedShare = 0.5;

        public void Assign(IncidentDocument doc, string? manifestStoryId)
        {
            var paragraphs = new HashSet<string>(doc.Paragraphs.Select(p => Key(p.Text)).Where(k => k.Length >= 20), StringComparer.Ordinal);
            if (manifestStoryId != null)
            {
                doc.StoryId = manifestStoryId;
            }
            else
            {
                foreach (var (other, otherParagraphs) in _seen)
                {
                    if (IsVersionOf(doc, paragraphs, other, otherParagraphs))
                    {
                        doc.StoryId = other.StoryId;
                        break;
                    }
                }
            }
            _seen.Add((doc, paragraphs));
        }

        private static bool IsVersionOf(IncidentDocument a, HashSet<string> pa, IncidentDocument b, HashSet<string> pb)
        {
            if (a.Title != null && b.Title != null && a.Outlet != null &&
                string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase) &&
                string.Equals(Key(a.Title), Key(b.Title), StringComparison.Ordinal))
                return true;
            int smaller = Math.Min(pa.Count, pb.Count);
            if (smaller < 3) return false;
            int shared = pa.Count(pb.Contains);
            return shared >= SharedShare * smaller;
        }

        internal static string Key(string text) =>
            Regex.Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('“', '"').Replace('”', '"'), @"\s+", " ").Trim();
    }
}
