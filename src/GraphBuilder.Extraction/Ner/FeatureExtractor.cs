namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// The feature templates: for every token, keys built from the token itself, its neighbours (two to each side),
/// their shapes, affixes, hyphen parts, lexicon codes and gazetteer classes, and, for the inner-level model, the
/// outer tags. Capitalisation is paired with the sentence position, because in German every noun is capitalised:
/// the model has to learn which capitalised words are names.
/// </summary>
internal static class FeatureExtractor
{
    // Template numbers are part of the model file format: never renumber, only add.
    private const int Bias = 1, Word = 2, Lower = 3, Pre1 = 4, Pre2 = 5, Pre3 = 6, Pre4 = 7, Suf1 = 8, Suf2 = 9, Suf3 = 10, Suf4 = 11;
    private const int Shape = 12, ShapeFirst = 13, LowerM1 = 14, LowerP1 = 15, LowerM2 = 16, LowerP2 = 17, BiM1 = 18, BiP1 = 19;
    private const int ShapeM1 = 20, ShapeP1 = 21, ShapeBiM1 = 22, ShapeBiP1 = 23, ShapeTri = 24, Suf3M1 = 25, Suf3P1 = 26;
    private const int HyFirst = 27, HyLast = 28, Lex = 29, LexM1 = 30, LexP1 = 31, LexBi = 32, Gaz = 33, GazM1 = 34, GazP1 = 35;
    private const int LowerM1Shape = 36, ShapeLowerP1 = 37, HyLex = 38, HyGaz = 39, CapFirstLex = 40, LenBucket = 41;
    private const int WordM1 = 42, WordP1 = 43, LexShape = 44, Suf2M1 = 45, Pre3P1 = 46, DictFirst = 48, DictM1 = 49, DictP1 = 50, DictLex = 51, DictSuf = 52, Pre5 = 53, Suf5 = 54, LowerLex = 55, Quote = 56, QuoteShape = 57, Gram = 58;
    private const int LexM2 = 76, LexP2 = 77, LexTri = 78, HyLastDict = 80, HyLastLex = 81, Suf4M1 = 84, Suf4P1 = 85;
    private const int OuterTag = 60, OuterLower = 61, OuterM1 = 62, OuterP1 = 63, OuterSuf3 = 64, OuterHy = 65, OuterShape = 66, OuterChunkPos = 67;

    // Slots of ResolvableKeys.
    private const int RShape = 0, RHyFirst = 1, RHyLast = 2, RLex = 3, RLexShape = 4, RHyLex = 5, RDictLex = 6, RDictSuf = 7, RHyLastDict = 8, RHyLastLex = 9, RLenBucket = 10, RLowerM1 = 11, RLowerP1 = 12, RLowerM2 = 13, RLowerP2 = 14, RShapeM1 = 15, RShapeP1 = 16, RSuf3M1 = 17, RSuf3P1 = 18, RSuf2M1 = 19, RPre3P1 = 20, RWordM1 = 21, RWordP1 = 22, RLexM1 = 23, RLexP1 = 24, RLexM2 = 25, RLexP2 = 26, RSuf4M1 = 27, RSuf4P1 = 28;

    /// <summary>Number of slots of <see cref="ResolvableKeys"/>.</summary>
    public const int ResolvableCount = 29;

    private static readonly ulong Boundary = FeatureHash.Of("<S>");

    /// <summary>Key of the bias feature, which every token has.</summary>
    internal static uint BiasKey => FeatureHash.Key(Bias, 0);

    /// <summary>Writes the feature keys of every token of a sentence into <paramref name="buffer"/>.</summary>
    public static void Extract(ReadOnlySpan<TokenInfo> toks, ReadOnlySpan<int> outerTags, FeatureBuffer buffer) =>
        Extract(toks, outerTags, buffer, 0, toks.Length);

