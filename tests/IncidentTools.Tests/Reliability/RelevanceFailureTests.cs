using System;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Reliability
{
    /// <summary>
    /// A relevance judgement that throws for one document (a fault of the judge, injected here) is that document's error,
    /// naming its file; the documents beside it are read and judged as ever.
    /// </summary>
    public class RelevanceFailureTests
    {
        private const string Story = "Ferry service resumes\n\n“The crossing is safe again,” the port manager said on Tuesday.\n";

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void AJudgementThatThrowsIsAnErrorOfItsFileAndTheOtherFilesAreRead(int threads)
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", Story);
            var failing = folder.Write("b.txt", Story.Replace("Tuesday", "Wednesday"));
            folder.Write("c.txt", Story.Replace("Tuesday", "Thursday"));
            var reader = new CorpusReader(File.OpenRead, _ => doc =>
                doc.Id == "b" ? throw new FormatException("a number the judge cannot parse") : (true, "judged"))
            { MaxDegreeOfParallelism = threads };

            var results = reader.Read(new[] { folder.Path }).ToList();

            var problem = Assert.Single(results, r => r.Problem != null).Problem!;
            Assert.Equal(CorpusProblemKind.RelevanceFailed, problem.Kind);
            Assert.False(problem.IsWarning);
            Assert.Equal(failing, problem.Path);
            Assert.Contains("b.txt", problem.Message);
            Assert.IsType<FormatException>(problem.Exception);
            Assert.Equal(new[] { "a", "c" }, results.Where(r => r.Document != null).Select(r => r.Document!.Id).ToArray());
            Assert.All(results.Where(r => r.Document != null), r => Assert.Equal("judged", r.Document!.Relevance));
        }
    }
}
