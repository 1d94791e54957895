using CsCheck;
using NewsLens.Vietnamese.Lexicons;
using NewsLens.Vietnamese.Segmentation;

namespace NewsLens.Vietnamese.Tests;

public class SyllableLexiconTests
{
    private static ulong[] H(string phrase) => phrase.Split(' ').Select(s => SyllableSequence.LowerHash(s)).ToArray();

    [Fact]
    public void LongestMatch_PrefersTheLongestWord()
    {
        // Given "bộ trưởng" and "bộ trưởng quốc phòng" in the lexicon
        var lexicon = SyllableLexicon.FromWords([H("bộ trưởng"), H("bộ trưởng quốc phòng"), H("quốc phòng")]);
        ulong[] sentence = H("Bộ trưởng Quốc phòng Mỹ");
        // Then the longest match at 0 has four syllables, at 2 two, at 4 none
        Assert.Equal(4, lexicon.LongestMatch(sentence, 0));
        Assert.Equal(2, lexicon.LongestMatch(sentence, 2));
        Assert.Equal(0, lexicon.LongestMatch(sentence, 4));
        Assert.Equal(3, lexicon.WordCount);
    }

    [Fact]
    public void ToBytes_FromBytes_RoundTrips()
    {
        Gen.ULong[1, 1000].Array[2, 5].Array[0, 50].Sample(words =>
        {
            var lexicon = SyllableLexicon.FromWords(words);
            var copy = SyllableLexicon.FromBytes(lexicon.ToBytes());
            foreach (ulong[] w in words)
            {
                if (copy.LongestMatch(w, 0) != lexicon.LongestMatch(w, 0) || lexicon.LongestMatch(w, 0) < w.Length)
                    return false;
            }
            return copy.WordCount == lexicon.WordCount && copy.MaxSyllables == lexicon.MaxSyllables;
        });
    }

    [Fact]
    public void FromBytes_Truncated_Throws()
    {
        byte[] bytes = SyllableLexicon.FromWords([H("hà nội")]).ToBytes();
        Assert.Throws<InvalidDataException>(() => SyllableLexicon.FromBytes(bytes.AsSpan(0, bytes.Length - 1)));
    }

    [Fact]
    public void ApplyLexicon_MarksStartsEndsAndInsides()
    {
        // Given "Bộ trưởng Quốc phòng" with both two-syllable words in the lexicon
        var lexicon = SyllableLexicon.FromWords([H("bộ trưởng"), H("quốc phòng")]);
        var seq = new SyllableSequence();
        string[] syl = ["Bộ", "trưởng", "Quốc", "phòng"];
        seq.Reset(syl.Length);
        for (int i = 0; i < syl.Length; i++)
            seq.Set(i, syl[i], NewsLens.Core.TokenKind.Word);
        // When the lexicon is applied
        seq.ApplyLexicon(lexicon);
        // Then words start at 0 and 2, end at 1 and 3, and cover 1 and 3 from inside
        Assert.Equal([2, 0, 2, 0], seq.LexStart[..4]);
        Assert.Equal([0, 2, 0, 2], seq.LexEnd[..4]);
        Assert.Equal([0, 2, 0, 2], seq.LexInside[..4]);
    }

    [Fact]
    public void ApplyLexicon_KeepsWhichListsKnowAWord()
    {
        // Given "người dân" in list 0 only and "bộ trưởng" in lists 0 and 2
        var lexicon = SyllableLexicon.FromWords([(H("người dân"), 0), (H("bộ trưởng"), 0), (H("bộ trưởng"), 2)]);
        var seq = new SyllableSequence();
        string[] syl = ["người", "dân", "bộ", "trưởng"];
        seq.Reset(syl.Length);
        for (int i = 0; i < syl.Length; i++)
            seq.Set(i, syl[i], NewsLens.Core.TokenKind.Word);
        // When applied
        seq.ApplyLexicon(lexicon);
        // Then each position knows the lists of the words that start, end or run through it
        Assert.Equal(4, seq.SourceStart[0]);
        Assert.Equal(4, seq.SourceInside[1]);
        Assert.Equal(4 | 16, seq.SourceStart[2]);
        Assert.Equal(4 | 16, seq.SourceEnd[3]);
        Assert.Equal(2, lexicon.WordCount);
    }
}
