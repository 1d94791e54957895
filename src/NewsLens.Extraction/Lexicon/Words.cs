using System.Collections.Concurrent;

namespace NewsLens.Extraction.Lexicon;

/// <summary>The lexicon ids of the syllables the grammars test one by one, resolved once at start-up.</summary>
internal static class Words
{
    public static readonly ushort Hyphen = Must("-");
    public static readonly ushort Slash = Must("/");
    public static readonly ushort Tilde = Must("~");
    public static readonly ushort Comma = Must(",");
    public static readonly ushort OpenParen = Must("(");
    public static readonly ushort CloseParen = Must(")");
    public static readonly ushort Colon = Must(":");
    public static readonly ushort Semicolon = Must(";");
    public static readonly ushort Period = Must(".");

    public static readonly ushort Day = Must("ngày");
    public static readonly ushort Month = Must("tháng");
    public static readonly ushort Year = Must("năm");
    public static readonly ushort Week = Must("tuần");
    public static readonly ushort Quarter = Must("quý");
    public static readonly ushort Season = Must("mùa");
    public static readonly ushort Ordinal = Must("thứ");
    public static readonly ushort Chu = Must("chủ");
    public static readonly ushort Nhat = Must("nhật");
    public static readonly ushort Hom = Must("hôm");
    public static readonly ushort Nay = Must("nay");
    public static readonly ushort Qua = Must("qua");
    public static readonly ushort Mai = Must("mai");
    public static readonly ushort Kia = Must("kia");
    public static readonly ushort Ngoai = Must("ngoái");
    public static readonly ushort Truoc = Must("trước");
    public static readonly ushort Toi = Must("tới");
    public static readonly ushort Sau = Must("sau");
    public static readonly ushort This = Must("này");
    public static readonly ushort Vua = Must("vừa");
    public static readonly ushort Roi = Must("rồi");
    public static readonly ushort Sap = Must("sắp");
    public static readonly ushort Dau = Must("đầu");
    public static readonly ushort Giua = Must("giữa");
    public static readonly ushort Cuoi = Must("cuối");
    public static readonly ushort Morning = Must("sáng");
    public static readonly ushort Noon = Must("trưa");
    public static readonly ushort Afternoon = Must("chiều");
    public static readonly ushort Evening = Must("tối");
    public static readonly ushort Night = Must("đêm");
    public static readonly ushort LateNight = Must("khuya");
    public static readonly ushort Rang = Must("rạng");
    public static readonly ushort Som = Must("sớm");
    public static readonly ushort Cung = Must("cùng");
    public static readonly ushort Tet = Must("tết");
    public static readonly ushort Va = Must("và");
    public static readonly ushort Tai2 = Must("tài");
    public static readonly ushort Chinh = Must("chính");
    public static readonly ushort Khi = Must("khi");
    public static readonly ushort Truong = Must("trường");
    public static readonly ushort Mon = Must("môn");
    public static readonly ushort Rank = Must("hạng");
    public static readonly ushort Hour = Must("giờ");
    public static readonly ushort Minute = Must("phút");
    public static readonly ushort Kem = Must("kém");
    public static readonly ushort Luc = Must("lúc");
    public static readonly ushort Vao = Must("vào");
    public static readonly ushort Tu = Must("từ");
    public static readonly ushort Den = Must("đến");
    public static readonly ushort Cho = Must("cho");
    public static readonly ushort Mung = Must("mùng");
    public static readonly ushort Mong = Must("mồng");
    public static readonly ushort Gieng = Must("giêng");
    public static readonly ushort Chap = Must("chạp");
    public static readonly ushort Spring = Must("xuân");
    public static readonly ushort Summer = Must("hè");
    public static readonly ushort SummerHa = Must("hạ");
    public static readonly ushort Autumn = Must("thu");
    public static readonly ushort Winter = Must("đông");
    public static readonly ushort Sang = Must("sang");
    public static readonly ushort Cach = Must("cách");
    public static readonly ushort Here = Must("đây");
    public static readonly ushort Do = Must("đó");
    public static readonly ushort Nua = Must("nữa");
    public static readonly ushort Tiep = Must("tiếp");
    public static readonly ushort Theo = Must("theo");
    public static readonly ushort Ke = Must("kế");
    public static readonly ushort Lien = Must("liên");
    public static readonly ushort Tuc = Must("tục");
    public static readonly ushort Moi = Must("mỗi");
    public static readonly ushort Cac = Must("các");
    public static readonly ushort Nhung = Must("những");
    public static readonly ushort Hang = Must("hàng");
    public static readonly ushort Hang2 = Must("hằng");
    public static readonly ushort Hoi = Must("hồi");
    public static readonly ushort Tu4 = Must("tư");
    public static readonly ushort Mot = Must("một");
    public static readonly ushort Khong = Must("không");
    public static readonly ushort Nua2 = Must("nửa");
    public static readonly ushort Ruoi = Must("rưỡi");
    public static readonly ushort Trong = Must("trong");
    public static readonly ushort Vong = Must("vòng");
    public static readonly ushort Suot = Must("suốt");
    public static readonly ushort Mat = Must("mất");
    public static readonly ushort Keo = Must("kéo");
    public static readonly ushort Dai = Must("dài");
    public static readonly ushort Hon = Must("hơn");
    public static readonly ushort Gan = Must("gần");
    public static readonly ushort Khoang = Must("khoảng");
    public static readonly ushort Tren = Must("trên");
    public static readonly ushort Duoi = Must("dưới");
    public static readonly ushort Tai = Must("tại");
    public static readonly ushort O = Must("ở");
    public static readonly ushort So = Must("so");
    public static readonly ushort Voi = Must("với");
    public static readonly ushort Dong = Must("đồng");
    public static readonly ushort Phan = Must("phần");
    public static readonly ushort Thap = Must("thập");
    public static readonly ushort Nien = Must("niên");
    public static readonly ushort Ky = Must("kỷ");
    public static readonly ushort The = Must("thế");
    public static readonly ushort Giai = Must("giai");
    public static readonly ushort Doan = Must("đoạn");
    public static readonly ushort Nhiem = Must("nhiệm");
    public static readonly ushort KyTerm = Must("kỳ");
    public static readonly ushort Gap = Must("gấp");
    public static readonly ushort Doi = Must("đôi");
    public static readonly ushort Times = Must("lần");
    public static readonly ushort Tuoi = Must("tuổi");
    public static readonly ushort NumberWord = Must("số");
    public static readonly ushort Tong = Must("tổng");
    public static readonly ushort Vi = Must("vĩ");
    public static readonly ushort Kinh = Must("kinh");
    public static readonly ushort Am = Must("âm");
    public static readonly ushort Hoc = Must("học");
    public static readonly ushort Lop = Must("lớp");
    public static readonly ushort Cao = Must("cao");
    public static readonly ushort Nhat3 = Must("nhất");
    public static readonly ushort La = Must("là");
    public static readonly ushort Da2 = Must("đa");
    public static readonly ushort Male = Must("nam");
    public static readonly ushort Female = Must("nữ");

