using System;
using System.Text;

namespace IncidentTools.Corpus
{
    /// <summary>The text of a file and how it was decoded.</summary>
    internal readonly struct DecodedText
    {
        public DecodedText(string text, string encoding, bool usedFallback)
        {
            Text = text;
            Encoding = encoding;
            UsedFallback = usedFallback;
        }

        /// <summary>The decoded text, byte-order mark removed, line endings as in the file.</summary>
        public string Text { get; }
        public string Encoding { get; }
        /// <summary>True when the bytes were not valid UTF-8 and were read as Windows-1252.</summary>
        public bool UsedFallback { get; }
    }

    /// <summary>A file whose bytes are not text (NUL bytes, control characters).</summary>
    internal sealed class NotTextException : Exception
    {
        public NotTextException(string message) : base(message) { }
    }

    /// <summary>
    /// Decodes article files: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM,
    /// and Windows-1252 for bytes that are not valid UTF-8 (reported, never silent).
    /// Offsets into the result match what PowerShell's Get-Content -Raw gives.
    /// </summary>
    internal static class TextDecoder
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

#if NET8_0_OR_GREATER
        /// <summary>The control characters <see cref="Checked"/> counts: below U+0020, but tab, line feed, vertical tab, form feed and carriage return.</summary>
        private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
            "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
#endif

        // Windows-1252 0x80-0x9F; the rest of the code page is Latin-1. 0 marks the five undefined bytes,
        // which map to the C1 controls of the same value, as Windows does.
        private static readonly char[] Cp1252High =
        {
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
        };

        public static DecodedText Decode(byte[] bytes) => Decode(bytes, bytes.Length);

        /// <summary>Decodes the first <paramref name="count"/> bytes (a buffer that is reused may be longer than the file).</summary>
        public static DecodedText Decode(byte[] bytes, int count)
        {
            try
            {
                return DecodeBytes(bytes, count);
            }
            catch (DecoderFallbackException ex)
            {
                // Only the UTF-16/32 paths get here (UTF-8 falls back to Windows-1252): a BOM over bytes that are not that encoding.
                throw new NotTextException("the file starts with a Unicode byte-order mark but its bytes are not valid in that encoding (" + ex.Message + ")");
            }
        }

        private static DecodedText DecodeBytes(byte[] bytes, int count)
        {
            if (count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
                return Checked(new UTF32Encoding(false, false, true).GetString(bytes, 4, count - 4), "utf-32LE");
            if (count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
                return Checked(new UTF32Encoding(true, false, true).GetString(bytes, 4, count - 4), "utf-32BE");
            if (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
                return DecodeUtf8(bytes, 3, count, "utf-8-bom");
            if (count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
                return Checked(new UnicodeEncoding(false, false, true).GetString(bytes, 2, count - 2), "utf-16LE");
            if (count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
                return Checked(new UnicodeEncoding(true, false, true).GetString(bytes, 2, count - 2), "utf-16BE");

            if (Array.IndexOf(bytes, (byte)0, 0, count) >= 0)
                throw new NotTextException("it holds NUL bytes and no UTF-16 byte-order mark");

            return DecodeUtf8(bytes, 0, count, "utf-8");
        }

        private static DecodedText DecodeUtf8(byte[] bytes, int offset, int count, string name)
        {
            try
            {
                return Checked(StrictUtf8.GetString(bytes, offset, count - offset), name);
            }
            catch (DecoderFallbackException)
            {
                return Checked(DecodeWindows1252(bytes, offset, count), "windows-1252", usedFallback: true);
            }
        }

        internal static string DecodeWindows1252(byte[] bytes, int offset = 0) => DecodeWindows1252(bytes, offset, bytes.Length);

        private static string DecodeWindows1252(byte[] bytes, int offset, int count)
        {
            var chars = new char[count - offset];
            for (int i = offset; i < count; i++)
            {
                byte b = bytes[i];
                chars[i - offset] = b >= 0x80 && b <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            }
            return new string(chars);
        }

        private static DecodedText Checked(string text, string name, bool usedFallback = false)
        {
            // Text has few control characters; a binary file has many.
#if NET8_0_OR_GREATER
            // most text has none but line breaks and tabs: one vectorised search says so, with no count
            if (text.AsSpan().IndexOfAny(Controls) < 0) return new DecodedText(text, name, usedFallback);
#endif
            int controls = 0;
            foreach (char c in text)
            {
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') controls++;
            }
            if (controls > 0 && controls * 100 > text.Length)
                throw new NotTextException($"{controls} of its {text.Length} characters are control characters");
            return new DecodedText(text, name, usedFallback);
        }
    }
}
