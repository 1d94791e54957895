using System.Text.Json;
using NewsLens.Testing;
using NewsLens.Text.Encodings;
using Xunit.Abstractions;

namespace NewsLens.Text.Tests.Encodings;

public sealed class VietnameseSyllableTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("nghiêng")]
    [InlineData("khuya")]
    [InlineData("quốc")]
    [InlineData("giữ")]
    [InlineData("thuở")]
    [InlineData("kí")]
    [InlineData("ký")]
    [InlineData("quý")]
    [InlineData("quí")]
    [InlineData("cả")]
    [InlineData("gì")]
    [InlineData("gìn")]
    [InlineData("giếng")]
    [InlineData("người")]
    [InlineData("hoặc")]
    [InlineData("khuỷu")]
    [InlineData("xoong")]
    [InlineData("yêu")]
    [InlineData("uyên")]
    [InlineData("chuyện")]
    [InlineData("huỳnh")]
    [InlineData("oanh")]
    [InlineData("ngoằn")]
    [InlineData("gửi")]
    [InlineData("rượu")]
    [InlineData("mưa")]
    [InlineData("lớp")]
    [InlineData("ăn")]
    [InlineData("ếch")]
    [InlineData("Việt")]
    [InlineData("NAM")]
    [InlineData("ĐƯỜNG")]
    public void IsValid_WellFormedSyllable_IsTrue(string word)
    {
        // Given a well-formed syllable
        // When it is checked
        bool valid = VietnameseSyllable.IsValid(word);

        // Then it is valid
        Assert.True(valid, word);
    }

    [Theory]
    [InlineData("ngie")]   // ng is not written before i; ie is not a nucleus
    [InlineData("cảt")]    // stop coda t with hỏi
    [InlineData("càp")]    // stop coda p with huyền
    [InlineData("kat")]    // k only before e ê i y
    [InlineData("ce")]     // c never before e
    [InlineData("gha")]    // gh only before e ê i
    [InlineData("ă")]      // ă needs a coda
    [InlineData("mươ")]    // ươ needs a coda
    [InlineData("miê")]    // iê needs a coda
    [InlineData("tyên")]   // yê after a consonant is spelled iê
    [InlineData("hello")]
    [InlineData("stop")]
    [InlineData("été")]
    [InlineData("Grüße")]
    [InlineData("ViÖt")]
    [InlineData("Vieät")]
    [InlineData("qu")]
    [InlineData("nghiêngg")]
    [InlineData("")]
    public void IsValid_MalformedWord_IsFalse(string word)
    {
        // Given a word that breaks Vietnamese spelling
        // When it is checked
        bool valid = VietnameseSyllable.IsValid(word);

        // Then it is not valid
        Assert.False(valid, word);
    }

    [Fact]
    public void IsValid_DecomposedLetters_ReadLikePrecomposed()
    {
        // Given "Việt" in canonical NFD (e + dot below + circumflex) and "quốc" with marks in the other order
        string nfdViet = "Vie\u0323\u0302t";
        string quoc = "quo\u0302\u0301c";

        // When they are checked
        // Then both are valid syllables
        Assert.True(VietnameseSyllable.IsValid(nfdViet));
        Assert.True(VietnameseSyllable.IsValid(quoc));
    }

    [DataFact("news-unc-dantri/unc_v2.0-alpha.jsonl")]
    public void IsValid_DiacriticWordsInDantriNews_AtLeast97PercentValid()
    {
        // Given the lowercase letter-only words with a Vietnamese diacritic in the first 200 news documents
        string path = TestPaths.DataFile("news-unc-dantri/unc_v2.0-alpha.jsonl")!;
        int words = 0, valid = 0;
        var invalid = new Dictionary<string, int>();
        foreach (string line in File.ReadLines(path).Take(200))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            foreach (string text in Texts(doc.RootElement))
            {
                foreach (string word in DiacriticWords(text))
                {
                    words++;
                    if (VietnameseSyllable.IsValid(word))
                        valid++;
                    else
                        invalid[word] = invalid.GetValueOrDefault(word) + 1;
                }
            }
        }

        // When the share of valid syllables is computed
        double share = (double)valid / words;

        // Then at least 97 % are valid
        string worst = string.Join(", ", invalid.OrderByDescending(p => p.Value).Take(20).Select(p => $"{p.Key}×{p.Value}"));
        output.WriteLine($"{share:P2} of {words} words valid; most frequent invalid: {worst}");
        Assert.True(words > 10_000, $"only {words} words");
        Assert.True(share >= 0.97, $"{share:P2} of {words} valid; most frequent invalid: {worst}");
    }

    private static IEnumerable<string> Texts(JsonElement root)
    {
        if (root.TryGetProperty("title", out JsonElement title) && title.ValueKind == JsonValueKind.String)
            yield return title.GetString()!;
        if (root.TryGetProperty("paragraphs", out JsonElement paragraphs) && paragraphs.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement p in paragraphs.EnumerateArray())
            {
                if (p.ValueKind == JsonValueKind.String)
                    yield return p.GetString()!;
            }
        }
    }

    /// <summary>Maximal runs of letters (and combining marks) that are all lowercase and hold a non-ASCII letter.</summary>
    private static IEnumerable<string> DiacriticWords(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            string word = text[start..i];
            if (word.Any(c => c >= 0x80) && word.All(c => !char.IsLetter(c) || char.IsLower(c)))
                yield return word;
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
