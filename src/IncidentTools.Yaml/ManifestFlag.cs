using System;

namespace IncidentTools.Corpus
{
    /// <summary>A manifest's true/false value, as YAML writes one (true, false, yes, no, on, off; any case).</summary>
    internal static class ManifestFlag
    {
        public static bool TryParse(string value, out bool flag)
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "true": case "yes": case "on": flag = true; return true;
                case "false": case "no": case "off": flag = false; return true;
                default: flag = false; return false;
            }
        }
    }
}