    /// <summary>
    /// Writes the feature keys of tokens <paramref name="from"/> to <paramref name="to"/> (exclusive) as buffer
    /// tokens 0, 1, ...; the features still look at the neighbours outside the range.
    /// </summary>
    /// <remarks>
    /// With <paramref name="resolved"/> (per token, a model's table values of <see cref="ResolvableKeys"/>), the
    /// features that depend on one token only are written as those values instead of keys.
    /// With <paramref name="wordInternal"/> false, the leading features that depend on the token alone
    /// (<see cref="AddWordInternal"/>) are left out: the tagger adds their scores from its per-word cache.
    /// </remarks>
    public static void Extract(ReadOnlySpan<TokenInfo> toks, ReadOnlySpan<int> outerTags, FeatureBuffer buffer, int from, int to, bool wordInternal = true, uint[][]? resolved = null)
    {
        var res = resolved;
        var n = toks.Length;
        buffer.Reset(to - from);
        var quotes = 0;
        for (var i = 0; i < from; i++) if ((toks[i].Flags & TokenFlags.Quote) != 0) quotes++;
        for (var i = from; i < to; i++)
        {
            buffer.BeginToken(i - from);
            ref readonly var t = ref toks[i];
            var hasM1 = i > 0;
            var hasP1 = i + 1 < n;
            ulong lowM1 = hasM1 ? toks[i - 1].Lower : Boundary, lowP1 = hasP1 ? toks[i + 1].Lower : Boundary;
            ulong lowM2 = i > 1 ? toks[i - 2].Lower : Boundary, lowP2 = i + 2 < n ? toks[i + 2].Lower : Boundary;
            ulong shM1 = hasM1 ? toks[i - 1].Shape : Boundary, shP1 = hasP1 ? toks[i + 1].Shape : Boundary;
            ulong lexM1 = hasM1 ? (ulong)toks[i - 1].LexCode : 999, lexP1 = hasP1 ? (ulong)toks[i + 1].LexCode : 999;

            if (wordInternal) AddWordInternal(buffer, in t);
            if (t.LowerLexCode != 0) buffer.Add(FeatureHash.Key(LowerLex, (ulong)t.LowerLexCode, (ulong)(i == 0 ? 1 : 0)));
            // Inside quotation marks (an odd number of quote tokens before): titles of works, the OTH class.
            if ((quotes & 1) == 1 && (t.Flags & TokenFlags.Quote) == 0)
            {
                buffer.Add(FeatureHash.Key(Quote, 1));
                buffer.Add(FeatureHash.Key(QuoteShape, t.Shape, hasM1 && (toks[i - 1].Flags & TokenFlags.Quote) != 0 ? 1UL : 0UL));
            }
            if ((t.Flags & TokenFlags.Quote) != 0) quotes++;
            { if (res != null) buffer.AddValue(res[i][RShape]); else buffer.Add(FeatureHash.Key(Shape, t.Shape)); }
            buffer.Add(FeatureHash.Key(ShapeFirst, t.Shape, (ulong)(i == 0 ? 1 : hasM1 && (toks[i - 1].Flags & TokenFlags.NoLetter) != 0 ? 2 : 0)));
            if (res != null && hasM1) buffer.AddValue(res[i - 1][RLowerM1]); else buffer.Add(FeatureHash.Key(LowerM1, lowM1));
            if (res != null && hasP1) buffer.AddValue(res[i + 1][RLowerP1]); else buffer.Add(FeatureHash.Key(LowerP1, lowP1));
            if (res != null && i > 1) buffer.AddValue(res[i - 2][RLowerM2]); else buffer.Add(FeatureHash.Key(LowerM2, lowM2));
            if (res != null && i + 2 < n) buffer.AddValue(res[i + 2][RLowerP2]); else buffer.Add(FeatureHash.Key(LowerP2, lowP2));
            buffer.Add(FeatureHash.Key(BiM1, lowM1, t.Lower));
            buffer.Add(FeatureHash.Key(BiP1, t.Lower, lowP1));
            if (res != null && hasM1) buffer.AddValue(res[i - 1][RShapeM1]); else buffer.Add(FeatureHash.Key(ShapeM1, shM1));
            if (res != null && hasP1) buffer.AddValue(res[i + 1][RShapeP1]); else buffer.Add(FeatureHash.Key(ShapeP1, shP1));
            buffer.Add(FeatureHash.Key(ShapeBiM1, shM1, t.Shape));
            buffer.Add(FeatureHash.Key(ShapeBiP1, t.Shape, shP1));
            buffer.Add(FeatureHash.Key(ShapeTri, shM1, t.Shape, shP1));
            if (res != null && hasM1) buffer.AddValue(res[i - 1][RSuf3M1]); else buffer.Add(FeatureHash.Key(Suf3M1, hasM1 ? toks[i - 1].Suffix3 : Boundary));
            if (res != null && hasP1) buffer.AddValue(res[i + 1][RSuf3P1]); else buffer.Add(FeatureHash.Key(Suf3P1, hasP1 ? toks[i + 1].Suffix3 : Boundary));
            if (res != null && hasM1) buffer.AddValue(res[i - 1][RSuf2M1]); else buffer.Add(FeatureHash.Key(Suf2M1, hasM1 ? toks[i - 1].Suffix2 : Boundary));
            if (res != null && hasP1) buffer.AddValue(res[i + 1][RPre3P1]); else buffer.Add(FeatureHash.Key(Pre3P1, hasP1 ? toks[i + 1].Prefix3 : Boundary));
            if (res != null && hasM1) buffer.AddValue(res[i - 1][RWordM1]); else buffer.Add(FeatureHash.Key(WordM1, hasM1 ? toks[i - 1].Word : Boundary));
            if (res != null && hasP1) buffer.AddValue(res[i + 1][RWordP1]); else buffer.Add(FeatureHash.Key(WordP1, hasP1 ? toks[i + 1].Word : Boundary));
            if (t.HyphenFirst != 0) { if (res != null) buffer.AddValue(res[i][RHyFirst]); else buffer.Add(FeatureHash.Key(HyFirst, t.HyphenFirst)); }
            if (t.HyphenLast != 0) { if (res != null) buffer.AddValue(res[i][RHyLast]); else buffer.Add(FeatureHash.Key(HyLast, t.HyphenLast)); }
            { if (res != null) buffer.AddValue(res[i][RLex]); else buffer.Add(FeatureHash.Key(Lex, (ulong)t.LexCode)); }
            if (res != null && hasM1) buffer.AddValue(res[i - 1][RLexM1]); else buffer.Add(FeatureHash.Key(LexM1, lexM1));
            if (res != null && hasP1) buffer.AddValue(res[i + 1][RLexP1]); else buffer.Add(FeatureHash.Key(LexP1, lexP1));
            buffer.Add(FeatureHash.Key(LexBi, lexM1, (ulong)t.LexCode));
            { if (res != null) buffer.AddValue(res[i][RLexShape]); else buffer.Add(FeatureHash.Key(LexShape, (ulong)t.LexCode, t.Shape)); }
            buffer.Add(FeatureHash.Key(CapFirstLex, (ulong)t.LexCode, (ulong)(i == 0 ? 1 : 0), (ulong)(t.Flags & (TokenFlags.Capitalised | TokenFlags.AllCaps))));
            if (t.HyphenFirst != 0) { if (res != null) buffer.AddValue(res[i][RHyLex]); else buffer.Add(FeatureHash.Key(HyLex, (ulong)t.HyphenLexCode)); }
            AddGazetteer(buffer, Gaz, t.Gazetteer);
            if (hasM1) AddGazetteer(buffer, GazM1, toks[i - 1].Gazetteer);
            if (hasP1) AddGazetteer(buffer, GazP1, toks[i + 1].Gazetteer);
            if (t.HyphenFirst != 0) AddGazetteer(buffer, HyGaz, t.HyphenGazetteer);
            buffer.Add(FeatureHash.Key(LowerM1Shape, lowM1, t.Shape));
            buffer.Add(FeatureHash.Key(ShapeLowerP1, t.Shape, lowP1));
            if (t.Dict != 0)
            {
                var first = (ulong)(i == 0 ? 1 : 0);
                var cap = (ulong)(t.Flags & (TokenFlags.Capitalised | TokenFlags.AllCaps));
                buffer.Add(FeatureHash.Key(DictFirst, (ulong)t.Dict, first, cap));
                { if (res != null) buffer.AddValue(res[i][RDictLex]); else buffer.Add(FeatureHash.Key(DictLex, (ulong)t.Dict, (ulong)t.LexCode)); }
                { if (res != null) buffer.AddValue(res[i][RDictSuf]); else buffer.Add(FeatureHash.Key(DictSuf, (ulong)t.Dict, t.Suffix3)); }
                buffer.Add(FeatureHash.Key(DictM1, hasM1 ? (ulong)toks[i - 1].Dict : 99, (ulong)t.Dict));
                buffer.Add(FeatureHash.Key(DictP1, (ulong)t.Dict, hasP1 ? (ulong)toks[i + 1].Dict : 99));
            }
            // Lexicon codes two words away and of the whole window.
            if (res != null && i > 1) buffer.AddValue(res[i - 2][RLexM2]); else buffer.Add(FeatureHash.Key(LexM2, i > 1 ? (ulong)toks[i - 2].LexCode : 999));
            if (res != null && i + 2 < n) buffer.AddValue(res[i + 2][RLexP2]); else buffer.Add(FeatureHash.Key(LexP2, i + 2 < n ? (ulong)toks[i + 2].LexCode : 999));
            buffer.Add(FeatureHash.Key(LexTri, lexM1, (ulong)t.LexCode, lexP1));
            // The last part of a hyphenated word ("Nato-Gipfel": how is "Gipfel" tagged in training?), with the first part's code.
            if (t.HyphenLast != 0)
            {
                { if (res != null) buffer.AddValue(res[i][RHyLastDict]); else buffer.Add(FeatureHash.Key(HyLastDict, (ulong)t.HyphenLastDict, t.HyphenFirst != 0 ? (ulong)t.HyphenLexCode : 0UL)); }
                { if (res != null) buffer.AddValue(res[i][RHyLastLex]); else buffer.Add(FeatureHash.Key(HyLastLex, (ulong)t.HyphenLastLexCode)); }
            }
            if (res != null && hasM1) buffer.AddValue(res[i - 1][RSuf4M1]); else buffer.Add(FeatureHash.Key(Suf4M1, hasM1 ? toks[i - 1].Suffix4 : Boundary));
            if (res != null && hasP1) buffer.AddValue(res[i + 1][RSuf4P1]); else buffer.Add(FeatureHash.Key(Suf4P1, hasP1 ? toks[i + 1].Suffix4 : Boundary));
            { if (res != null) buffer.AddValue(res[i][RLenBucket]); else buffer.Add(FeatureHash.Key(LenBucket, (ulong)Math.Min(t.Length, 12), (ulong)t.Flags)); }

            if (!outerTags.IsEmpty)
            {
                var o = (ulong)outerTags[i];
                buffer.Add(FeatureHash.Key(OuterTag, o));
                buffer.Add(FeatureHash.Key(OuterLower, o, t.Lower));
                buffer.Add(FeatureHash.Key(OuterM1, hasM1 ? (ulong)outerTags[i - 1] : 99, o));
                buffer.Add(FeatureHash.Key(OuterP1, o, hasP1 ? (ulong)outerTags[i + 1] : 99));
                if (t.Suffix3 != 0) buffer.Add(FeatureHash.Key(OuterSuf3, o, t.Suffix3));
                if (t.HyphenFirst != 0) buffer.Add(FeatureHash.Key(OuterHy, o, t.HyphenFirst));
                buffer.Add(FeatureHash.Key(OuterShape, o, t.Shape, (ulong)t.LexCode));
                // Position inside the outer chunk: the inner name is often its last or first word.
                var pos = outerTags[i] == NerTagSet.Outside ? 0UL : (NerTagSet.IsBegin(outerTags[i]) ? 1UL : 2UL) + (hasP1 && NerTagSet.IsInside(outerTags[i + 1]) ? 0UL : 4UL);
                buffer.Add(FeatureHash.Key(OuterChunkPos, pos, t.Shape));
            }
        }
        buffer.EndSentence();
    }

