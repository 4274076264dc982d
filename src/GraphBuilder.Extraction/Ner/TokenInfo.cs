namespace GraphBuilder.Extraction.Ner;

/// <summary>
/// What the feature templates need to know about one token, computed once per token: hashes of the word, its
/// lower-cased form, affixes, shape and hyphen parts, character-class flags, and the lexicon codes looked up for it.
/// </summary>
internal struct TokenInfo
{
    public const int MaxAffix = 5;

    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix1, Prefix2, Prefix3, Prefix4, Prefix5;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4, Suffix5;
    public ulong HyphenFirst;
    public ulong HyphenLast;
    public int Length;

    /// <summary>Hashes of the lower-cased character 4-grams inside a capitalised word (null for other words).</summary>
    public ulong[]? Grams;
    public TokenFlags Flags;

    /// <summary>Code of the word in the training-data lexicon (0 = unknown).</summary>
    public int LexCode;

    /// <summary>Training-lexicon code of the lower-case form of a capitalised word (0 = none or unknown).</summary>
    public int LowerLexCode;

    /// <summary>Training-lexicon code of the part before the first hyphen (0 = none or unknown).</summary>
    public int HyphenLexCode;

    /// <summary>Training-lexicon code of the part after the last hyphen (0 = none or unknown).</summary>
    public int HyphenLastLexCode;

    /// <summary>Spelling-dictionary bits of the part after the last hyphen.</summary>
    public int HyphenLastDict;

    /// <summary>Spelling-dictionary bits: 1 the word, 2 its lower-case form, 4 its capitalised form is listed; 8 a dictionary was consulted.</summary>
    public int Dict;

    /// <summary>Gazetteer class bits of the word.</summary>
    public uint Gazetteer;

    /// <summary>Gazetteer class bits of the part before the first hyphen.</summary>
    public uint HyphenGazetteer;

    /// <summary>Computes everything except the lexicon and gazetteer fields.</summary>
    public static TokenInfo Compute(string token)
    {
        var t = new TokenInfo { Length = token.Length };
        ulong word = FeatureHash.Offset, lower = FeatureHash.Offset, shape = FeatureHash.Offset;
        var lastClass = '\0';
        var shapeLen = 0;
        var flags = TokenFlags.None;
        var upper = 0;
        var letters = 0;
        var hyphenAt = -1;
        var lastHyphen = -1;
        for (var i = 0; i < token.Length; i++)
        {
            var c = Normalise(token[i]);
            if (c == '\0') continue;
            word = FeatureHash.Step(word, c);
            var lc = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            lower = FeatureHash.Step(lower, lc);
            if (i < MaxAffix)
            {
                switch (i)
                {
                    case 0: t.Prefix1 = lower; break;
                    case 1: t.Prefix2 = lower; break;
                    case 2: t.Prefix3 = lower; break;
                    case 3: t.Prefix4 = lower; break;
                    case 4: t.Prefix5 = lower; break;
                }
            }
            char cls;
            if (char.IsUpper(c)) { cls = 'X'; upper++; letters++; }
            else if (char.IsLetter(c)) { cls = 'x'; letters++; }
            else if (char.IsDigit(c)) { cls = 'd'; flags |= TokenFlags.Digit; }
            else
            {
                cls = c;
                if (c == '-' || c == '\u2013') { flags |= TokenFlags.Hyphen; if (hyphenAt < 0) hyphenAt = i; lastHyphen = i; }
                else if (c == '.') flags |= TokenFlags.Period;
            }
            // Runs of one class collapse after two, so "Xxxxxx" and "Xxxxxxxxx" share the shape "Xxx".
            if (cls != lastClass) { shapeLen = 0; lastClass = cls; }
            if (shapeLen < 2) { shape = FeatureHash.Step(shape, cls); shapeLen++; }
        }
        t.Word = word;
        t.Lower = lower;
        t.Shape = shape;
        ulong suf = FeatureHash.Offset;
        var k = 0;
        for (var i = token.Length - 1; i >= 0 && k < MaxAffix; i--)
        {
            var c = Normalise(token[i]);
            if (c == '\0') continue;
            suf = FeatureHash.Step(suf, char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
            k++;
            switch (k)
            {
                case 1: t.Suffix1 = suf; break;
                case 2: t.Suffix2 = suf; break;
                case 3: t.Suffix3 = suf; break;
                case 4: t.Suffix4 = suf; break;
                case 5: t.Suffix5 = suf; break;
            }
        }
        if (token.Length > 0 && char.IsUpper(token[0])) flags |= TokenFlags.Capitalised;
        if (token.Length == 1 && token[0] is '"' or '„' or '“' or '”' or '«' or '»' or '‚' or '‘' or '\'') flags |= TokenFlags.Quote;
        if (letters > 1 && upper == letters) flags |= TokenFlags.AllCaps;
        if (letters == 0) flags |= TokenFlags.NoLetter;
        if (hyphenAt > 0)
        {
            t.HyphenFirst = LowerHash(token.AsSpan(0, hyphenAt));
            if (lastHyphen < token.Length - 1) t.HyphenLast = LowerHash(token.AsSpan(lastHyphen + 1));
        }
        t.Flags = flags;
        if ((flags & TokenFlags.Capitalised) != 0 && token.Length > 5)
        {
            // Character 4-grams of the word's interior: unseen names share pieces ("-borg", "kirch", "hausen").
            var grams = new ulong[token.Length - 3];
            var g = 0;
            for (var len = 4; len <= 4; len++)
                for (var i = 0; i + len <= token.Length; i++)
                {
                    var h = FeatureHash.Step(FeatureHash.Offset, (char)len);
                    for (var j = i; j < i + len; j++) h = FeatureHash.Step(h, char.ToLowerInvariant(token[j]));
                    grams[g++] = h;
                }
            t.Grams = grams;
        }
        return t;
    }

    /// <summary>The text before the first hyphen of a token, when it has one after its first character.</summary>
    public static string? HyphenFirstPart(string token)
    {
        var i = token.IndexOfAny(['-', '\u2013']);
        return i > 0 ? token[..i] : null;
    }

    /// <summary>The text after the last hyphen of a token, when it has a hyphen after its first character.</summary>
    public static string? HyphenLastPart(string token)
    {
        var i = token.IndexOfAny(['-', '\u2013']);
        if (i <= 0) return null;
        var j = token.LastIndexOfAny(['-', '\u2013']);
        return j < token.Length - 1 ? token[(j + 1)..] : null;
    }

    /// <summary>The 2014/2022 releases differ in soft hyphens and one C1 control; treat both the same.</summary>
    private static char Normalise(char c) => c switch
    {
        '\u00AD' => '\0',
        '\u0096' => '\u2013',
        _ => c,
    };

    private static ulong LowerHash(ReadOnlySpan<char> s)
    {
        var h = FeatureHash.Offset;
        foreach (var c in s) h = FeatureHash.Step(h, char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        return h;
    }
}

/// <summary>Character-class facts about a token.</summary>
[Flags]
internal enum TokenFlags
{
    None = 0,
    Capitalised = 1,
    AllCaps = 2,
    Digit = 4,
    Hyphen = 8,
    Period = 16,
    NoLetter = 32,
    Quote = 64,
}
