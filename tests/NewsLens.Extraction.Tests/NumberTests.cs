using System.Globalization;
using CsCheck;
using NewsLens.Core;
using NewsLens.Extraction.Numbers;
using NewsLens.Extraction.Quantities;
using NewsLens.Text.Normalization;

namespace NewsLens.Extraction.Tests;

public class NumberTests
{
    [Theory]
    [InlineData("không", 0)]
    [InlineData("mười", 10)]
    [InlineData("mười một", 11)]
    [InlineData("mười lăm", 15)]
    [InlineData("hai mươi", 20)]
    [InlineData("hai mươi mốt", 21)]
    [InlineData("hai mươi tư", 24)]
    [InlineData("hai mươi lăm", 25)]
    [InlineData("hai mươi nhăm", 25)]
    [InlineData("ba mươi", 30)]
    [InlineData("một trăm", 100)]
    [InlineData("một trăm linh năm", 105)]
    [InlineData("một trăm lẻ năm", 105)]
    [InlineData("chín trăm chín mươi chín", 999)]
    [InlineData("một nghìn không trăm linh năm", 1005)]
    [InlineData("một ngàn lẻ một", 1001)]
    [InlineData("hai triệu không trăm mười nghìn", 2_010_000)]
    [InlineData("một nửa", 0.5)]
    [InlineData("nửa triệu", 500_000)]
    [InlineData("hai phẩy năm", 2.5)]
    [InlineData("1.300", 1300)]
    [InlineData("2,5", 2.5)]
    [InlineData("50.000.000", 50_000_000)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("50 tỷ", 5e10)]
    [InlineData("2,5 nghìn", 2500)]
    public void TryParse_OneNumber_ReadsItsValue(string text, double value)
    {
        Assert.True(VietnameseNumbers.TryParse(text, out double parsed), text);
        Assert.Equal(value, parsed, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("năm 2024")]
    [InlineData("3-5")]
    [InlineData("vài trăm")]
    [InlineData("15kg")]
    [InlineData("hai người")]
    [InlineData("tư")]
    [InlineData("12.34.56")]
    public void TryParse_NotExactlyOneNumber_IsFalse(string text)
    {
        // "năm 2024" is a year, "3-5" a range, "vài trăm" a vague count, "15kg" has a unit, "tư" alone is not four,
        // "12.34.56" is a number in neither convention
        Assert.False(VietnameseNumbers.TryParse(text, out _), text);
    }

    [Fact]
    public void Khong_IsZeroAsAWholeNumberButNotInRunningText()
    {
        // Given "không", which is zero as a number but "not" in a sentence
        // Then the whole text "không" parses as zero, and a digit of a longer number is zero too
        Assert.True(VietnameseNumbers.TryParse("không", out double zero));
        Assert.Equal(0, zero);
        Assert.True(VietnameseNumbers.TryParse("một nghìn không trăm linh một", out double v));
        Assert.Equal(1001, v);
        // But "không người lái" (unmanned) is no quantity of people
        var (doc, items) = Extract.FindQuantities("Máy bay không người lái bay qua.");
        Assert.True(items.Length == 0, Extract.Describe(doc, items));
    }

    // ---- property: Vietnamese number words round-trip ----

    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>
    /// Spells <paramref name="n"/> (0 … 999,999,999) the way Vietnamese writes it, choosing among the accepted
    /// variants with <paramref name="r"/>: "mốt"/"một" after tens, "tư"/"bốn", "lăm"/"nhăm", "linh"/"lẻ",
    /// "nghìn"/"ngàn", "bảy"/"bẩy", and whether a group below a hundred after a larger one says "không trăm".
    /// </summary>
    internal static string Spell(long n, Random r)
    {
        if (n == 0)
            return "không";
        var words = new List<string>();
        long millions = n / 1_000_000;
        long thousands = n / 1000 % 1000;
        long units = n % 1000;
        bool higher = false;
        if (millions > 0)
        {
            Group(words, (int)millions, leading: true, last: false, r);
            words.Add("triệu");
            higher = true;
        }
        if (thousands > 0)
        {
            Group(words, (int)thousands, leading: !higher, last: false, r);
            words.Add(r.Next(2) == 0 ? "nghìn" : "ngàn");
            higher = true;
        }
        if (units > 0)
            Group(words, (int)units, leading: !higher, last: true, r);
        return string.Join(' ', words);
    }

    private static void Group(List<string> words, int g, bool leading, bool last, Random r)
    {
        int h = g / 100;
        int t = g / 10 % 10;
        int u = g % 10;
        bool linh;
        if (h > 0)
        {
            words.Add(Digit(h, r));
            words.Add("trăm");
            linh = true;
        }
        else if (leading)
        {
            linh = false;
        }
        else
        {
            // A group below a hundred after a larger one: "không trăm" is optional, but a last group below ten must
            // say "linh"/"lẻ" ("một nghìn linh năm"), since "một nghìn năm" is a thousand years.
            bool khongTram = r.Next(2) == 0;
            if (khongTram)
            {
                words.Add("không");
                words.Add("trăm");
            }
            linh = khongTram || (last && t == 0);
        }
        if (t == 0)
        {
            if (u == 0)
                return;
            if (linh)
            {
                words.Add(r.Next(2) == 0 ? "linh" : "lẻ");
                words.Add(u == 4 && r.Next(2) == 0 ? "tư" : Digit(u, r));
            }
            else
            {
                words.Add(Digit(u, r));
            }
            return;
        }
        if (t == 1)
        {
            words.Add("mười");
            if (u != 0)
                words.Add(u == 5 ? "lăm" : u == 4 && r.Next(2) == 0 ? "tư" : Digit(u, r));
            return;
        }
        words.Add(Digit(t, r));
        words.Add("mươi");
        if (u != 0)
        {
            words.Add(u switch
            {
                1 => r.Next(2) == 0 ? "mốt" : "một",
                4 => r.Next(2) == 0 ? "tư" : "bốn",
                5 => r.Next(2) == 0 ? "lăm" : "nhăm",
                _ => Digit(u, r),
            });
        }
    }

    private static string Digit(int d, Random r) => d == 7 && r.Next(2) == 0 ? "bẩy" : Digits[d];

    private static readonly Gen<(long N, int Seed)> SpelledNumbers =
        Gen.Select(Gen.OneOf(Gen.Long[0, 999_999_999], Gen.Long[0, 9_999], Gen.Long[0, 999]), Gen.Int);

    [Fact]
    public void TryParse_AnyIntegerSpelledInWords_ParsesBackToItself()
    {
        // Given any integer 0 … 999,999,999 spelled in Vietnamese, in any of the accepted variants
        SpelledNumbers.Sample(x =>
        {
            string words = Spell(x.N, new Random(x.Seed));
            // When parsed
            // Then it gives the integer back
            return VietnameseNumbers.TryParse(words, out double value) && value == x.N;
        }, iter: 5000);
    }

    [Fact]
    public void Recognize_AnyIntegerSpelledInWordsBeforeAUnit_IsOneQuantityOfThatValue()
    {
        // Given a spelled positive integer followed by a unit, in a sentence
        Gen.Select(Gen.Long[1, 999_999_999], Gen.Int).Sample((n, seed) =>
        {
            string words = Spell(n, new Random(seed));
            string text = $"Có {words} người.";
            Document doc = Extract.Pipeline.Process(text);
            // Then the pipeline finds exactly that quantity, over exactly those words
            ReadOnlySpan<Quantity> qs = doc.GetQuantities();
            return qs.Length == 1 && qs[0].Value == n && qs[0].Unit == "person" &&
                   doc.Slice(qs[0].Span).SequenceEqual(words + " người");
        });
    }

    [Fact]
    public void Recognize_AnyIntegerWithThousandsDots_RoundTrips()
    {
        // Given any integer written with "." between groups of three digits
        Gen.Long[0, 999_999_999_999].Sample(n =>
        {
            string digits = n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
            Document doc = Extract.Pipeline.Process($"Tổng cộng {digits} người.");
            // Then the quantity's value is that integer
            ReadOnlySpan<Quantity> qs = doc.GetQuantities();
            return qs.Length == 1 && qs[0].Value == n && doc.Slice(qs[0].Span).SequenceEqual(digits + " người");
        });
    }

    [Fact]
    public void Recognize_AnyDecimalWithVietnameseSeparators_RoundTrips()
    {
        // Given any amount with thousands dots and a decimal comma
        Gen.Select(Gen.Long[0, 999_999_999], Gen.Int[1, 99]).Sample(x =>
        {
            string integer = x.Item1.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
            string text = $"Giá {integer},{x.Item2:D2} USD.";
            Document doc = Extract.Pipeline.Process(text);
            ReadOnlySpan<Quantity> qs = doc.GetQuantities();
            double expected = x.Item1 + x.Item2 / 100.0;
            return qs.Length == 1 && Math.Abs(qs[0].Value - expected) <= 1e-9 * Math.Max(1, expected) && qs[0].Unit == "USD";
        });
    }

    [Fact]
    public void Spell_ProducesNormalizedVietnamese()
    {
        // The generator itself: its words are NFC, so the property tests exercise the real lexicon keys
        var r = new Random(7);
        for (int i = 0; i < 100; i++)
        {
            string s = Spell(r.NextInt64(0, 1_000_000_000), r);
            Assert.True(VietnameseNormalizer.IsNormalized(s), s);
        }
    }
}
