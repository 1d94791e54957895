using CsCheck;
using NewsLens.Core;
using NewsLens.Testing;
using NewsLens.Text.Normalization;

namespace NewsLens.Text.Tests.Normalization;

public sealed class VietnameseNormalizerPropertyTests
{
    private const int Iterations = 500;

    public static TheoryData<string> Generators => ["Vietnamese", "AnyUtf16", "Mixed"];

    private static Gen<string> GenOf(string name) => name switch
    {
        "Vietnamese" => TextGen.Vietnamese,
        "AnyUtf16" => TextGen.AnyUtf16,
        _ => TextGen.Mixed,
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void Normalize_AnyText_NeverThrowsAndMapRoundTrips(string generator)
    {
        // Given any UTF-16 (lone surrogates, marks, RTL, emoji, Vietnamese)
        GenOf(generator).Sample(text =>
        {
            // When
            NormalizedText result = VietnameseNormalizer.Normalize(text);

            // Then the map is valid and ASCII that stays maps to itself
            AssertMapIsValid(text, result);
        }, iter: Iterations);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Normalize_AnyText_IsIdempotent(string generator)
    {
        // Given any text
        GenOf(generator).Sample(text =>
        {
            // When normalized twice
            string once = VietnameseNormalizer.Normalize(text).Text;
            NormalizedText twice = VietnameseNormalizer.Normalize(once);

            // Then the second pass changes nothing and copies nothing
            Assert.Equal(once, twice.Text);
            Assert.Same(once, twice.Text);
            Assert.True(VietnameseNormalizer.IsNormalized(once));
        }, iter: Iterations);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Normalize_NfdAndNfcForms_GiveTheSameText(string generator)
    {
        // Given a text and its canonical decomposition
        GenOf(generator).Sample(text =>
        {
            string nfd = UnicodeComposition.Decompose(text);

            // When both are normalized
            string fromNfc = VietnameseNormalizer.Normalize(text).Text;
            string fromNfd = VietnameseNormalizer.Normalize(nfd).Text;

            // Then they are the same, and Equivalent says so
            Assert.Equal(fromNfc, fromNfd);
            Assert.True(VietnameseNormalizer.Equivalent(text, nfd));
        }, iter: Iterations);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Canonicalize_AnyText_MatchesNormalizeText(string generator)
    {
        // Given any text
        GenOf(generator).Sample(text =>
        {
            // When
            string viaNormalize = VietnameseNormalizer.Normalize(text).Text;
            string viaCanonicalize = VietnameseNormalizer.Canonicalize(text);
            Span<char> buffer = new char[VietnameseNormalizer.GetMaxNormalizedLength(text.Length)];
            bool ok = VietnameseNormalizer.TryCanonicalize(text, buffer, out int written);

            // Then all the entry points agree
            Assert.Equal(viaNormalize, viaCanonicalize);
            Assert.True(ok);
            Assert.Equal(viaNormalize, buffer[..written].ToString());
        }, iter: Iterations);
    }

    [Fact]
    public void Normalize_ToneTypedOnAnyVowelOfASyllable_GivesOneSpelling()
    {
        // Given one syllable with the same tone typed on two of its vowels (or the u of qu, the i of gi)
        int untouched = 0;
        SyllableGen.SameToneTwoPlaces.Sample(pair =>
        {
            // When both are normalized
            string a = VietnameseNormalizer.Normalize(pair.A).Text;
            string b = VietnameseNormalizer.Normalize(pair.B).Text;

            // Then they are spelled alike, unless the letters are no syllable and both stay as typed
            Assert.True(a == b || (a == pair.A && b == pair.B), $"{pair.A} → {a}, {pair.B} → {b}");
            if (a != b)
                Interlocked.Increment(ref untouched);
        }, iter: 2000);

        // And the generator's syllables are nearly all real ones (only spellings like "quya", "gii" are not)
        Assert.InRange(untouched, 0, 100);
    }

    [Fact]
    public void Normalize_Sentence_MatchesSyllableBySyllableAnalysis()
    {
        // Given sentences of syllables with tones anywhere
        SyllableGen.Sentence.Sample(text =>
        {
            // When normalized, and when every letter run is analyzed on its own
            string normalized = VietnameseNormalizer.Normalize(text).Text;
            char[] expected = text.ToCharArray();
            Span<char> canonical = stackalloc char[8];
            int i = 0;
            while (i < expected.Length)
            {
                int j = i;
                while (j < expected.Length && char.IsLetter(expected[j]))
                    j++;
                if (j - i is > 0 and <= 8 && VietnameseTone.TryCanonicalize(expected.AsSpan(i, j - i), canonical))
                    canonical[..(j - i)].CopyTo(expected.AsSpan(i));
                i = Math.Max(j, i + 1);
            }

            // Then the fast scan finds every syllable the analysis would change
            Assert.Equal(new string(expected), normalized);
        }, iter: 500);
    }

    [Fact]
    public void Equivalent_ToneSpellingsAndNfd_AreEquivalent()
    {
        // Given syllables in the new-style placement, the old one and NFD
        string[][] groups =
        [
            ["hoà", "hòa", "ho\u0300a", "hoa\u0300", "ho\u0061\u0300"],
            ["thuý", "thúy", "thu\u0301y", "thuy\u0301"],
            ["uỷ", "ủy", "u\u0309y", "uy\u0309"],
            ["khoẻ", "khỏe", "kho\u0309e", "khoe\u0309"],
        ];

        // When / Then every pair in a group is equivalent
        foreach (string[] group in groups)
        {
            foreach (string a in group)
            {
                foreach (string b in group)
                    Assert.True(VietnameseNormalizer.Equivalent(a, b), $"{a} ~ {b}");
            }
        }
    }

    [Fact]
    public void Normalize_LongMarkRun_StaysLinearAndValid()
    {
        // Given a "Zalgo" text with thousands of marks on one letter
        string text = "a" + new string('\u0301', 5000) + new string('\u0323', 5000) + "b";

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then the dot below moved before the acutes and the map is valid
        Assert.Equal('ạ', result.Text[0]);
        AssertMapIsValid(text, result);
        Assert.Equal(result.Text, VietnameseNormalizer.Normalize(result.Text).Text);
    }

    [Fact]
    public void Normalize_MarksSeparatedByInvisibleCharacters_StayLinear()
    {
        // Given twenty thousand acutes on one letter, each after a ZWSP
        var builder = new System.Text.StringBuilder("a");
        for (int i = 0; i < 20_000; i++)
            builder.Append("\u200B\u0301");
        string text = builder.ToString();

        // When
        NormalizedText result = VietnameseNormalizer.Normalize(text);

        // Then the first acute composes, the others stay, and the one sequence covers the whole text
        Assert.Equal("á" + new string('\u0301', 19_999), result.Text);
        Assert.Equal(new TextSpan(0, text.Length), result.Map.ToOriginal(new TextSpan(0, result.Text.Length)));
    }

    [Fact]
    public void Normalize_DantriParagraphs_AreIdempotentWithValidMaps()
    {
        // Given real news paragraphs (the shared Dân trí sample), when the data is there
        string? path = TestPaths.DataFile("news-unc-dantri/unc_v2.0-alpha.jsonl");
        if (path is null)
            return;
        int changed = 0;
        foreach (string line in File.ReadLines(path).Take(100))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            foreach (var element in json.RootElement.GetProperty("paragraphs").EnumerateArray())
            {
                string paragraph = element.GetString() ?? "";

                // When
                NormalizedText result = VietnameseNormalizer.Normalize(paragraph);

                // Then the map is valid, a second pass changes nothing, and clean paragraphs are not copied
                AssertMapIsValid(paragraph, result);
                Assert.Same(result.Text, VietnameseNormalizer.Normalize(result.Text).Text);
                if (!ReferenceEquals(result.Text, paragraph))
                    changed++;
            }
        }
        Assert.InRange(changed, 1, 1000);
    }

    private static void AssertMapIsValid(string original, NormalizedText result)
    {
        OffsetMap map = result.Map;
        Assert.Equal(result.Text.Length, map.DerivedLength);
        Assert.Equal(original.Length, map.OriginalLength);
        int previousStart = 0, previousEnd = 0;
        for (int i = 0; i < result.Text.Length; i++)
        {
            int start = map.ToOriginalStart(i);
            int end = map.ToOriginalEnd(i + 1);
            Assert.InRange(start, previousStart, original.Length - 1);
            Assert.InRange(end, Math.Max(previousEnd, start + 1), original.Length);
            previousStart = start;
            previousEnd = end;

            char o = original[start];
            if (end - start == 1 && o < 0x80 && !"aeiouyAEIOUY".Contains(o, StringComparison.Ordinal))
                Assert.Equal(o, result.Text[i]);
        }
        TextSpan whole = map.ToOriginal(new TextSpan(0, result.Text.Length));
        Assert.True(whole.End <= original.Length);
        if (result.Text.Length > 0)
            Assert.True(whole.Length > 0);
    }
}
