namespace NewsLens.Extraction.Lexicon;

/// <summary>Date phrases kept as data.</summary>
internal static class DateData
{
    /// <summary>
    /// Vague time expressions: reported with their text, <c>resolved = false</c> and no value, since no article date
    /// turns them into a calendar period.
    /// </summary>
    public static readonly string[] VaguePhrases =
    [
        "gần đây",
        "mới đây",
        "thời gian qua",
        "thời gian gần đây",
        "thời gian tới",
        "thời gian sắp tới",
        "sắp tới",
        "trước đây",
        "hiện nay",
    ];
}

/// <summary>
/// Every other syllable that the quantity and date grammars test by id (see <see cref="Words"/>). Registering
/// them in the lexicon is what lets the grammars compare small integers instead of strings.
/// </summary>
internal static class WordList
{
    public static readonly string[] All =
    [
        // punctuation and signs the grammars look at
        "-", "/", "~", ",", "(", ")", ":", ";", ".",
        // date and time words
        "ngày", "tháng", "năm", "tuần", "quý", "mùa", "thứ", "chủ", "nhật", "hôm", "nay", "qua", "mai", "kia", "ngoái",
        "trước", "tới", "sau", "này", "vừa", "rồi", "sắp", "đầu", "giữa", "cuối", "sáng", "trưa", "chiều", "tối", "đêm",
        "khuya", "rạng", "giờ", "phút", "lúc", "vào", "từ", "đến", "cho", "mùng", "mồng", "giêng", "chạp", "xuân", "hè", "hạ",
        "thu", "đông", "sang", "cách", "đây", "đó", "nữa", "kém", "tiếp", "theo", "kế", "liên", "mỗi", "các", "những",
        "hàng", "hằng", "hồi", "sớm",
        // "cùng ngày", "mùng 3 Tết", "ngày 21 và 22/4", "năm tài chính 2020", "3 tháng trước khi …", "7/10 trường hợp"
        "cùng", "tết", "và", "tài", "chính", "khi", "trường", "môn",
        // tense cues
        "sẽ", "đã", "dự", "kiến", "định", "từng",
        // words before a number that make it a label, an ordinal or part of a date or time
        "số", "điều", "khoản", "chương", "mục", "phần", "tập", "trang", "câu", "bài", "lớp", "tầng", "phòng", "quận",
        "phường", "khu", "tổ", "ấp", "xóm", "lô", "nhóm", "bảng", "vòng", "kỳ", "khóa", "đợt", "hạng", "top", "cấp",
        "mã", "tuyến", "cửa", "cổng", "toa", "hiệp", "ván", "đường", "ngõ", "ngách", "hẻm", "kiệt", "đoạn", "bước",
        "đội", "đoàn", "mẫu", "bản", "kỷ", "niên", "xe", "chuyến", "bay", "ô", "ghế", "lần", "cỡ",
        "nhân", "bệnh", "sở", "phố", "thôn", "làng", "thức", "vọng", "thị", "lộ", "đai", "khối", "văn", "định", "trình",
        "hiệu",
        // words around a duration
        "trong", "suốt", "mất", "kéo", "dài", "liên", "tục",
        // fractions and multiples ("một phần ba", "2/3 diện tích", "gấp đôi")
        "gấp", "đôi", "diện", "dân", "lãnh",
        // locative prepositions ("tại 4 điểm" counts places, not points) and comparisons ("so với 2020" is a year)
        "tại", "ở", "so", "với",
        // decades, centuries and periods ("thập niên 1990", "thế kỷ XX", "giai đoạn 2019-2023")
        "thập", "thế", "giai",
        // second round: "năm học 2020-2021"; "đến cao nhất là 12 năm", "đến tối đa 10 năm"; "2 nam công nhân", "3 nữ sinh viên"
        "học", "cao", "nhất", "là", "đa", "nam", "nữ",
        // third round: "nhiệm kỳ 2021-2026" (a term of office)
        "nhiệm",
    ];
}