    /// <summary>
    /// The features that depend on the token alone and come first in its feature list: bias, word, lower-case form,
    /// affixes and character 4-grams.
    /// </summary>
    public static void AddWordInternal(FeatureBuffer buffer, in TokenInfo t)
    {
        buffer.Add(FeatureHash.Key(Bias, 0));
        buffer.Add(FeatureHash.Key(Word, t.Word));
        buffer.Add(FeatureHash.Key(Lower, t.Lower));
        if (t.Prefix1 != 0) buffer.Add(FeatureHash.Key(Pre1, t.Prefix1));
        if (t.Prefix2 != 0) buffer.Add(FeatureHash.Key(Pre2, t.Prefix2));
        if (t.Prefix3 != 0) buffer.Add(FeatureHash.Key(Pre3, t.Prefix3));
        if (t.Prefix4 != 0) buffer.Add(FeatureHash.Key(Pre4, t.Prefix4));
        if (t.Suffix1 != 0) buffer.Add(FeatureHash.Key(Suf1, t.Suffix1));
        if (t.Suffix2 != 0) buffer.Add(FeatureHash.Key(Suf2, t.Suffix2));
        if (t.Suffix3 != 0) buffer.Add(FeatureHash.Key(Suf3, t.Suffix3));
        if (t.Suffix4 != 0) buffer.Add(FeatureHash.Key(Suf4, t.Suffix4));
        if (t.Prefix5 != 0) buffer.Add(FeatureHash.Key(Pre5, t.Prefix5));
        if (t.Suffix5 != 0) buffer.Add(FeatureHash.Key(Suf5, t.Suffix5));
        if (t.Grams != null) foreach (var g in t.Grams) buffer.Add(FeatureHash.Key(Gram, g));
    }

