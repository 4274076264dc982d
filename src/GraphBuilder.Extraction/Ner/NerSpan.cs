namespace GraphBuilder.Extraction.Ner;

/// <summary>A recognised name over tokens <paramref name="Start"/> (inclusive) to <paramref name="End"/> (exclusive).</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Label">One of the twelve GermEval labels (<c>PER</c>, <c>LOCderiv</c>, <c>ORGpart</c>, ...).</param>
/// <param name="Level">1 for an outer (top-level) name, 2 for a name nested inside an outer one.</param>
public sealed record NerSpan(int Start, int End, string Label, int Level = 1);

/// <summary>A recognised name in plain text, located by character offsets.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">One of the twelve GermEval labels.</param>
/// <param name="Text">The covered text.</param>
/// <param name="Level">1 for an outer name, 2 for a nested one.</param>
public sealed record NerEntity(int Start, int End, string Label, string Text, int Level = 1);
