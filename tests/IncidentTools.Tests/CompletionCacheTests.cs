using System;
using System.IO;
using IncidentTools.Commands;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Tab completion reads a file again only when it (or its folder's manifest) changed.</summary>
    [Collection("CompletionCache")]
    public class CompletionCacheTests
    {
        [Fact]
        public void AFileIsParsedOnceUntilItChanges()
        {
            using var folder = new TempFolder();
            var a = folder.Write("a.txt", "Bridge closed\n\n“We will reopen it soon,” said Tom Reed, the mayor.\n");
            folder.Write("b.txt", "Bridge study\n\n“The piers are cracked,” said Sara Kent, an engineer.\n");
            var paths = new[] { folder.Path };

            var before = CompletionCache.FilesParsed;
            Assert.Equal(new[] { "Sara Kent", "Tom Reed" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(before + 2, CompletionCache.FilesParsed);

            // Again: nothing read, same answer.
            Assert.Equal(new[] { "Sara Kent", "Tom Reed" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(before + 2, CompletionCache.FilesParsed);

            // One file changes: that file alone is read again.
            File.WriteAllText(a, "Bridge closed\n\n“We will reopen it soon,” said Anna Berg, the mayor.\n");
            File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddMinutes(1));
            Assert.Equal(new[] { "Anna Berg", "Sara Kent" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(before + 3, CompletionCache.FilesParsed);

            // A new manifest: parties come from it at once, and the articles are read again under it.
            folder.Write("corpus.yaml", "parties:\n  - name: Town\n    people: [Anna Berg]\n");
            Assert.Equal(new[] { "Town" }, CompletionCache.Values(CandidateKind.Party, paths));
            CompletionCache.Values(CandidateKind.Speaker, paths);
            Assert.Equal(before + 5, CompletionCache.FilesParsed);

            // Ids need no parsing; a file added to the folder is offered.
            folder.Write("c.txt", "Another story\n\nText.\n");
            Assert.Equal(new[] { "a", "b", "c" }, CompletionCache.Values(CandidateKind.Id, paths));
            Assert.Equal(before + 5, CompletionCache.FilesParsed);
        }

        [Fact]
        public void ClaimSpeakersIncludeReportedSpeech()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Bridge closed\n\n“We will reopen it soon,” said Tom Reed, the mayor.\n\nThe piers were cracked, engineer Sara Kent said on Monday.\n");
            var paths = new[] { folder.Path };

            var before = CompletionCache.SpeakersFound;
            // Get-IncidentQuote -Speaker offers who is quoted; Get-IncidentClaim -Speaker also who is reported.
            Assert.Equal(new[] { "Tom Reed" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(new[] { "Sara Kent", "Tom Reed" }, CompletionCache.Values(CandidateKind.ClaimSpeaker, paths));
            // One run of the attribution stage gave both.
            Assert.Equal(before + 1, CompletionCache.SpeakersFound);
        }

        [Fact]
        public void ManyFilesGiveTheSameSpeakersOnEveryThread()
        {
            using var folder = new TempFolder();
            var expected = new System.Collections.Generic.List<string>();
            for (int i = 0; i < 40; i++)
            {
                var name = new[] { "Anna", "Tom", "Sara", "Omar", "Lena", "Paul", "Rita", "Ivan" }[i % 8] + " " + new[] { "Reed", "Kent", "Berg", "Hale", "Moss" }[i / 8];
                folder.Write($"story{i:d2}.txt", $"Storm update {i}\n\n“The roads are closed,” said {name}, a driver.\n");
                expected.Add(name);
            }
            expected.Sort(StringComparer.OrdinalIgnoreCase);
            var before = CompletionCache.SpeakersFound;
            Assert.Equal(expected, CompletionCache.Values(CandidateKind.Speaker, new[] { folder.Path }));
            Assert.Equal(before + 40, CompletionCache.SpeakersFound);
        }

        [Fact]
        public void SpeakersACommandFoundAreNotFoundAgain()
        {
            using var folder = new TempFolder();
            var a = folder.Write("a.txt", "Bridge closed\n\n“We will reopen it soon,” said Tom Reed, the mayor.\n");
            var paths = new[] { folder.Path };

            // What Get-IncidentQuote found in the file, told to the cache as the command writes it.
            CompletionCache.Remember(a, new[] { "Tom Reed", null }, null);
            var found = CompletionCache.SpeakersFound;
            Assert.Equal(new[] { "Tom Reed" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(found, CompletionCache.SpeakersFound);

            // The file changes after the run: the next Tab reads it again.
            File.WriteAllText(a, "Bridge closed\n\n“We will reopen it soon,” said Anna Berg, the mayor.\n");
            File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddMinutes(1));
            Assert.Equal(new[] { "Anna Berg" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(found + 1, CompletionCache.SpeakersFound);
        }

        [Fact]
        public void ACommandsSpeakersAreRememberedWithoutReadingTheManifest()
        {
            // Issue #10: Get-IncidentQuote tells the cache each file's speakers before it writes the file's first quote; the
            // folder's manifest is read when a Tab first needs it, not then (the first result does not wait for a second parse).
            using var folder = new TempFolder();
            var a = folder.Write("a.txt", "Bridge closed\n\n“We will reopen it soon,” said Tom Reed, the mayor.\n");
            folder.Write("corpus.yaml", "parties:\n  - name: Town\n    people: [Tom Reed]\n");
            var paths = new[] { folder.Path };

            var read = CompletionCache.ManifestsRead;
            CompletionCache.Remember(a, new[] { "Tom Reed" }, null);
            Assert.Equal(read, CompletionCache.ManifestsRead);

            // The Tab reads it once, and what the command found is still kept under it.
            var found = CompletionCache.SpeakersFound;
            Assert.Equal(new[] { "Tom Reed" }, CompletionCache.Values(CandidateKind.Speaker, paths));
            Assert.Equal(new[] { "Town" }, CompletionCache.Values(CandidateKind.Party, paths));
            Assert.Equal(read + 1, CompletionCache.ManifestsRead);
            Assert.Equal(found, CompletionCache.SpeakersFound);
        }

        [Fact]
        public void TheFilesKeptAreBoundedOldestFirst()
        {
            Assert.Equal(10_000, CompletionCache.DefaultFileLimit);
            using var folder = new TempFolder();
            var paths = new string[6];
            for (int i = 0; i < paths.Length; i++)
                paths[i] = System.IO.Path.GetFullPath(folder.Write($"s{i}.txt", $"Storm {i}\n\n“The roads are closed,” said Tom Reed, a driver.\n"));
            var limit = CompletionCache.FileLimit;
            try
            {
                CompletionCache.FileLimit = 3;
                Assert.True(CompletionCache.FilesKept <= 3);
                // What commands tell it: the oldest entries go first.
                for (int i = 0; i < 4; i++) CompletionCache.Remember(paths[i], new[] { "Tom Reed" }, null);
                Assert.Equal(3, CompletionCache.FilesKept);
                Assert.False(CompletionCache.Keeps(paths[0]));
                Assert.True(CompletionCache.Keeps(paths[1]) && CompletionCache.Keeps(paths[2]) && CompletionCache.Keeps(paths[3]));

                // A file used again is the newest again: the next one stored lets s2 go, not s1.
                CompletionCache.Remember(paths[1], new[] { "Tom Reed" }, null);
                CompletionCache.Remember(paths[4], new[] { "Tom Reed" }, null);
                Assert.Equal(3, CompletionCache.FilesKept);
                Assert.True(CompletionCache.Keeps(paths[1]));
                Assert.False(CompletionCache.Keeps(paths[2]));

                // A Tab over a folder of more files than the bound still offers every file's values, and keeps the bound.
                var found = CompletionCache.SpeakersFound;
                Assert.Equal(new[] { "Tom Reed" }, CompletionCache.Values(CandidateKind.Speaker, new[] { folder.Path }));
                Assert.Equal(3, CompletionCache.FilesKept);
                Assert.Equal(new[] { "s0", "s1", "s2", "s3", "s4", "s5" }, CompletionCache.Values(CandidateKind.Id, new[] { folder.Path }));
                Assert.True(CompletionCache.SpeakersFound > found);
            }
            finally
            {
                CompletionCache.FileLimit = limit;
            }
            Assert.Equal(CompletionCache.DefaultFileLimit, CompletionCache.FileLimit);
        }
    }
}
