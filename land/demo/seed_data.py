"""Texts and pictures for the land demo content (Vietnamese and English)."""

from land.models import LandUse, ParcelStatus

A, R, L, N = ParcelStatus.AVAILABLE, ParcelStatus.RESERVED, ParcelStatus.LEASED, ParcelStatus.NOT_OPEN
STATUS_CYCLE = [A, R, A, L, A, N, A, L, R, A, N, A, L]

ZONES = [
    {
        "code": "A",
        "name_vi": "Khu A – Văn phòng phần mềm",
        "name_en": "Zone A – Software offices",
        "purpose_vi": "Văn phòng sản xuất, gia công phần mềm và trung tâm nghiên cứu – phát triển.",
        "purpose_en": "Offices for software production, outsourcing and research and development.",
        "notes_vi": "Tiếp giáp đường trục chính của khu; có bãi đỗ xe chung.",
        "notes_en": "Fronts the park's main avenue; shared car park nearby.",
        "outline": (0, 0, 420, 300),
        "uses": [LandUse.SOFTWARE_OFFICE, LandUse.SOFTWARE_OFFICE, LandUse.SOFTWARE_OFFICE, LandUse.TRAINING_SERVICES],
    },
    {
        "code": "B",
        "name_vi": "Khu B – Trung tâm dữ liệu",
        "name_en": "Zone B – Data centres",
        "purpose_vi": "Trung tâm dữ liệu tận dụng khí hậu mát mẻ của Đà Lạt để tiết kiệm năng lượng làm mát.",
        "purpose_en": "Data centres that use Đà Lạt's cool climate to save cooling energy.",
        "notes_vi": "Hai tuyến điện 22 kV độc lập; tuyến cáp quang dự phòng theo hai hướng.",
        "notes_en": "Two independent 22 kV feeders; fibre routes in two directions.",
        "outline": (440, 0, 300, 300),
        "uses": [LandUse.DATA_CENTRE, LandUse.DATA_CENTRE, LandUse.SOFTWARE_OFFICE],
    },
    {
        "code": "C",
        "name_vi": "Khu C – Nội dung số",
        "name_en": "Zone C – Digital content",
        "purpose_vi": "Xưởng phim hoạt hình, trò chơi điện tử, thiết kế và sản xuất nội dung số.",
        "purpose_en": "Studios for animation, games, design and digital-content production.",
        "notes_vi": "Nhìn ra rừng thông; hạn chế tiếng ồn sau 22 giờ.",
        "notes_en": "Overlooks the pine forest; quiet hours after 10 p.m.",
        "outline": (0, 320, 360, 260),
        "uses": [LandUse.DIGITAL_CONTENT, LandUse.DIGITAL_CONTENT, LandUse.SOFTWARE_OFFICE],
    },
    {
        "code": "D",
        "name_vi": "Khu D – Đào tạo và dịch vụ",
        "name_en": "Zone D – Training and services",
        "purpose_vi": "Cơ sở đào tạo chuyên gia công nghệ thông tin, hội nghị và dịch vụ hỗ trợ doanh nghiệp.",
        "purpose_en": "IT-specialist training, conference facilities and business services.",
        "notes_vi": "Gần trạm xe buýt và khu ký túc xá học viên.",
        "notes_en": "Close to the bus stop and the trainee residences.",
        "outline": (380, 320, 360, 260),
        "uses": [LandUse.TRAINING_SERVICES, LandUse.TRAINING_SERVICES, LandUse.DIGITAL_CONTENT],
    },
    {
        "code": "E",
        "name_vi": "Khu E – Nhà ở chuyên gia",
        "name_en": "Zone E – Expert housing",
        "purpose_vi": "Nhà ở cho chuyên gia và kỹ sư làm việc trong khu, trong không gian đồi thông yên tĩnh.",
        "purpose_en": "Homes for experts and engineers working in the park, on quiet pine-covered slopes.",
        "notes_vi": "Độ dốc tự nhiên 8–12%; giữ lại tối thiểu 30% cây thông hiện hữu.",
        "notes_en": "Natural slope of 8–12%; at least 30% of existing pines must be kept.",
        "outline": (760, 0, 240, 580),
        "uses": [LandUse.EXPERT_HOUSING, LandUse.EXPERT_HOUSING, LandUse.TRAINING_SERVICES],
    },
]

