namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Open-addressing hash table from feature key to a 32-bit value, read-only after construction. Key and value share
/// one 64-bit slot so that a lookup touches one cache line, which is what tagging speed depends on.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table mapping <c>keys[i]</c> to <c>values[i]</c>. Keys are distinct and non-zero.</summary>
    public FeatureTable(ReadOnlySpan<uint> keys, ReadOnlySpan<uint> values)
    {
        var cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _slots = new ulong[cap];
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
        var slot = Slot(key);
        while (true)
        {
            var s = _slots[slot];
            if ((uint)(s >> 32) == key) { value = (uint)s; return true; }
            if (s == 0) { value = 0; return false; }
            slot = (slot + 1) & _mask;
        }
    }

    // Keys are already well-mixed hash bits.
    private int Slot(uint key) => (int)(key & (uint)_mask);
}
