using System;
using System.Globalization;

namespace IncidentTools
{
    /// <summary>
    /// Dates as the output objects carry them: ISO 8601 text, the same in a CSV cell, in JSON and on
    /// screen whatever the culture (a DateTimeOffset would be written "12/22/2011 00:00:00 +00:00" or
    /// "22.12.2011 …" by Export-Csv, and "\/Date(…)\/" by Windows PowerShell's ConvertTo-Json).
    /// A date without a time (a manifest's "published: 2011-12-22", a page's "28 March 2012") stays a
    /// date: "2011-12-22", not a midnight shifted into the reader's time zone.
    /// </summary>
    internal static class IsoDate
    {
        /// <summary>"2011-12-22" for a date alone (midnight, no offset), else "2011-12-23T10:00:00-05:00".</summary>
        public static string? Format(DateTimeOffset? value)
        {
            if (value == null) return null;
            var v = value.Value;
            return IsDateOnly(v)
                ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : v.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        /// <summary>What the readers make of a date with no time: midnight at offset zero.</summary>
        public static bool IsDateOnly(DateTimeOffset value) => value.TimeOfDay == TimeSpan.Zero && value.Offset == TimeSpan.Zero;
    }
}
