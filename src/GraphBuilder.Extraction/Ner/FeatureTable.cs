namespace GraphBuilder.Extraction.Ner;

/// <summary>Open-addressing hash table from feature key to row number, read-only after construction.</summary>
internal sealed class FeatureTable
{
    private readonly uint[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <summary>Builds the table; row <c>i</c> belongs to <c>keys[i]</c>. Keys are distinct and non-zero.</summary>
    public FeatureTable(ReadOnlySpan<uint> keys)
    {
        var cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _keys = new uint[cap];
        _rows = new int[cap];
        _mask = cap - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = Slot(keys[i]);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == keys[i]) throw new InvalidDataException("duplicate feature key in model");
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = keys[i];
            _rows[slot] = i;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int Find(uint key)
    {
        var slot = Slot(key);
        while (true)
        {
            var k = _keys[slot];
            if (k == key) return _rows[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    // Keys are already well mixed hashes; multiplying spreads the low bits we index with.
    private int Slot(uint key) => (int)((key * 2654435769u) >> 7) & _mask;
}
