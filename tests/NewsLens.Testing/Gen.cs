using CsCheck;

namespace NewsLens.Testing;

/// <summary>CsCheck generators for text that stresses the text layer.</summary>
public static class TextGen
{
    private const string VietnameseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

    private const string Punctuation = " \n\n\t.,;:!?…-–—()[]\"'“”‘’«»/%@#&*+=_0123456789²\u00A0\u200B\u200D\uFEFF";

    /// <summary>Vietnamese-looking text: letters, digits, punctuation, quotes, spaces and newlines.</summary>
    public static readonly Gen<string> Vietnamese =
        Gen.OneOf(Gen.Char[VietnameseLetters], Gen.Char[VietnameseLetters], Gen.Char[Punctuation])
           .Array[0, 200].Select(a => new string(a));

    /// <summary>Any UTF-16: lone surrogates, combining marks, RTL, emoji (surrogate pairs), controls.</summary>
    public static readonly Gen<string> AnyUtf16 =
        Gen.OneOf(
            Gen.Char.Select(c => c.ToString()),
            Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString()),
            Gen.Char['\u0300', '\u036F'].Select(c => c.ToString()),
            Gen.Char['\u0590', '\u06FF'].Select(c => c.ToString()),
            Gen.Char[VietnameseLetters].Select(c => c.ToString()),
            Gen.Char[Punctuation].Select(c => c.ToString()),
            Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32))
           .Array[0, 120].Select(a => string.Concat(a));

    /// <summary>A mix of <see cref="Vietnamese"/> and <see cref="AnyUtf16"/>.</summary>
    public static readonly Gen<string> Mixed = Gen.OneOf(Vietnamese, AnyUtf16, Gen.Select(Vietnamese, AnyUtf16, (a, b) => a + b));
}