    public static readonly ushort Se = Must("sẽ");
    public static readonly ushort Da = Must("đã");
    public static readonly ushort Du = Must("dự");
    public static readonly ushort Kien = Must("kiến");
    public static readonly ushort Dinh = Must("định");
    public static readonly ushort Tung = Must("từng");

    /// <summary>Words after which a number is always part of a date, a time or an ordinal ("thứ 3", "năm 2024", "lúc 9").</summary>
    private static readonly bool[] s_dateOrOrdinalBefore = Set(
        "thứ", "ngày", "tháng", "năm", "quý", "mùng", "mồng", "hôm", "lúc", "kỷ", "niên", "sáng", "trưa", "chiều",
        "tối", "đêm", "khuya");

    /// <summary>Words after which a bare number (no unit, no scale) is a label or an ordinal ("Điều 5", "quận 1", "lần 2").</summary>
    private static readonly bool[] s_labelBefore = Set(
        "số", "điều", "khoản", "chương", "mục", "phần", "tập", "trang", "câu", "bài", "lớp", "tầng", "phòng", "quận",
        "phường", "khu", "tổ", "ấp", "xóm", "lô", "nhóm", "bảng", "vòng", "kỳ", "khóa", "đợt", "hạng", "top", "cấp",
        "mã", "tuyến", "cửa", "cổng", "toa", "hiệp", "ván", "đường", "ngõ", "ngách", "hẻm", "kiệt", "đoạn", "bước",
        "đội", "đoàn", "mẫu", "bản", "xe", "chuyến", "bay", "ô", "ghế", "lần", "phút", "km", "điểm", "giờ", "cỡ",
        // "bệnh nhân 2910", "ca bệnh 15", "cơ sở 2", "khu phố 3": numbers that name a patient or a place
        "nhân", "bệnh", "sở", "phố", "thôn", "làng",
        // "phương thức 1", "nguyện vọng 1", "chỉ thị 16", "quốc lộ 2", "vành đai 3", "khối 12", "công văn 930",
        // "nghị định 100", "chương trình 9", "số hiệu 12": the last syllable of a naming noun
        "thức", "vọng", "thị", "lộ", "đai", "khối", "văn", "định", "trình", "hiệu",
        // "báo động 3": a flood alert level; "bậc 4": a level ("mức 1.200 xe" is an amount: "mức" is not a label)
        "động", "bậc");

    /// <summary>Words after which "2/3" is a fraction, not a day and month ("2/3 số hộ", "2/3 diện tích", "2/3 trong số").</summary>
    private static readonly bool[] s_partitive = Set("số", "trong", "diện", "dân", "lãnh");

    private static readonly bool[] s_countedAbbreviations = Set(UnitData.CountedAbbreviations);

    private static readonly bool[] s_dayParts = Set("sáng", "trưa", "chiều", "tối", "đêm", "khuya");

    private static readonly ConcurrentDictionary<(string, string), string> s_rates = new();

    public static bool IsDateOrOrdinalCue(ushort id) => s_dateOrOrdinalBefore[id];

    public static bool IsLabel(ushort id) => s_labelBefore[id];

    public static bool IsDayPart(ushort id) => s_dayParts[id];

    /// <summary>"CLB", "DN": a capital abbreviation of a counted noun, not a name.</summary>
    public static bool IsCountedAbbreviation(ushort id) => s_countedAbbreviations[id];

    public static bool IsPartitive(ushort id) => s_partitive[id];

    /// <summary>The code of a rate ("km" and "h" give "km/h"), interned so that a match allocates once per pair.</summary>
    public static string Rate(string numerator, string denominator) =>
        s_rates.GetOrAdd((numerator, denominator), static key => key.Item1 + "/" + key.Item2);

    private static ushort Must(string word)
    {
        ushort id = ExtractionLexicon.Id(word);
        if (id == 0)
            throw new InvalidOperationException($"The word '{word}' is missing from the extraction lexicon.");
        return id;
    }

    private static bool[] Set(params string[] words)
    {
        var set = new bool[ExtractionLexicon.Count];
        foreach (string w in words)
            set[Must(w)] = true;
        return set;
    }
}
