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
    }
}