LAND_USE_TEXTS = {
    LandUse.SOFTWARE_OFFICE: {
        "power": 400,
        "summary_vi": "Lô {code} rộng {area} m² thuộc {zone}, phù hợp xây văn phòng phát triển phần mềm "
        "cho 200–500 kỹ sư, hạ tầng điện và cáp quang đã đấu nối tới ranh lô.",
        "summary_en": "Parcel {code}, {area} m² in {zone}, suits a software-development office for 200–500 "
        "engineers; power and fibre are connected to the boundary.",
    },
    LandUse.DATA_CENTRE: {
        "power": 2000,
        "summary_vi": "Lô {code} rộng {area} m² thuộc {zone}, dành cho trung tâm dữ liệu: nhiệt độ trung bình "
        "18 °C giúp giảm chi phí làm mát, nguồn điện kép.",
        "summary_en": "Parcel {code}, {area} m² in {zone}, is set aside for a data centre: an average 18 °C "
        "cuts cooling costs, with dual power feeds.",
    },
    LandUse.DIGITAL_CONTENT: {
        "power": 300,
        "summary_vi": "Lô {code} rộng {area} m² thuộc {zone}, phù hợp xưởng sản xuất hoạt hình, trò chơi hoặc "
        "hậu kỳ phim, cho phép xây trường quay.",
        "summary_en": "Parcel {code}, {area} m² in {zone}, suits an animation, game or post-production studio; "
        "sound stages are allowed.",
    },
    LandUse.TRAINING_SERVICES: {
        "power": 250,
        "summary_vi": "Lô {code} rộng {area} m² thuộc {zone}, dành cho cơ sở đào tạo, hội thảo và dịch vụ hỗ trợ "
        "doanh nghiệp trong khu.",
        "summary_en": "Parcel {code}, {area} m² in {zone}, is for training, conference and business-support "
        "services for the park.",
    },
    LandUse.EXPERT_HOUSING: {
        "power": 200,
        "summary_vi": "Lô {code} rộng {area} m² thuộc {zone}, dành cho nhà ở chuyên gia với tầm nhìn ra đồi thông, "
        "cách khu văn phòng năm phút đi bộ.",
        "summary_en": "Parcel {code}, {area} m² in {zone}, is for expert housing with views over the pine hills, "
        "five minutes' walk from the offices.",
    },
}

PHOTO_TEXTS = {
    LandUse.SOFTWARE_OFFICE: {
        "title": "[DEMO] Land – software office parcel",
        "alt_vi": "Khu đất trống bằng phẳng cạnh đường nội bộ, phía sau là đồi thông",
        "alt_en": "A level plot beside the internal road, pine hills behind",
    },
    LandUse.DATA_CENTRE: {
        "title": "[DEMO] Land – data centre parcel",
        "alt_vi": "Lô đất có trạm biến áp ở góc, hàng rào tạm và đồi thông phía xa",
        "alt_en": "A plot with a substation at one corner, a temporary fence and distant pines",
    },
    LandUse.DIGITAL_CONTENT: {
        "title": "[DEMO] Land – digital content parcel",
        "alt_vi": "Sườn đồi thoai thoải nhìn ra hồ, có lối vào đã trải nhựa",
        "alt_en": "A gentle slope facing the lake, with a paved access road",
    },
    LandUse.TRAINING_SERVICES: {
        "title": "[DEMO] Land – training and services parcel",
        "alt_vi": "Khu đất gần trạm xe buýt, có vỉa hè và cây xanh dọc đường",
        "alt_en": "A plot near the bus stop, with a pavement and street trees",
    },
    LandUse.EXPERT_HOUSING: {
        "title": "[DEMO] Land – expert housing parcel",
        "alt_vi": "Sườn đồi thông yên tĩnh với những lô nhà ở thấp tầng",
        "alt_en": "A quiet pine slope with low-rise housing plots",
    },
}

PALETTE = {
    LandUse.SOFTWARE_OFFICE: (70, 110, 160),
    LandUse.DATA_CENTRE: (90, 90, 110),
    LandUse.DIGITAL_CONTENT: (170, 110, 60),
    LandUse.TRAINING_SERVICES: (60, 130, 110),
    LandUse.EXPERT_HOUSING: (150, 80, 90),
}


def draw_photo(land_use):
    """A Pillow drawer for demo_image: sky, pine hills, a levelled plot and a building outline."""
    accent = PALETTE[land_use]

    def drawer(draw, width, height):
        for row in range(height // 2):
            shade = 200 + row * 50 // (height // 2)
            draw.line([(0, row), (width, row)], fill=(shade - 60, shade - 20, min(255, shade + 10)))
        draw.polygon([(0, height * 0.55), (width * 0.3, height * 0.3), (width * 0.6, height * 0.5),
                      (width, height * 0.28), (width, height), (0, height)], fill=(40, 90, 60))  # fmt: skip
        draw.rectangle([0, height * 0.7, width, height], fill=(150, 130, 90))
        for tree in range(12):
            x = tree * width / 12 + 40
            draw.polygon([(x, height * 0.45), (x - 25, height * 0.62), (x + 25, height * 0.62)], fill=(25, 70, 45))
        draw.rectangle([width * 0.35, height * 0.5, width * 0.65, height * 0.72], outline=accent, width=8)

    return drawer
