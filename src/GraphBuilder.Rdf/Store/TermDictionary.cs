using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace GraphBuilder.Rdf;

/// <summary>
/// Interns terms to dense integer ids (0, 1, 2, ...), so that indexes hold ints and joins compare ints. Thread-safe.
/// </summary>
/// <remarks>
/// Memory is what limits an in-memory store, so terms are not kept as objects: each is encoded once into an
/// append-only byte arena (a kind byte, a datatype or language number, then the text in UTF-8, or in UTF-16 when the
/// text holds unpaired surrogates UTF-8 cannot carry), found again through an open-addressing hash table of ids.
/// That costs about the UTF-8 length plus ~16 bytes per term, against ~150 bytes for a node object, its strings and
/// a dictionary entry. <see cref="this[int]"/> decodes a node on demand, through a small direct-mapped cache so that
/// frequently used terms (predicates, classes) are not rebuilt each time.
/// </remarks>
public sealed class TermDictionary
{
    private const int ChunkShift = 20;                 // positions are (chunk << 20) | offset
    private const int MaxChunkSize = 1 << ChunkShift;  // chunks grow from 4 KB to 1 MB
    private const int MaxChunks = 1 << (31 - ChunkShift);
    private const int MaxCacheSize = 1 << 15;

    private const byte KindBlank = 0, KindIri = 1, KindSimple = 2, KindLang = 3, KindTyped = 4, Utf16Flag = 0x80;

    private readonly object _gate = new();
    private readonly List<byte[]> _chunks = new();
    private int _tail;                      // bytes used in the last chunk
    private int _nextChunkSize = 4096;
    private int[] _positions = new int[16];
    private int[] _hashes = new int[16];
    private int[] _table = new int[32];    // id + 1 per slot, 0 = empty; linear probing
    private int _count;
    private readonly List<string> _datatypes = new();
    private readonly Dictionary<string, int> _datatypeIds = new(StringComparer.Ordinal);
    private readonly List<string> _languages = new();
    // Language tags compare case-insensitively (as literals do): the first spelling seen is the one kept.
    private readonly Dictionary<string, int> _languageIds = new(StringComparer.OrdinalIgnoreCase);
    private byte[] _scratch = new byte[256];
    private CacheEntry?[] _cache = [];

    /// <summary>Number of distinct terms interned.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The id of <paramref name="node"/>, interning it when new.</summary>
    public int Intern(INode node)
    {
        lock (_gate)
        {
            int len = Encode(node, add: true);
            var key = _scratch.AsSpan(0, len);
            int hash = Hash(key);
            int mask = _table.Length - 1;
            int slot = hash & mask;
            while (_table[slot] != 0)
            {
                int existing = _table[slot] - 1;
                if (_hashes[existing] == hash && EntryEquals(existing, key)) return existing;
                slot = (slot + 1) & mask;
            }
            int id = _count;
            if (id == _positions.Length)
            {
                Array.Resize(ref _positions, id * 2);
                Array.Resize(ref _hashes, id * 2);
            }
            _positions[id] = Append(key);
            _hashes[id] = hash;
            _table[slot] = id + 1;
            Volatile.Write(ref _count, id + 1);
            if ((long)_count * 10 > (long)_table.Length * 7) Rehash(_table.Length * 2);
            return id;
        }
    }

    /// <summary>The id of <paramref name="node"/>, or -1 when it was never interned (so no triple can contain it).</summary>
    public int Lookup(INode node)
    {
        lock (_gate)
        {
            int len = Encode(node, add: false);
            if (len < 0) return -1;
            var key = _scratch.AsSpan(0, len);
            int hash = Hash(key);
            int mask = _table.Length - 1;
            for (int slot = hash & mask; _table[slot] != 0; slot = (slot + 1) & mask)
            {
                int id = _table[slot] - 1;
                if (_hashes[id] == hash && EntryEquals(id, key)) return id;
            }
            return -1;
        }
    }

