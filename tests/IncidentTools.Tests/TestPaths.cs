using System;
using System.IO;
using System.Text;

namespace IncidentTools.Tests
{
    /// <summary>Where the test data is, and scratch folders for texts of the tests' own.</summary>
    internal static class TestPaths
    {
        public static string BaseDir => AppContext.BaseDirectory;

        public static string Gold(string name) => Path.Combine(BaseDir, "Gold", name);

        /// <summary>The seed corpus copied beside the test assembly (the engine's default corpus).</summary>
        public static string Seeds => Path.Combine(BaseDir, "seeds");

        /// <summary>The repository root (for the manifest and the staged module).</summary>
        public static string RepoRoot
        {
            get
            {
                var dir = new DirectoryInfo(BaseDir);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IncidentTools.psd1"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + BaseDir);
            }
        }
    }

    /// <summary>A temporary folder that deletes itself.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "incidenttools-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string name, string text, Encoding? encoding = null)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text, encoding ?? new UTF8Encoding(false));
            return file;
        }

        public string WriteBytes(string name, byte[] bytes)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(file, bytes);
            return file;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
