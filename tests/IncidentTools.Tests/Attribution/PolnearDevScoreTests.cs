using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The regression guard of the attribution stage: scores the PolNeAR dev split (../shared/polnear, read
    /// in place, never copied) with the engine run in-process and the corpus's own scorer (score.py), and
    /// fails when a figure falls more than 0.01 below the one the README states on its "polnear-dev:" line.
    /// Set INCIDENTTOOLS_NO_POLNEAR=1 on a machine without the shared data.
    /// </summary>
    public class PolnearDevScoreTests
    {
        private const double Tolerance = 0.01;
        private readonly ITestOutputHelper _output;

        public PolnearDevScoreTests(ITestOutputHelper output) => _output = output;

        private static string PolnearDir => Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "polnear"));

        [Fact]
        public void DevFiguresHoldTheReadmesFigures()
        {
            if (Environment.GetEnvironmentVariable("INCIDENTTOOLS_NO_POLNEAR") == "1") return;
            Assert.True(Directory.Exists(Path.Combine(PolnearDir, "dev", "text")),
                $"PolNeAR is not at {PolnearDir}; set INCIDENTTOOLS_NO_POLNEAR=1 to run without it");

            var stated = StatedFigures(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")));
            var measured = Measure(_output);
            foreach (var (name, value) in stated)
            {
                Assert.True(measured.ContainsKey(name), $"score.py printed no {name}");
                _output.WriteLine($"{name}: README {value:0.000}, measured {measured[name]:0.000}");
                Assert.True(measured[name] >= value - Tolerance,
                    $"PolNeAR dev {name} fell to {measured[name]:0.000}, more than {Tolerance} below the README's {value:0.000}");
            }
        }

        [Fact]
        public void TheReadmeLineIsRead()
        {
            var figures = StatedFigures("text\n\n    polnear-dev: quotes-precision 0.978 end-to-end 0.824 attributions-f1 0.702\n");
            Assert.Equal(0.978, figures["quotes-precision"]);
            Assert.Equal(0.824, figures["end-to-end"]);
            Assert.Equal(0.702, figures["attributions-f1"]);
            Assert.Throws<InvalidOperationException>(() => StatedFigures("no figures here"));
        }

        /// <summary>The figures of the README's line "polnear-dev: name value name value …".</summary>
        internal static Dictionary<string, double> StatedFigures(string readme)
        {
            var line = readme.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("polnear-dev:", StringComparison.Ordinal))
                ?? throw new InvalidOperationException("The README has no line starting 'polnear-dev:'");
            var parts = line.Substring("polnear-dev:".Length).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var figures = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int i = 0; i + 1 < parts.Length; i += 2)
                figures[parts[i]] = double.Parse(parts[i + 1], CultureInfo.InvariantCulture);
            return figures;
        }

        /// <summary>Runs the engine on the dev split, writes what score.py reads, runs it and reads its figures back.</summary>
        private static Dictionary<string, double> Measure(ITestOutputHelper output)
        {
            var corpus = IncidentCorpus.Load(Path.Combine(PolnearDir, "dev", "text"));
            using var tmp = new TempFolder();
            var quotes = Path.Combine(tmp.Path, "q.json");
            var claims = Path.Combine(tmp.Path, "c.json");
            File.WriteAllText(quotes, JsonSerializer.Serialize(corpus.Quotes.Select(q => new
            {
                q.Path, q.Start, q.Length, q.SpeakerStart, q.SpeakerLength,
            })));
            File.WriteAllText(claims, JsonSerializer.Serialize(corpus.Attributions.Select(a => new
            {
                a.Path, a.ContentStart, a.ContentLength, a.SourceStart, a.SourceLength,
            })));
            var psi = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Path.Combine(PolnearDir, "score.py"), Path.Combine(PolnearDir, "dev"), "--quotes", quotes, "--claims", claims })
                psi.ArgumentList.Add(arg);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEnd();
            var stderr = p.StandardError.ReadToEnd();
            Assert.True(p.WaitForExit(120_000), "score.py did not finish in two minutes");
            output.WriteLine(stdout);
            Assert.True(p.ExitCode == 0, "score.py failed: " + stderr);
            return ReadFigures(stdout);
        }

        /// <summary>The figures of score.py's two lines ("direct quotes: precision P … end-to-end E", "attributions: … F1 F …").</summary>
        internal static Dictionary<string, double> ReadFigures(string stdout)
        {
            double Figure(string line, string name) =>
                double.Parse(Regex.Match(line, Regex.Escape(name) + @" ([0-9.]+)").Groups[1].Value, CultureInfo.InvariantCulture);
            var lines = stdout.Split('\n');
            var q = lines.First(l => l.StartsWith("direct quotes:", StringComparison.Ordinal));
            var a = lines.First(l => l.StartsWith("attributions:", StringComparison.Ordinal));
            return new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["quotes-precision"] = Figure(q, "precision"),
                ["end-to-end"] = Figure(q, "end-to-end"),
                ["attributions-f1"] = Figure(a, " F1"),
            };
        }
    }
}