    /// <summary>The term with the given id (an equal node; not necessarily the instance that was interned).</summary>
    public INode this[int id]
    {
        get
        {
            var cache = Volatile.Read(ref _cache);
            if (cache.Length > 0 && cache[id & (cache.Length - 1)] is { } hit && hit.Id == id) return hit.Node;
            INode node;
            lock (_gate)
            {
                if ((uint)id >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(id), id, "no term has this id");
                node = Decode(id);
                int wanted = Math.Min(MaxCacheSize, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(_count, 16)));
                if (_cache.Length < wanted) Volatile.Write(ref _cache, cache = new CacheEntry?[wanted]);
                else cache = _cache;
            }
            // Entries are immutable objects, so a racing reader sees either the old or the new one, never a mix.
            cache[id & (cache.Length - 1)] = new CacheEntry(id, node);
            return node;
        }
    }

    private sealed record CacheEntry(int Id, INode Node);

    /// <summary>Encodes the node into <see cref="_scratch"/>; -1 when <paramref name="add"/> is false and its datatype or language was never seen.</summary>
    private int Encode(INode node, bool add)
    {
        byte kind;
        int meta = -1;
        string text;
        switch (node)
        {
            case IUriNode u: kind = KindIri; text = u.Uri; break;
            case IBlankNode b: kind = KindBlank; text = b.InternalID; break;
            case ILiteralNode l:
                text = l.Value;
                if (l.Language.Length > 0) { kind = KindLang; meta = Number(_languages, _languageIds, l.Language, add); }
                else if (l.DataType == Vocab.XsdString) kind = KindSimple;
                else { kind = KindTyped; meta = Number(_datatypes, _datatypeIds, l.DataType, add); }
                if (kind != KindSimple && meta < 0) return -1;
                break;
            default: throw new ArgumentException($"unsupported term type {node.GetType().Name}", nameof(node));
        }
        int max = 6 + Math.Max(Encoding.UTF8.GetMaxByteCount(text.Length), text.Length * 2);
        if (_scratch.Length < max) _scratch = new byte[Math.Max(max, _scratch.Length * 2)];
        int p = 0;
        _scratch[p++] = kind;
        if (meta >= 0) p += WriteVarint(_scratch.AsSpan(p), meta);
        var status = Utf8.FromUtf16(text, _scratch.AsSpan(p), out _, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return p + written;
        _scratch[0] |= Utf16Flag;
        MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(_scratch.AsSpan(p));
        return p + text.Length * 2;
    }

    private static int Number(List<string> list, Dictionary<string, int> ids, string value, bool add)
    {
        if (ids.TryGetValue(value, out int n)) return n;
        if (!add) return -1;
        n = list.Count;
        list.Add(value);
        ids.Add(value, n);
        return n;
    }

    private INode Decode(int id)
    {
        var entry = Entry(id);
        byte kind = entry[0];
        int p = 1;
        int meta = -1;
        int baseKind = kind & ~Utf16Flag;
        if (baseKind is KindLang or KindTyped) p += ReadVarint(entry[1..], out meta);
        var payload = entry[p..];
        string text = (kind & Utf16Flag) != 0
            ? new string(MemoryMarshal.Cast<byte, char>(payload))
            : Encoding.UTF8.GetString(payload);
        return baseKind switch
        {
            KindIri => new UriNode(text),
            KindBlank => new BlankNode(text),
            KindSimple => new LiteralNode(text),
            KindLang => new LiteralNode(text, null, _languages[meta]),
            _ => new LiteralNode(text, _datatypes[meta]),
        };
    }

    private ReadOnlySpan<byte> Entry(int id)
    {
        int pos = _positions[id];
        var chunk = _chunks[pos >>> ChunkShift];
        int offset = pos & (MaxChunkSize - 1);
        int n = ReadVarint(chunk.AsSpan(offset), out int len);
        return chunk.AsSpan(offset + n, len);
    }

    private bool EntryEquals(int id, ReadOnlySpan<byte> key) => Entry(id).SequenceEqual(key);

    private int Append(ReadOnlySpan<byte> key)
    {
        int need = VarintSize(key.Length) + key.Length;
        if (_chunks.Count == 0 || _chunks[^1].Length - _tail < need)
        {
            if (_chunks.Count == MaxChunks) throw new RdfException("term dictionary is full (2 GB of term text)");
            int size = Math.Max(_nextChunkSize, need);
            _nextChunkSize = Math.Min(MaxChunkSize, _nextChunkSize * 2);
            _chunks.Add(new byte[size]);
            _tail = 0;
        }
        var chunk = _chunks[^1];
        int offset = _tail;
        int n = WriteVarint(chunk.AsSpan(offset), key.Length);
        key.CopyTo(chunk.AsSpan(offset + n));
        // An oversized term fills its own chunk (offset 0), so the offset always fits in the low bits.
        _tail = need > MaxChunkSize ? chunk.Length : offset + need;
        return ((_chunks.Count - 1) << ChunkShift) | offset;
    }

    private void Rehash(int size)
    {
        var table = new int[size];
        int mask = size - 1;
        for (int id = 0; id < _count; id++)
        {
            int slot = _hashes[id] & mask;
            while (table[slot] != 0) slot = (slot + 1) & mask;
            table[slot] = id + 1;
        }
        _table = table;
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var h = new HashCode();
        h.AddBytes(key);
        return h.ToHashCode() & int.MaxValue;
    }

    private static int VarintSize(int v)
    {
        int n = 1;
        while ((uint)v >= 0x80) { v = (int)((uint)v >> 7); n++; }
        return n;
    }

    private static int WriteVarint(Span<byte> dest, int v)
    {
        int n = 0;
        uint u = (uint)v;
        while (u >= 0x80)
        {
            dest[n++] = (byte)(u | 0x80);
            u >>= 7;
        }
        dest[n++] = (byte)u;
        return n;
    }

    private static int ReadVarint(ReadOnlySpan<byte> src, out int value)
    {
        uint v = 0;
        int shift = 0, n = 0;
        while (true)
        {
            byte b = src[n++];
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) break;
            shift += 7;
        }
        value = (int)v;
        return n;
    }
}
