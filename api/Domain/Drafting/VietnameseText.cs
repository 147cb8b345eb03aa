using System.Globalization;
using System.Text;

namespace EqualityTracker.Api.Domain.Drafting;

/// <summary>A pasted text in the three forms the rules read it in, all of the same length so that offsets agree.</summary>
/// <remarks>
/// <para><see cref="Text"/> is the text composed (Unicode NFC, character by character: what Vietnamese text normally
/// is; a copy from a document in NFD, such as the Ninh Bình seed, is composed first). <see cref="Lower"/> is it in lower
/// case, for the comparator and unit rules, which depend on diacritics ("dưới" is not "đuôi"). <see cref="Folded"/>
/// also drops diacritics and writes "đ" as "d", one character for one, for the indicator dictionary: it makes "sức
/// khoẻ" and "sức khỏe", "hoà" and "hòa" the same word.</para>
/// <para>Every form keeps the length of <see cref="Text"/>, so a match in one is a span of the others;
/// <see cref="ToSent"/> turns a span of them into the span of the same characters in the text as it was sent.</para>
/// </remarks>
public sealed class VietnameseText
{
    /// <summary>Where each character of <see cref="Text"/> starts in the text as sent (and, last, its length); null when
    /// the two are the same.</summary>
    private readonly int[]? sentOffsets;

    public VietnameseText(string text)
    {
        var sent = WithoutLoneSurrogates(text);
        if (sent.IsNormalized(NormalizationForm.FormC))
        {
            Text = sent;
        }
        else
        {
            (Text, sentOffsets) = Compose(sent);
        }

        Lower = Text.ToLowerInvariant();
        var folded = new char[Lower.Length];
        for (var i = 0; i < Lower.Length; i++)
        {
            folded[i] = Fold(Lower[i]);
        }

        Folded = new string(folded);
    }

    public string Text { get; }

    public string Lower { get; }

    public string Folded { get; }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The span of the same characters in the text as it was sent.</summary>
    public TextSpan ToSent(TextSpan span) =>
        sentOffsets is null ? span : TextSpan.FromBounds(sentOffsets[span.Start], sentOffsets[span.End]);

    /// <summary>Whether composing the text moved any character.</summary>
    public bool Recomposed => sentOffsets is not null;

    /// <summary>The syllables (runs of letters and digits) of the folded text inside <paramref name="span"/>.</summary>
    public IReadOnlyList<(string Syllable, TextSpan Span)> Syllables(TextSpan span)
    {
        var syllables = new List<(string, TextSpan)>();
        var i = span.Start;
        while (i < span.End)
        {
            if (!char.IsLetterOrDigit(Folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.End && char.IsLetterOrDigit(Folded[i]))
            {
                i++;
            }

            syllables.Add((Folded[start..i], TextSpan.FromBounds(start, i)));
        }

        return syllables;
    }

    /// <summary>One lower-case character without its diacritics ("ệ" → "e", "đ" → "d").</summary>
    public static char Fold(char c) => FoldTable.Value[c];

    private static readonly Lazy<char[]> FoldTable = new(() =>
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var lower = char.ToLowerInvariant((char)i);
            table[i] = lower < 128 || !char.IsLetter(lower) ? lower
                : lower == 'đ' ? 'd'
                : lower.ToString().Normalize(NormalizationForm.FormD)[0];
        }

        return table;
    });

    /// <summary>Composes each character with the marks after it, remembering where it started.</summary>
    private static (string Text, int[] Offsets) Compose(string sent)
    {
        var builder = new StringBuilder(sent.Length);
        var offsets = new List<int>(sent.Length + 1);
        var i = 0;
        while (i < sent.Length)
        {
            var start = i++;
            if (char.IsHighSurrogate(sent[start]) && i < sent.Length)
            {
                i++;
            }

            while (i < sent.Length && CharUnicodeInfo.GetUnicodeCategory(sent[i]) is UnicodeCategory.NonSpacingMark
                       or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                i++;
            }

            var composed = sent[start..i].Normalize(NormalizationForm.FormC);
            builder.Append(composed);
            offsets.AddRange(Enumerable.Repeat(start, composed.Length));
        }

        offsets.Add(sent.Length);
        return (builder.ToString(), [.. offsets]);
    }

    /// <summary>A lone surrogate (not a character) cannot be normalised: it becomes U+FFFD, one for one.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var paired = char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(text[i]) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>A phrase folded the same way, with its spaces collapsed: the dictionary's keys.</summary>
    public static string FoldPhrase(string phrase)
    {
        var text = new VietnameseText(phrase);
        return string.Join(' ', text.Syllables(new TextSpan(0, text.Folded.Length)).Select(s => s.Syllable));
    }
}
