namespace NewsLens.Extraction.Entities;

/// <summary>The word lists of the in-article entity rules (lower case, syllables separated by spaces).</summary>
internal static class EntityWords
{
    /// <summary>Honorifics and pronouns that stand before a person's name or for a person.</summary>
    public static readonly PhraseSet Honorifics = new(
    [
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "ngài", "em", "bé", "cháu", "mr.", "ms.", "mrs.", "bạn",
        "nữ", "nam", "mẹ", "bố", "cha", "vợ", "chồng", "thầy", "cô giáo", "thầy giáo", "chàng", "nàng", "ca sĩ",
    ]);

    /// <summary>Titles, ranks and roles that stand before a name or for a person ("Bộ trưởng", "Thiếu tướng", "người phát ngôn").</summary>
    public static readonly PhraseSet Titles = new(
    [
        "tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "bộ trưởng", "thứ trưởng", "ngoại trưởng", "chủ tịch", "phó chủ tịch",
        "giám đốc", "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "người phát ngôn", "phát ngôn viên", "đại sứ", "thượng nghị sĩ",
        "nghị sĩ", "hạ nghị sĩ", "thống đốc", "thị trưởng", "tướng", "đại tướng", "thiếu tướng", "trung tướng", "thượng tướng", "đại tá",
        "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "tư lệnh", "cao ủy", "ủy viên", "tổng thư ký",
        "thư ký", "thư ký báo chí", "cố vấn", "chánh án", "luật sư", "bác sĩ", "bs", "bs.", "ts", "ts.", "pgs", "pgs.ts", "pgs.ts.", "gs", "gs.ts",
        "gs.ts.", "ths", "ths.", "tiến sĩ", "thạc sĩ", "giáo sư", "phó giáo sư", "nhà báo", "hlv", "huấn luyện viên", "linh mục", "nhà văn",
        "nghệ sĩ", "mc", "btv", "mc - btv", "chuyên gia", "nhà nghiên cứu", "giáo viên", "hiệu trưởng", "thủ môn", "thủ thành", "tiền đạo",
        "tiền vệ", "hậu vệ", "cầu thủ", "quốc vương", "hoàng tử", "nữ hoàng", "vua", "giáo hoàng", "thẩm phán", "điều tra viên",
        "chủ nhiệm", "trưởng phòng", "trưởng ban", "bí thư", "phó bí thư", "nhà ngoại giao", "nhà lãnh đạo", "nhà hoạt động", "họa sĩ",
        "triệu phú", "tỷ phú", "tổng biên tập", "đệ nhất phu nhân", "cục trưởng", "phó cục trưởng", "vụ trưởng", "viện trưởng",
        "tổng cục trưởng", "trưởng công an", "nhà sáng lập", "người sáng lập", "chủ tọa", "nhà khoa học", "nhà cổ sinh vật học",
        "nhà kinh tế", "nhà phân tích", "giám đốc điều hành", "ceo", "người đứng đầu", "lãnh đạo", "quan chức", "đại diện", "trợ lý",
        "phó", "trưởng", "nữ ngoại trưởng", "nữ bộ trưởng", "tùy viên", "tùy viên quốc phòng", "tổng tư lệnh", "tổng tham mưu trưởng",
        "đô đốc", "chủ tịch nước", "tổng bí thư", "thượng sĩ", "binh nhì", "nhà sử học", "nhà văn", "thuyền trưởng", "phi công",
    ]);

    /// <summary>Heads of organization names ("Bộ Ngoại giao Bulgaria", "UBND tỉnh Hà Tĩnh", "Nhà Trắng").</summary>
    public static readonly PhraseSet OrganizationHeads = new(
    [
        "bộ", "ủy ban", "ubnd", "hđnd", "công ty", "ngân hàng", "tòa án", "tand", "viện", "hội đồng", "cục", "sở", "trung tâm", "đại học",
        "trường", "hãng", "tập đoàn", "liên đoàn", "hiệp hội", "hội", "đảng", "quốc hội", "chính phủ", "nhà trắng", "điện kremlin",
        "lầu năm góc", "đại sứ quán", "công an", "quân đội", "hải quân", "không quân", "lục quân", "báo", "tờ", "hãng tin",
        "hãng thông tấn", "thông tấn xã", "đài", "tổng cục", "ban", "văn phòng", "phòng", "clb", "câu lạc bộ", "tổ chức", "quỹ",
        "cơ quan", "lực lượng", "bộ tư lệnh", "bộ chỉ huy", "liên hợp quốc", "tạp chí", "kênh", "cảnh sát", "nhà máy", "bệnh viện",
        "tổng công ty", "vụ", "chi cục", "ban quản lý", "hội nghị", "tand tp.", "tand tp",
    ]);

    /// <summary>Lower-case words allowed inside an organization or title complement before a capitalized word ("UBND tỉnh Hà Tĩnh").</summary>
    public static readonly PhraseSet AdminWords = new(
    [
        "tỉnh", "huyện", "xã", "thành phố", "tp", "tp.", "quận", "phường", "thị xã", "thị trấn", "bang", "thủ đô", "của", "tại",
        "về", "và", "quốc phòng", "ngoại giao", "báo chí", "an ninh", "quốc tế", "nhân dân", "chuyên trách", "thường trực",
    ]);

