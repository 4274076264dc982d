using System.IO.Compression;
using System.Text;

namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// A trained German NER model: the outer-level (and optionally inner-level) linear-chain model and the word lists
/// its features consult. Stored as a small binary file: a 6-byte header, then gzip'd content with feature keys
/// delta-coded and weights quantised to 16 bits.
/// </summary>
public sealed class NerModel
{
    private static readonly byte[] Magic = "GBNER\u0001"u8.ToArray();
    private const int FormatVersion = 1;

    internal NerModel(NerLexicon lexicon, LinearModel outer, LinearModel? inner, string description)
    {
        Lexicon = lexicon;
        Outer = outer;
        Inner = inner;
        Description = description;
    }

    internal NerLexicon Lexicon { get; }
    internal LinearModel Outer { get; }
    internal LinearModel? Inner { get; }

    /// <summary>Free text saved with the model (how it was trained, its dev score).</summary>
    public string Description { get; }

    /// <summary>True when the model also predicts the inner (nested) level.</summary>
    public bool HasInnerLevel => Inner != null;

    /// <summary>Stored weights of both levels, a measure of model size.</summary>
    public int WeightCount => Outer.WeightCount + (Inner?.WeightCount ?? 0);

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        stream.Write(Magic);
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(FormatVersion);
        w.Write(Description);
        w.Write(Lexicon.Codes.Count);
        foreach (var (word, code) in Lexicon.Codes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write7BitEncodedInt(code);
        }
        w.Write(Lexicon.GazetteerClasses.Count);
        foreach (var c in Lexicon.GazetteerClasses) w.Write(c);
        w.Write(Lexicon.Gazetteer.Count);
        foreach (var (word, bits) in Lexicon.Gazetteer.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write7BitEncodedInt((int)bits);
        }
        var dict = Lexicon.Dictionary.Order().ToArray();
        w.Write(dict.Length);
        uint prevKey = 0;
        foreach (var k in dict) { w.Write7BitEncodedInt64(k - prevKey); prevKey = k; }
        WriteLinear(w, Outer);
        w.Write(Inner != null);
        if (Inner != null) WriteLinear(w, Inner);
    }

    /// <summary>Reads a model; throws <see cref="InvalidDataException"/> for anything that is not one.</summary>
    public static NerModel Load(Stream stream)
    {
        Span<byte> head = stackalloc byte[6];
        if (stream.ReadAtLeast(head, 6, throwOnEndOfStream: false) != 6 || !head.SequenceEqual(Magic))
            throw new InvalidDataException("not a GraphBuilder NER model (bad header)");
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(gz, Encoding.UTF8, leaveOpen: true);
            var version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"NER model format {version} is not supported (expected {FormatVersion})");
            var description = r.ReadString();
            var n = r.ReadInt32();
            var codes = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (var i = 0; i < n; i++) codes[r.ReadString()] = r.Read7BitEncodedInt();
            var nc = r.ReadInt32();
            var classes = new string[nc];
            for (var i = 0; i < nc; i++) classes[i] = r.ReadString();
            var ng = r.ReadInt32();
            var gaz = new Dictionary<string, uint>(ng, StringComparer.Ordinal);
            for (var i = 0; i < ng; i++) gaz[r.ReadString()] = (uint)r.Read7BitEncodedInt();
            var nd = r.ReadInt32();
            var dict = new HashSet<uint>(nd);
            uint key = 0;
            for (var i = 0; i < nd; i++) { key += (uint)r.Read7BitEncodedInt64(); dict.Add(key); }
            var outer = ReadLinear(r);
            var inner = r.ReadBoolean() ? ReadLinear(r) : null;
            return new NerModel(new NerLexicon(codes, gaz, classes, dict), outer, inner, description);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("NER model file is truncated");
        }
    }

    /// <summary>Saves to a file.</summary>
    public void Save(string path)
    {
        using var fs = File.Create(path);
        Save(fs);
    }

    /// <summary>Loads from a file.</summary>
    public static NerModel Load(string path)
    {
        using var fs = File.OpenRead(path);
        return Load(fs);
    }

    private static void WriteLinear(BinaryWriter w, LinearModel m)
    {
        var T = NerTagSet.Count;
        w.Write(T);
        w.Write(m.Keys.Length);
        // Keys are stored sorted, as deltas: a few bytes each instead of four.
        uint prev = 0;
        foreach (var k in m.Keys)
        {
            if (k <= prev && prev != 0) throw new InvalidOperationException("model keys must be sorted");
            w.Write7BitEncodedInt64(k - prev);
            prev = k;
        }
        for (var i = 0; i < m.Keys.Length; i++) w.Write((byte)(m.RowStart[i + 1] - m.RowStart[i]));
        w.Write(m.RowTags);
        var max = 0f;
        foreach (var x in m.RowWeights) max = Math.Max(max, Math.Abs(x));
        var scale = max == 0 ? 1f : max / short.MaxValue;
        w.Write(scale);
        foreach (var x in m.RowWeights) w.Write((short)Math.Round(x / scale));
        foreach (var x in m.Transitions) w.Write(x);
        foreach (var x in m.End) w.Write(x);
    }

    private static LinearModel ReadLinear(BinaryReader r)
    {
        var T = r.ReadInt32();
        if (T != NerTagSet.Count) throw new InvalidDataException($"NER model has {T} tags, expected {NerTagSet.Count}");
        var n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException("bad feature count in NER model");
        var keys = new uint[n];
        uint prev = 0;
        for (var i = 0; i < n; i++) { prev += (uint)r.Read7BitEncodedInt64(); keys[i] = prev; }
        var rowStart = new int[n + 1];
        for (var i = 0; i < n; i++) rowStart[i + 1] = rowStart[i] + r.ReadByte();
        var nnz = rowStart[n];
        var tags = r.ReadBytes(nnz);
        if (tags.Length != nnz) throw new EndOfStreamException();
        var scale = r.ReadSingle();
        var weights = new float[nnz];
        for (var i = 0; i < nnz; i++) weights[i] = r.ReadInt16() * scale;
        var trans = new float[(T + 1) * T];
        for (var i = 0; i < trans.Length; i++) trans[i] = r.ReadSingle();
        var end = new float[T];
        for (var i = 0; i < end.Length; i++) end[i] = r.ReadSingle();
        return new LinearModel(keys, rowStart, tags, weights, trans, end);
    }
}