    /// <summary>
    /// The keys of the features that depend on one token only, as <c>Extract</c> builds them from a token
    /// <c>t</c> (its own features) or <c>w</c> (a neighbour's): a tagger can look them up once per word form.
    /// </summary>
    public static void ResolvableKeys(in TokenInfo t, Span<uint> keys)
    {
        ref readonly var w = ref t;
        keys[RShape] = FeatureHash.Key(Shape, t.Shape);
        keys[RHyFirst] = FeatureHash.Key(HyFirst, t.HyphenFirst);
        keys[RHyLast] = FeatureHash.Key(HyLast, t.HyphenLast);
        keys[RLex] = FeatureHash.Key(Lex, (ulong)t.LexCode);
        keys[RLexShape] = FeatureHash.Key(LexShape, (ulong)t.LexCode, t.Shape);
        keys[RHyLex] = FeatureHash.Key(HyLex, (ulong)t.HyphenLexCode);
        keys[RDictLex] = FeatureHash.Key(DictLex, (ulong)t.Dict, (ulong)t.LexCode);
        keys[RDictSuf] = FeatureHash.Key(DictSuf, (ulong)t.Dict, t.Suffix3);
        keys[RHyLastDict] = FeatureHash.Key(HyLastDict, (ulong)t.HyphenLastDict, t.HyphenFirst != 0 ? (ulong)t.HyphenLexCode : 0UL);
        keys[RHyLastLex] = FeatureHash.Key(HyLastLex, (ulong)t.HyphenLastLexCode);
        keys[RLenBucket] = FeatureHash.Key(LenBucket, (ulong)Math.Min(t.Length, 12), (ulong)t.Flags);
        keys[RLowerM1] = FeatureHash.Key(LowerM1, w.Lower);
        keys[RLowerP1] = FeatureHash.Key(LowerP1, w.Lower);
        keys[RLowerM2] = FeatureHash.Key(LowerM2, w.Lower);
        keys[RLowerP2] = FeatureHash.Key(LowerP2, w.Lower);
        keys[RShapeM1] = FeatureHash.Key(ShapeM1, w.Shape);
        keys[RShapeP1] = FeatureHash.Key(ShapeP1, w.Shape);
        keys[RSuf3M1] = FeatureHash.Key(Suf3M1, w.Suffix3);
        keys[RSuf3P1] = FeatureHash.Key(Suf3P1, w.Suffix3);
        keys[RSuf2M1] = FeatureHash.Key(Suf2M1, w.Suffix2);
        keys[RPre3P1] = FeatureHash.Key(Pre3P1, w.Prefix3);
        keys[RWordM1] = FeatureHash.Key(WordM1, w.Word);
        keys[RWordP1] = FeatureHash.Key(WordP1, w.Word);
        keys[RLexM1] = FeatureHash.Key(LexM1, (ulong)w.LexCode);
        keys[RLexP1] = FeatureHash.Key(LexP1, (ulong)w.LexCode);
        keys[RLexM2] = FeatureHash.Key(LexM2, (ulong)w.LexCode);
        keys[RLexP2] = FeatureHash.Key(LexP2, (ulong)w.LexCode);
        keys[RSuf4M1] = FeatureHash.Key(Suf4M1, w.Suffix4);
        keys[RSuf4P1] = FeatureHash.Key(Suf4P1, w.Suffix4);
    }

    private static void AddGazetteer(FeatureBuffer buffer, int template, uint bits)
    {
        while (bits != 0)
        {
            var b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            buffer.Add(FeatureHash.Key(template, (ulong)b));
            bits &= bits - 1;
        }
    }
}