    /// <summary>Countries, regions and places that end a title's complement ("Bộ trưởng Quốc phòng Mỹ" | "Lloyd Austin").</summary>
    public static readonly PhraseSet Places = new(
    [
        "mỹ", "nga", "trung quốc", "ukraine", "anh", "pháp", "đức", "nhật bản", "nhật", "hàn quốc", "triều tiên", "ấn độ", "indonesia",
        "philippines", "việt nam", "eu", "nato", "australia", "úc", "canada", "israel", "syria", "iran", "iraq", "thổ nhĩ kỳ", "ba lan",
        "bỉ", "ý", "italy", "tây ban nha", "thái lan", "lào", "campuchia", "singapore", "malaysia", "brazil", "bulgaria", "hà nội",
        "tp.hcm", "washington", "moscow", "matxcơva", "bắc kinh", "london", "paris", "berlin", "tokyo", "seoul", "kiev", "kyiv",
        "new delhi", "jakarta", "manila", "bangkok", "châu âu", "châu á", "châu phi", "trung đông", "đài loan", "hồng kông", "myanmar",
        "ai cập", "saudi arabia", "ả rập xê út", "pakistan", "afghanistan", "mexico", "argentina", "cuba", "venezuela", "belarus",
        "hà lan", "thụy điển", "na uy", "phần lan", "đan mạch", "thụy sĩ", "áo", "séc", "hungary", "romania", "hy lạp", "serbia",
        "lithuania", "latvia", "estonia", "georgia", "armenia", "azerbaijan", "kazakhstan", "mông cổ", "nepal", "sri lanka",
        "bangladesh", "new zealand", "nam phi", "nigeria", "kenya", "ethiopia", "libya", "yemen", "lebanon", "jordan", "qatar",
        "uae", "kuwait", "bali", "crimea", "donbass", "biển đông", "đà nẵng", "hải phòng", "cần thơ", "huế", "nghệ an", "hà tĩnh",
        "thanh hóa", "quảng ninh", "bắc ninh", "quảng ngãi", "đắk lắk", "hòa bình", "sài gòn", "tp hcm", "trung", "liên hợp quốc",
    ]);

    /// <summary>Common Vietnamese surnames: a capitalized run after a title starts its name here ("Trung úy Nguyễn Thị Loan").</summary>
    public static readonly PhraseSet Surnames = new(
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh",
        "lại", "chu", "trương", "đào", "đoàn", "lương", "mai", "trịnh", "tạ", "cao", "lâm", "hà", "tô", "tăng", "thái", "quách", "vương",
        "kim", "triệu", "lưu", "văn", "la", "diệp", "uông", "tập", "lục", "từ", "châu", "mạc", "khổng", "kiều", "âu",
    ]);

    /// <summary>Capitalized words that open a sentence or clause and are not names ("Theo", "Trong", "Những").</summary>
    public static readonly PhraseSet NotNames = new(
    [
        "theo", "trong", "tại", "khi", "sau", "trước", "ngày", "hôm", "những", "các", "một", "nhiều", "đây", "đó", "điều", "nhưng", "tuy",
        "song", "và", "cũng", "nếu", "với", "về", "từ", "đến", "cùng", "phía", "chúng", "tôi", "ông", "bà", "anh", "chị", "họ", "nó", "vì",
        "do", "bởi", "còn", "đã", "đang", "sẽ", "không", "chưa", "có", "là", "thì", "mà", "này", "ấy", "người", "năm", "tháng", "tuần",
        "sáng", "chiều", "tối", "trưa", "đêm", "hiện", "vào", "ngoài", "bên", "qua", "dù", "mặc", "để", "nhằm", "thông", "nhận", "phát",
        "trao", "chia", "xác", "tuyên", "cho", "đồng", "tuy nhiên", "ngoài ra", "trước đó", "sau đó", "hiện nay", "mới", "vừa", "cả",
        "tất", "mỗi", "mọi", "ai", "gì", "nào", "bất", "lúc", "đối", "giữa", "dưới", "trên", "kể", "chính", "riêng", "thế", "vậy",
        "như", "hay", "hoặc", "rồi", "lại", "nữa", "rất", "quá", "em", "cô", "chú", "bác", "mình", "ta", "bạn", "tin", "nói", "hình",
    ]);

    /// <summary>Anonymous-source openers: a speaker phrase starting here is an unnamed source ("một quan chức", "các nhà ngoại giao").</summary>
    public static readonly PhraseSet AnonymousOpeners = new(
    [
        "một", "các", "những", "nhiều", "một số", "một vài", "vài", "giới", "nguồn tin", "truyền thông", "báo chí", "giới chức",
        "người dân", "nhân chứng", "phần lớn", "đa số", "hầu hết", "phía", "thủy thủ đoàn", "giới chuyên gia", "chuyên gia", "dư luận",
        "cư dân", "người thân", "gia đình", "các nhà", "một người", "người", "hàng xóm", "nhân viên", "các hãng", "đa phần",
    ]);

    /// <summary>Back-references to a person introduced before ("người này", "vị tướng này", "nhà ngoại giao này").</summary>
    public static readonly PhraseSet Demonstratives = new(["này", "ấy", "đó", "trên", "quá cố này"]);
}
