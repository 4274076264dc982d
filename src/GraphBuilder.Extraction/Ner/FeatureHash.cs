using System.Runtime.CompilerServices;

namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// Hashing used for features: strings are hashed once per token (FNV-1a over UTF-16 units, so prefix hashes fall
/// out of the same loop) and features combine a template number with one or more such hashes. A feature's key is
/// the upper 32 bits of the mixed 64-bit value, which keeps the model file small; with a few million distinct
/// features the odd collision costs nothing measurable.
/// </summary>
internal static class FeatureHash
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong h, char c) => (h ^ c) * Prime;

    /// <summary>Hash of a whole string.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s) h = Step(h, c);
        return h;
    }

    /// <summary>Finaliser (MurmurHash3 fmix64): spreads every input bit over the key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    /// <summary>Key of a feature made of template <paramref name="template"/> and one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a) => ToKey(Mix(a ^ ((ulong)template * 0x9E3779B97F4A7C15UL)));

    /// <summary>Key of a feature made of a template and two values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b) => ToKey(Mix(Mix(a ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + b * 0xD6E8FEB86659FD93UL));

    /// <summary>Key of a feature made of a template and three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(int template, ulong a, ulong b, ulong c) =>
        ToKey(Mix(Mix(Mix(a ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + b * 0xD6E8FEB86659FD93UL) + c * 0xA0761D6478BD642FUL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint ToKey(ulong h)
    {
        var k = (uint)(h >> 32);
        return k == 0 ? 1u : k; // 0 marks an empty slot in FeatureTable
    }
}
