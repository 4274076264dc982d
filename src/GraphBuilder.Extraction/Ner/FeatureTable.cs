using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Open-addressing hash table from feature key to a 32-bit value, read-only after construction. Key and value share
/// one 64-bit slot so that a lookup touches one cache line, which is what tagging speed depends on.
/// </summary>
internal sealed unsafe class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly int _mask;
    private readonly ulong* _base;

    /// <summary>Builds the table mapping <c>keys[i]</c> to <c>values[i]</c>. Keys are distinct and non-zero.</summary>
    public FeatureTable(ReadOnlySpan<uint> keys, ReadOnlySpan<uint> values)
    {
        var cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        // Pinned, so that Prefetch can hand the processor an address without pinning on every call.
        _slots = GC.AllocateArray<ulong>(cap, pinned: true);
        _base = (ulong*)Unsafe.AsPointer(ref _slots[0]);
        _mask = cap - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) throw new InvalidDataException("zero feature key in model");
            var slot = Slot(keys[i]);
            while (_slots[slot] != 0)
            {
                if ((uint)(_slots[slot] >> 32) == keys[i]) throw new InvalidDataException("duplicate feature key in model");
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = ((ulong)keys[i] << 32) | values[i];
        }
    }

    /// <summary>Finds <paramref name="key"/>'s value.</summary>
    public bool TryFind(uint key, out uint value)
    {
        // _base points at the pinned _slots, and slots are always masked into range.
        var slot = Slot(key);
        while (true)
        {
            var s = _base[slot];
            if ((uint)(s >> 32) == key) { value = (uint)s; return true; }
            if (s == 0) { value = 0; return false; }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// Asks the processor to fetch <paramref name="key"/>'s slot into the cache: tagging knows all keys of a sentence
    /// in advance, and the table is far larger than the cache, so looking a few keys ahead hides the memory latency.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint key)
    {
        if (Sse.IsSupported) Sse.Prefetch0(_base + Slot(key));
    }

    // Keys are already well-mixed hash bits.
    private int Slot(uint key) => (int)(key & (uint)_mask);
}
