using System;
using System.Collections.Generic;
using System.IO;
using IncidentTools.Text;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// The files one reader has read and the document ids it has met, for its two checks: a file
    /// is read once per command, and an id met twice is a DuplicateId problem that names the file
    /// the id was met in first. Kept compactly, since a command may read hundreds of thousands of
    /// files: each folder once, each file name once in a pool of bytes (one byte a character for
    /// an ASCII name, two otherwise: every name is kept exactly), and an id only when it is not its
    /// file's name without extension (a manifest's 'id:'). Two hash tables of file numbers find a
    /// name and an id; a hash is only a first test, the name or id itself is compared, so the
    /// checks are exact. About 40 bytes a file with an ASCII name of 13 characters, against about 170 for strings in dictionaries.
    /// </summary>
    internal sealed class ReadFiles
    {
        private readonly List<string> _folders = new List<string>();
        private readonly Dictionary<string, int> _folderNumbers = new Dictionary<string, int>(StringComparer.Ordinal);

        // Per file (numbered in the order met): its folder and where its name stands in the pool.
        private readonly ChunkedList<int> _fileFolder = new ChunkedList<int>();
        private readonly ChunkedList<int> _fileName = new ChunkedList<int>();
        private readonly NamePool _names = new NamePool();

        private readonly NumberTable _byName;
        private readonly NumberTable _byId = new NumberTable(null);
        // The ids that are not their file's name without extension, by file.
        private readonly Dictionary<int, string> _otherIds = new Dictionary<int, string>();

        public ReadFiles()
        {
            // The name table keeps no hashes: a name's is worked out again from the pool when the table grows.
            _byName = new NumberTable(number => NameHash(_names.Hash(_fileName[number]), _fileFolder[number]));
        }

        private static int NameHash(int nameHash, int folder) => unchecked(nameHash * 31 + folder);

        /// <summary>How many files have been met.</summary>
        public int Count => _fileFolder.Count;

        /// <summary>
        /// True the first time the file (its folder and name) is met; <paramref name="number"/> is
        /// then its new number, else the number it was given the first time.
        /// </summary>
        public bool Add(string folder, string name, out int number)
        {
            if (!_folderNumbers.TryGetValue(folder, out int f))
            {
                f = _folders.Count;
                _folders.Add(folder);
                _folderNumbers[folder] = f;
            }
            int hash = NameHash(NamePool.Hash(name), f);
            for (var probe = _byName.Probe(hash); probe.Next(out int candidate);)
                if (_fileFolder[candidate] == f && _names.EqualsOrdinal(_fileName[candidate], name))
                {
                    number = candidate;
                    return false;
                }
            number = _fileFolder.Count;
            _fileFolder.Add(f);
            _fileName.Add(_names.Add(name));
            _byName.Add(hash, number);
            return true;
        }

        /// <summary>The full path of a file met (its folder and name combined as Path.Combine does).</summary>
        public string PathOf(int number) => Path.Combine(_folders[_fileFolder[number]], _names.ToString(_fileName[number]));

        /// <summary>
        /// Notes that the document of file <paramref name="number"/> has the id, unless a document
        /// read before has the same id (compared ignoring case, ordinally): false then, with the
        /// number of that document's file.
        /// </summary>
        public bool FirstWithId(string id, int number, out int first)
        {
            // Every document's id is kept (IdOf), the first of each id is found by it.
            if (!_names.IsStemOf(_fileName[number], id)) _otherIds[number] = id;
            int hash = StringComparer.OrdinalIgnoreCase.GetHashCode(id);
            for (var probe = _byId.Probe(hash); probe.Next(out int candidate);)
                if (string.Equals(IdOf(candidate), id, StringComparison.OrdinalIgnoreCase))
                {
                    first = candidate;
                    return false;
                }
            _byId.Add(hash, number);
            first = number;
            return true;
        }

        /// <summary>The id of a file's document, as given to <see cref="FirstWithId"/>.</summary>
        public string IdOf(int number) => _otherIds.TryGetValue(number, out var id) ? id : _names.StemOf(_fileName[number]);
    }

    /// <summary>A list that grows by blocks of 8,192 items, so it never copies itself nor holds an array in the large object heap.</summary>
    internal sealed class ChunkedList<T>
    {
        private const int Shift = 13;
        private const int Mask = (1 << Shift) - 1;
        private T[][] _blocks = new T[4][];
        private int _count;

        public int Count => _count;

        public T this[int index]
        {
            get => _blocks[index >> Shift][index & Mask];
            set => _blocks[index >> Shift][index & Mask] = value;
        }

        public void Add(T item)
        {
            int block = _count >> Shift;
            if (block == _blocks.Length) Array.Resize(ref _blocks, _blocks.Length * 2);
            var items = _blocks[block] ??= new T[_count == 0 ? 64 : 1 << Shift];
            if ((_count & Mask) == items.Length) Array.Resize(ref _blocks[block], Math.Min(items.Length * 2, 1 << Shift));
            _blocks[block][_count & Mask] = item;
            _count++;
        }

        /// <summary>Makes the list <paramref name="count"/> long, the new items default.</summary>
        public void GrowTo(int count)
        {
            while (_count < count) Add(default!);
        }
    }

    /// <summary>
    /// Strings kept exactly in blocks of 64 KiB: an ASCII string under 128 characters as its length
    /// and one byte a character; any other as a marker, its length (4 bytes) and two bytes a
    /// character. A string is found by its position (block * 65,536 + offset).
    /// </summary>
    internal sealed class NamePool
    {
        private const int BlockBytes = 1 << 16;
        private const byte Wide = 0xFF;
        private readonly List<byte[]> _blocks = new List<byte[]>();
        private int _used = BlockBytes; // bytes used in the last block

        public int Add(string s)
        {
            bool narrow = s.Length < 0x80;
            if (narrow)
                foreach (char c in s)
                    if (c >= 0x80) { narrow = false; break; }
            int size = narrow ? 1 + s.Length : 5 + 2 * s.Length;
            byte[] block;
            if (size > BlockBytes - _used)
            {
                block = new byte[Math.Max(BlockBytes, size)];
                _blocks.Add(block);
                _used = 0;
            }
            else block = _blocks[_blocks.Count - 1];
            int position = ((_blocks.Count - 1) << 16) | _used;
            int at = _used;
            if (narrow)
            {
                block[at++] = (byte)s.Length;
                foreach (char c in s) block[at++] = (byte)c;
            }
            else
            {
                block[at++] = Wide;
                int n = s.Length;
                block[at++] = (byte)n; block[at++] = (byte)(n >> 8); block[at++] = (byte)(n >> 16); block[at++] = (byte)(n >> 24);
                foreach (char c in s) { block[at++] = (byte)c; block[at++] = (byte)(c >> 8); }
            }
            // A string larger than a block has its own and the next string starts a new one.
            _used = size > BlockBytes ? BlockBytes : _used + size;
            return position;
        }

        private byte[] Entry(int position, out int at, out int length, out bool wide)
        {
            var block = _blocks[position >> 16];
            at = position & 0xFFFF;
            wide = block[at] == Wide;
            if (wide)
            {
                length = block[at + 1] | block[at + 2] << 8 | block[at + 3] << 16 | block[at + 4] << 24;
                at += 5;
            }
            else
            {
                length = block[at];
                at += 1;
            }
            return block;
        }

        private static char CharAt(byte[] block, int at, int i, bool wide) =>
            wide ? (char)(block[at + 2 * i] | block[at + 2 * i + 1] << 8) : (char)block[at + i];

        /// <summary>A hash of a string's characters (FNV-1a), the same for the string and its entry.</summary>
        public static int Hash(string s) => unchecked((int)Fnv1a.Of(s, 0, s.Length));

        public int Hash(int position)
        {
            var block = Entry(position, out int at, out int length, out bool wide);
            uint h = Fnv1a.Basis;
            for (int i = 0; i < length; i++) h = Fnv1a.Add(h, CharAt(block, at, i, wide));
            return unchecked((int)h);
        }

        public bool EqualsOrdinal(int position, string s)
        {
            var block = Entry(position, out int at, out int length, out bool wide);
            if (length != s.Length) return false;
            for (int i = 0; i < length; i++)
                if (CharAt(block, at, i, wide) != s[i]) return false;
            return true;
        }

        /// <summary>Two strings of the pool compared as <see cref="string.CompareOrdinal(string, string)"/> compares them (by sign).</summary>
        public int CompareOrdinal(int a, int b)
        {
            var blockA = Entry(a, out int atA, out int lengthA, out bool wideA);
            var blockB = Entry(b, out int atB, out int lengthB, out bool wideB);
            int n = Math.Min(lengthA, lengthB);
            for (int i = 0; i < n; i++)
            {
                int d = CharAt(blockA, atA, i, wideA) - CharAt(blockB, atB, i, wideB);
                if (d != 0) return d;
            }
            return lengthA - lengthB;
        }

        public string ToString(int position) => Substring(position, -1);

        /// <summary>The string without its extension, as Path.GetFileNameWithoutExtension gives it for a file name.</summary>
        public string StemOf(int position) => Substring(position, StemLength(position));

        /// <summary>True when <paramref name="stem"/> is, ordinally, the string without its extension.</summary>
        public bool IsStemOf(int position, string stem)
        {
            var block = Entry(position, out int at, out _, out bool wide);
            if (StemLength(position) != stem.Length) return false;
            for (int i = 0; i < stem.Length; i++)
                if (CharAt(block, at, i, wide) != stem[i]) return false;
            return true;
        }

        private int StemLength(int position)
        {
            var block = Entry(position, out int at, out int length, out bool wide);
            for (int i = length - 1; i >= 0; i--)
                if (CharAt(block, at, i, wide) == '.') return i;
            return length;
        }

        private string Substring(int position, int count)
        {
            var block = Entry(position, out int at, out int length, out bool wide);
            if (count < 0) count = length;
            var chars = new char[count];
            for (int i = 0; i < count; i++) chars[i] = CharAt(block, at, i, wide);
            return new string(chars);
        }
    }

    /// <summary>
    /// A hash table of numbers (0 and up) under 32-bit hashes, several numbers per hash allowed:
    /// open addressing, linear probing, filled to between half and three quarters. Either the hash
    /// is kept beside each number, so that only numbers of the same hash are given to the caller to
    /// compare, or (4 bytes a number instead of 8) every number met on the way is given and the
    /// table asks <c>hashOf</c> for a number's hash when it grows. The table is split in 64 parts
    /// (by other bits of the hash than those that place a number in its part) that grow on their
    /// own, so that a table of a million numbers has no array in the large object heap and a growth
    /// leaves a small array behind, not one as large as the table.
    /// </summary>
    internal sealed class NumberTable
    {
        private const int PartBits = 6;
        private const int Parts = 1 << PartBits;
        private readonly Func<int, int>? _hashOf;
        private readonly int[]?[] _numbers = new int[Parts][]; // number + 1; 0 marks an empty slot
        private readonly int[]?[]? _hashes;
        private readonly int[] _counts = new int[Parts];

        public NumberTable(Func<int, int>? hashOf)
        {
            _hashOf = hashOf;
            if (hashOf == null) _hashes = new int[Parts][];
        }

        private static int PartOf(int hash) => (int)((uint)(hash * 0x2C1B3C6D) >> (32 - PartBits));

        public Probing Probe(int hash)
        {
            int part = PartOf(hash);
            return new Probing(_numbers[part], _hashes?[part], hash);
        }

        private static int Home(int hash, int size) => (int)(((ulong)(uint)(hash * -1640531535) * (ulong)size) >> 32);

        public void Add(int hash, int number)
        {
            int part = PartOf(hash);
            var numbers = _numbers[part];
            if (numbers == null || (_counts[part] + 1) * 4 > numbers.Length * 3) numbers = Grow(part);
            Place(numbers, _hashes?[part], hash, number + 1);
            _counts[part]++;
        }

        private static void Place(int[] numbers, int[]? hashes, int hash, int value)
        {
            int size = numbers.Length;
            int i = Home(hash, size);
            while (numbers[i] != 0) i = i + 1 == size ? 0 : i + 1;
            numbers[i] = value;
            if (hashes != null) hashes[i] = hash;
        }

        private int[] Grow(int part)
        {
            var old = _numbers[part];
            var oldHashes = _hashes?[part];
            int size = old == null ? 8 : old.Length + old.Length / 2;
            var numbers = new int[size];
            var hashes = _hashes != null ? new int[size] : null;
            if (old != null)
                for (int i = 0; i < old.Length; i++)
                    if (old[i] != 0) Place(numbers, hashes, oldHashes != null ? oldHashes[i] : _hashOf!(old[i] - 1), old[i]);
            _numbers[part] = numbers;
            if (_hashes != null) _hashes[part] = hashes;
            return numbers;
        }

        /// <summary>The numbers that may stand under one hash: <c>for (var p = table.Probe(h); p.Next(out int n);)</c>.</summary>
        public struct Probing
        {
            private readonly int[]? _numbers;
            private readonly int[]? _hashes;
            private readonly int _hash;
            private int _slot;

            internal Probing(int[]? numbers, int[]? hashes, int hash)
            {
                _numbers = numbers;
                _hashes = hashes;
                _hash = hash;
                _slot = numbers == null ? -1 : Home(hash, numbers.Length);
            }

            public bool Next(out int number)
            {
                number = -1;
                if (_numbers == null) return false;
                int size = _numbers.Length;
                while (true)
                {
                    int value = _numbers[_slot];
                    if (value == 0) return false;
                    int slot = _slot;
                    _slot = _slot + 1 == size ? 0 : _slot + 1;
                    if (_hashes == null || _hashes[slot] == _hash)
                    {
                        number = value - 1;
                        return true;
                    }
                }
            }
        }
    }
}
