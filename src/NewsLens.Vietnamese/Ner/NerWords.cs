namespace NewsLens.Vietnamese.Ner;

/// <summary>
/// Word lists the NER lexicon is built from that no dataset provides: Vietnamese family names, press aliases of
/// countries, and the title and trigger words that stand before names. Written by us from general knowledge of
/// Vietnamese news style.
/// </summary>
public static class NerWords
{
    /// <summary>Common Vietnamese family names (one syllable each, a few of two).</summary>
    public static IReadOnlyList<string> FamilyNames { get; } =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ", "Lương", "Lưu",
        "Quách", "Cao", "Chu", "Châu", "La", "Kiều", "Thái", "Hứa", "Triệu", "Tăng", "Thân", "Văn", "Khúc", "Khổng",
        "Mạc", "Nghiêm", "Ninh", "Quản", "Tôn", "Tống", "Từ", "Vi", "Viên", "Âu", "Bạch", "Biện", "Cù", "Diệp", "Doãn",
        "Giang", "Giáp", "Hàn", "Hầu", "Kha", "Khương", "Kim", "Lạc", "Lại", "Lục", "Mã", "Mạnh", "Nông", "Ông", "Phí",
        "Phó", "Quang", "Sầm", "Thạch", "Thiều", "Tiêu", "Trình", "Ung", "Văn", "Yên", "Đàm", "Đồng", "Đường", "Lò",
        "Hoàng Phủ", "Tôn Thất", "Tôn Nữ", "Công Tằng Tôn Nữ", "Ngô Đình", "Phạm Thị",
    ];

    /// <summary>Names of countries as the Vietnamese press writes them, beside the official ones in the gazetteer.</summary>
    public static IReadOnlyList<string> CountryAliases { get; } =
    [
        "Mỹ", "Hoa Kỳ", "Anh", "Pháp", "Đức", "Nga", "Trung Quốc", "Nhật", "Nhật Bản", "Hàn Quốc", "Triều Tiên",
        "Ấn Độ", "Úc", "Australia", "Canada", "Italy", "Ý", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Bỉ", "Thụy Sĩ",
        "Thụy Điển", "Na Uy", "Phần Lan", "Đan Mạch", "Ba Lan", "Séc", "Hungary", "Ukraine", "Belarus", "Thổ Nhĩ Kỳ",
        "Iran", "Iraq", "Syria", "Israel", "Palestine", "Ai Cập", "Saudi Arabia", "Ả Rập Saudi", "Campuchia", "Lào",
        "Thái Lan", "Myanmar", "Malaysia", "Singapore", "Indonesia", "Philippines", "Brunei", "Đài Loan", "Hồng Kông",
        "Ma Cao", "Mông Cổ", "Triều Tiên", "Brazil", "Argentina", "Mexico", "Cuba", "Venezuela", "Chile", "Peru",
        "Colombia", "Nam Phi", "Nigeria", "Kenya", "Ethiopia", "Afghanistan", "Pakistan", "Bangladesh", "Sri Lanka",
        "Nepal", "Việt Nam", "VN", "New Zealand", "Hy Lạp", "Áo", "Romania", "Bulgaria", "Serbia", "Croatia", "Liên Xô",
        "Qatar", "UAE", "Kuwait", "Jordan", "Liban", "Yemen", "Libya", "Tunisia", "Algeria", "Maroc", "Sudan",
        "Kazakhstan", "Uzbekistan", "Gruzia", "Armenia", "Azerbaijan", "Moldova", "Litva", "Latvia", "Estonia",
        "châu Âu", "châu Á", "châu Phi", "châu Mỹ", "Đông Nam Á", "Trung Đông", "Bắc Mỹ", "Mỹ Latin", "Tây Âu", "Đông Âu",
    ];

    /// <summary>Titles, kinship terms and roles that stand before a person's name.</summary>
    public static IReadOnlyList<string> PersonTriggers { get; } =
    [
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cậu", "dì", "em", "cháu", "cụ", "ngài", "lão", "mụ", "chàng",
        "nàng", "thầy", "cha", "mẹ", "vợ", "chồng", "con", "bé", "cu", "tổng thống", "phó tổng thống", "thủ tướng",
        "phó thủ tướng", "bộ trưởng", "thứ trưởng", "chủ tịch", "phó chủ tịch", "tổng bí thư", "bí thư", "phó bí thư",
        "giám đốc", "phó giám đốc", "tổng giám đốc", "đại sứ", "tướng", "đại tướng", "thượng tướng", "trung tướng",
        "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy",
        "tiến sĩ", "ts", "giáo sư", "gs", "pgs", "phó giáo sư", "thạc sĩ", "bác sĩ", "bs", "luật sư", "nhà báo",
        "phóng viên", "người phát ngôn", "phát ngôn viên", "nghệ sĩ", "ca sĩ", "cầu thủ", "thủ môn", "huấn luyện viên",
        "hlv", "vua", "hoàng tử", "công chúa", "nữ hoàng", "hoàng đế", "giáo hoàng", "thượng nghị sĩ", "hạ nghị sĩ",
        "nghị sĩ", "đại biểu", "trưởng phòng", "chánh án", "thẩm phán", "kiểm sát viên", "điều tra viên", "đồng chí",
        "tác giả", "nhà văn", "nhà thơ", "đạo diễn", "diễn viên", "bị cáo", "nghi phạm", "đối tượng", "sinh viên",
        "học sinh", "tên", "chủ nhiệm", "trưởng ban", "phó trưởng ban", "trưởng đoàn", "chỉ huy trưởng", "tư lệnh",
        "ngoại trưởng", "thị trưởng", "thống đốc", "người mẫu", "hoa hậu", "á hậu", "danh thủ", "tiền đạo", "hậu vệ",
        "tiền vệ", "võ sĩ", "vận động viên", "vđv", "kỳ thủ", "nhà sử học", "nhà khoa học", "nhà nghiên cứu",
        "chuyên gia", "trung sĩ", "binh nhì", "hạ sĩ", "thượng sĩ", "liệt sĩ", "anh hùng", "mẹ", "bố", "ba", "má",
        "chủ tịch nước", "phó chủ tịch nước", "quốc vương", "thái tử", "hòa thượng", "thượng tọa", "đại đức", "ni sư",
        "linh mục", "mục sư", "giám mục", "hồng y", "sư", "nhạc sĩ", "họa sĩ", "kiến trúc sư", "kỹ sư", "giảng viên",
    ];

    /// <summary>Words that stand before a place name.</summary>
    public static IReadOnlyList<string> LocationTriggers { get; } =
    [
        "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "làng", "thôn", "ấp",
        "bản", "xóm", "sông", "núi", "đảo", "quần đảo", "biển", "vịnh", "hồ", "đèo", "cầu", "đường", "phố", "miền",
        "vùng", "khu vực", "nước", "quốc gia", "bang", "châu", "thủ đô", "đồng bằng", "cao nguyên", "cảng", "sân bay",
        "tại", "ở", "đến", "về", "từ", "khu", "ngõ", "hẻm", "kênh", "rạch", "đầm", "phá", "suối", "thác", "hang",
        "động", "chợ", "dãy", "eo biển", "bán đảo", "lưu vực", "thủ phủ", "vùng lãnh thổ", "đặc khu", "khu phố",
    ];

    /// <summary>Words that begin an organization name.</summary>
    public static IReadOnlyList<string> OrganizationTriggers { get; } =
    [
        "công ty", "tập đoàn", "ngân hàng", "bộ", "sở", "ban", "ủy ban", "uỷ ban", "ubnd", "hội", "hiệp hội",
        "trung tâm", "viện", "trường", "đại học", "học viện", "bệnh viện", "báo", "tạp chí", "đài", "đảng", "quân đội",
        "câu lạc bộ", "clb", "đội", "tổng cục", "cục", "chi cục", "phòng", "tòa án", "toà án", "viện kiểm sát", "công an",
        "tổ chức", "liên đoàn", "liên minh", "quỹ", "hãng", "nhà máy", "tổng công ty", "hợp tác xã", "htx", "hội đồng",
        "quốc hội", "chính phủ", "văn phòng", "thông tấn xã", "ttxvn", "nhà xuất bản", "nxb", "doanh nghiệp", "xí nghiệp",
        "sư đoàn", "trung đoàn", "lữ đoàn", "binh đoàn", "quân khu", "bộ chỉ huy", "bộ tư lệnh", "mặt trận", "đoàn",
        "thành đoàn", "tỉnh đoàn", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "huyện uỷ", "điện",
        "nhà trắng", "lầu năm góc", "hạ viện", "thượng viện", "nghị viện", "quốc hội", "liên hợp quốc", "khối",
        "hiệu", "thương hiệu", "nhãn hiệu", "nhãn", "mác", "hãng", "tờ", "kênh", "nhãn hàng",
    ];

    /// <summary>Words that end or qualify an organization name.</summary>
    public static IReadOnlyList<string> OrganizationSuffixes { get; } =
    [
        "group", "corp", "corporation", "inc", "inc.", "ltd", "co", "jsc", "bank", "fc", "university", "institute",
        "center", "centre", "foundation", "association", "agency", "company", "holdings", "airlines", "airways",
        "tnhh", "cổ phần", "cp", "mtv", "quốc tế", "trung ương", "nhân dân",
    ];
}
