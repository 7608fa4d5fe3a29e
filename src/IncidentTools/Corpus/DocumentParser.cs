using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentTools.Text;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Turns the decoded text of one scraped article into an <see cref="IncidentDocument"/>:
    /// headline, highlights, byline, stamps and dateline out of the page header; credits and
    /// teaser lists out of the footer; the clean body paragraphs in between, each with its
    /// line and offset in the file.
    /// </summary>
    internal static class DocumentParser
    {
        private static readonly char[] Bullets = { '•', '·', '▪', '●', '◦', '‣', '∙', '*', '-', '–', '—', '►', '>' };

        private sealed class Parsed
        {
            public string? Title;
            public DocumentParagraph? TitleParagraph;
            public string? Outlet;
            public string? Byline;
            public DateTimeOffset? Updated;
            public DateTimeOffset? Published;
            public string? Dateline;
            public readonly List<string> Contributors = new List<string>();
            public readonly List<DocumentParagraph> Highlights = new List<DocumentParagraph>();
            public readonly List<DocumentParagraph> Body = new List<DocumentParagraph>();
            public readonly List<string> Cruft = new List<string>();

            /// <summary>For each line of <see cref="Cruft"/>, the kind <see cref="PageCruft.Classify"/> gave it, or null for a line taken out unclassified.</summary>
            public readonly List<CruftKind?> CruftKinds = new List<CruftKind?>();

            /// <summary>Adds a removed line; <paramref name="kind"/> is what <see cref="PageCruft.Classify"/> gave it, or null.</summary>
            public void Remove(string line, CruftKind? kind = null)
            {
                Cruft.Add(line);
                CruftKinds.Add(kind);
            }
        }

        public static IncidentDocument Parse(string id, string path, DecodedText decoded, DocumentEntry? entry)
        {
            var text = decoded.Text;
            var lines = SourceLine.Split(text);
            var p = new Parsed();
            var docId = entry?.Id ?? id;

            bool bodyStarted = false;
            bool inHighlights = false;
            bool teaser = false;
            int blankRun = 0;

            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var (s, e, bulleted) = Trim(text, line);
                if (e == s) { blankRun++; continue; }
                int blanksBefore = blankRun;
                blankRun = 0;
                int start = s;
                var trimmed = text.Substring(s, e - s);

                if (teaser) { p.Remove(trimmed); continue; }

                var cruft = PageCruft.Classify(trimmed, !bodyStarted);
                // A teaser heading only ends an article that has begun.
                if (cruft.Kind == CruftKind.TeaserStart && p.Body.Count == 0) cruft = default;
                if (cruft.IsCruft)
                {
                    // a classified line keeps its kind: the dateline's country asks of the removed lines again which are bylines
                    p.Remove(trimmed, cruft.Kind);
                    Absorb(p, cruft);
                    switch (cruft.Kind)
                    {
                        case CruftKind.HighlightsHeader:
                            if (!bodyStarted) inHighlights = true;
                            break;
                        case CruftKind.DatelineMarker:
                            inHighlights = false;
                            break;
                        case CruftKind.TeaserStart:
                            teaser = !HeadsDigestSection(text, lines, i, p);
                            break;
                    }
                    continue;
                }

                if (!bodyStarted)
                {
                    // Headline: the first line that is not cruft, reads as a headline, and is not a bullet.
                    if (p.Title == null && p.Highlights.Count == 0 && !inHighlights && !bulleted && HasTextAfter(text, lines, i) &&
                        (LooksLikeHeadline(trimmed, entry?.Title) || entry?.Title == null && p.Body.Count == 0 && IsHeadlineLine(trimmed) && IsBylineNext(text, lines, i)))
                    {
                        p.Title = trimmed;
                        p.TitleParagraph = new DocumentParagraph(docId, ParagraphSection.Title, 1, line.Number, start, trimmed);
                        continue;
                    }

                    // Highlights: bullets in the header, or the short lines under a "Story highlights" heading.
                    if ((bulleted && !LooksLikeBodyParagraph(trimmed)) || (inHighlights && !LooksLikeBodyParagraph(trimmed)))
                    {
                        p.Highlights.Add(new DocumentParagraph(docId, ParagraphSection.Highlight, p.Highlights.Count + 1, line.Number, start, trimmed));
                        continue;
                    }
                    inHighlights = false;
                }

                // A dateline opens the body: "Islamabad, Pakistan (CNN) -- Top U.S. …"; a line as short as a headline may stand
                // before it as the body's first line: a headline the reader did not take for the title ("Stein removed from
                // debate site by police."), or after the title a line that is no sentence (a wire's line of place and date,
                // "PESHAWAR, Pakistan, Nov. 27, 2011").
                if (p.Dateline == null && (p.Body.Count == 0 || p.Body.Count == 1 && IsHeadlineLine(p.Body[0].Text) && (p.Title == null || !PageCruft.EndsLikeSentence(p.Body[0].Text))))
                {
                    var d = PageCruft.DatelinePrefixMatch(trimmed);
                    if (d.Success && d.Length < trimmed.Length)
                    {
                        // "EXCLUSIVE – Roger Stone: …", "ICYMI – …": a rubric before the dash labels the story, it names no place
                        var place = d.Groups["place"].Success ? d.Groups["place"].Value.Trim().TrimEnd(',') : "";
                        if (place.Length > 0 && !Lexicon.Is(Casing.Lower(place), WordTag.Rubric))
                            p.Dateline = place;
                        if (d.Groups["outlet"].Success) p.Outlet ??= d.Groups["outlet"].Value;
                        p.Remove(trimmed.Substring(0, d.Length).Trim());
                        start += d.Length;
                        trimmed = trimmed.Substring(d.Length);
                    }
                }

                // "LAHORE, March 8, 2011: A court …": a dateline with its year, left in the text, dates the story as a byline's date does
                if (p.Body.Count == 0 && p.Published == null && PageCruft.LeadDate(trimmed) is { } filed) p.Published = DateStamp.Parse(filed);
                bodyStarted = true;
                p.Body.Add(new DocumentParagraph(docId, ParagraphSection.Body, p.Body.Count + 1, line.Number, start, trimmed));
            }

            var title = entry?.Title ?? p.Title;
            return new IncidentDocument(
                docId,
                path,
                title,
                entry?.Outlet ?? p.Outlet,
                entry?.Byline ?? p.Byline,
                p.Contributors.Distinct(StringComparer.Ordinal),
                entry?.Published ?? p.Published,
                entry?.Updated ?? p.Updated,
                p.Dateline,
                p.Highlights,
                p.Body,
                p.TitleParagraph,
                decoded.Encoding,
                decoded.UsedFallback,
                text,
                entry == null ? null : new Dictionary<string, string>(entry.Extra.ToDictionary(kv => kv.Key, kv => kv.Value)),
                p.Cruft,
                p.CruftKinds);
        }

        private static void Absorb(Parsed p, CruftMatch cruft)
        {
            switch (cruft.Kind)
            {
                case CruftKind.Byline:
                    p.Byline ??= cruft.Value;
                    // a date that ends the byline is when the article was published, not its outlet
                    var (outlet, date) = PageCruft.BylineDate(cruft.Outlet);
                    if (outlet != null) p.Outlet ??= outlet;
                    if (date != null && p.Published == null && p.Body.Count == 0) p.Published = DateStamp.Parse(date);
                    break;
                case CruftKind.TimeStamp:
                    // The first stamp in the page is the article's own; later ones belong to teasers.
                    if (p.Updated == null && p.Body.Count == 0 && cruft.Value != null) p.Updated = DateStamp.Parse(cruft.Value);
                    break;
                case CruftKind.PublishedStamp:
                    if (p.Published == null && p.Body.Count == 0 && cruft.Value != null) p.Published = DateStamp.Parse(cruft.Value);
                    if (cruft.Outlet != null && p.Body.Count == 0) p.Outlet ??= cruft.Outlet;
                    break;
                case CruftKind.Credit:
                    if (cruft.Value != null) p.Contributors.AddRange(PageCruft.CreditedNames(cruft.Value));
                    break;
                case CruftKind.VideoCaption:
                case CruftKind.DatelineMarker:
                    if (cruft.Outlet != null) p.Outlet ??= cruft.Outlet;
                    break;
            }
        }

        /// <summary>
        /// Strips a line's surrounding blanks and a leading bullet; returns where its text starts and ends in the file's text
        /// (the same offset for a blank line), and whether it was bulleted.
        /// </summary>
        private static (int Start, int End, bool Bulleted) Trim(string text, SourceLine line)
        {
            var (s, e) = Blanks(text, line);
            bool bulleted = false;
            if (s < e - 1 && Array.IndexOf(Bullets, text[s]) >= 0 && char.IsWhiteSpace(text[s + 1]))
            {
                // "- " and "* " count as bullets; a dash that opens a sentence ("— and then") rarely stands alone at line start.
                bulleted = true;
                s++;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
            }
            return (s, e, bulleted);
        }

        /// <summary>Where a line's text starts and ends in the file's text without its surrounding blanks (what Trim() keeps).</summary>
        private static (int Start, int End) Blanks(string text, SourceLine line)
        {
            int s = line.Start, e = line.End;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            return (s, e);
        }

        /// <summary>The most words and characters a headline has (a longer line is a sentence of the body).</summary>
        private const int HeadlineMaxWords = 25, HeadlineMaxChars = 200;

        /// <summary>
        /// A line as short as a headline, whatever its last mark: a headline written as a sentence ("Stein removed from debate
        /// site by police.") that the title test refused, which may stand before a dateline.
        /// </summary>
        private static bool IsHeadlineLine(string line) => IsHeadlineLength(PageCruft.WordCount(line), line);

        /// <summary>A line of <paramref name="words"/> words no longer than a headline.</summary>
        private static bool IsHeadlineLength(int words, string line) => words <= HeadlineMaxWords && line.Length <= HeadlineMaxChars;

        private static bool LooksLikeHeadline(string line, string? manifestTitle)
        {
            if (manifestTitle != null)
                return string.Equals(Normalise(line), Normalise(manifestTitle), StringComparison.OrdinalIgnoreCase);
            int words = PageCruft.WordCount(line);
            if (words < 2 || !IsHeadlineLength(words, line)) return false;
            if (!char.IsUpper(line[0]) && !char.IsDigit(line[0]) && line[0] != '\'' && line[0] != '‘' && line[0] != '"' && line[0] != '“') return false;
            var last = line[line.Length - 1];
            if (last == '.' || last == ',' || last == ';' || last == ':') return false;
            // A headline is one phrase: no sentence break inside ("… dropping. Could there …"), abbreviations aside. Every
            // break holds a full stop or a question or exclamation mark: a line without one (most headlines) is not searched.
            if (line.IndexOfAny(SentenceEnds) < 0) return true;
            foreach (Match m in SentenceBreak.Matches(line))
            {
                if (!Lexicon.Is(m.Groups["word"].Value, WordClass.HeadlineAbbreviation)) return false;
            }
            return true;
        }

        /// <summary>The marks one of which every <see cref="SentenceBreak"/> match holds.</summary>
        private static readonly char[] SentenceEnds = { '.', '?', '!' };

        private static readonly Regex SentenceBreak = new Regex(@"(?<word>[\p{L}.]{1,12})[.?!][""”’']?\s+[\p{Lu}“""]", RegexOptions.CultureInvariant);

        /// <summary>
        /// "Tuesday’s Morning Email: …" / "TOP STORIES." / a paragraph of sentences: a teaser heading right under a first
        /// line no longer than a headline, with a body paragraph after it, heads the first section of a digest (a
        /// newsletter's stories), not a list of links after the article; the heading goes, the text after it stays.
        /// </summary>
        private static bool HeadsDigestSection(string text, List<SourceLine> lines, int index, Parsed p) =>
            p.Body.Count <= 1 && p.Body.TrueForAll(b => IsHeadlineLine(b.Text)) &&
            NextText(text, lines, index) is var (s, e) && e > s && LooksLikeBodyParagraph(text.Substring(s, e - s));

        /// <summary>
        /// True when the next non-blank line after line <paramref name="index"/> is a byline ("By Jo Bell"): the line above a
        /// byline heads the story even when written as sentences ("Opinion: We were warned. We did nothing.").
        /// </summary>
        private static bool IsBylineNext(string text, List<SourceLine> lines, int index) =>
            NextText(text, lines, index) is var (s, e) && e > s && PageCruft.Classify(text.Substring(s, e - s), true).Kind == CruftKind.Byline;

        /// <summary>True when a non-blank line follows line <paramref name="index"/>: a headline heads something.</summary>
        private static bool HasTextAfter(string text, List<SourceLine> lines, int index) => NextText(text, lines, index) is var (s, e) && e > s;

        /// <summary>Where the text of the first non-blank line after line <paramref name="index"/> starts and ends (<see cref="Blanks"/>); (0, 0) when none.</summary>
        private static (int Start, int End) NextText(string text, List<SourceLine> lines, int index)
        {
            for (int j = index + 1; j < lines.Count; j++)
            {
                var (s, e) = Blanks(text, lines[j]);
                if (e > s) return (s, e);
            }
            return (0, 0);
        }

        private static bool LooksLikeBodyParagraph(string line)
        {
            // Highlights are short and rarely end with a full stop; body paragraphs are sentences.
            int words = PageCruft.WordCount(line);
            return words > 35 || (PageCruft.EndsLikeSentence(line) && words >= 16) || PageCruft.DatelinePrefixMatch(line).Success;
        }

        private static string Normalise(string s) => Regex.Replace(s.Trim(), @"\s+", " ");
    }
}
