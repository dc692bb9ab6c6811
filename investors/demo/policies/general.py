"""Demo policies on the IT sector, investment procedures, foreign experts and the provincial resolution."""

from .spec import Clause, DemoPolicy, d


def _other(title, article, clause, **conditions):
    return {"title": title, "article": article, "clause": clause, "benefit": "other", **conditions}


GENERAL_POLICIES = [
    DemoPolicy(
        key="it-law",
        category="procedures",
        document_number="67/2006/QH11",
        signed_on=d(2006, 6, 29),
        effective_from=d(2007, 1, 1),
        slug_vi="luat-cong-nghe-thong-tin",
        title_vi="Luật Công nghệ thông tin: ưu đãi cho công nghiệp phần mềm",
        issuer_vi="Quốc hội",
        summary_vi="Nhà nước ưu tiên phát triển công nghiệp phần mềm và công nghiệp nội dung số; doanh nghiệp được "
        "hưởng mức ưu đãi cao nhất theo quy định.",
        body_vi="Luật Công nghệ thông tin 2006 đặt nền tảng cho chính sách khuyến khích đầu tư vào công nghiệp công "
        "nghệ thông tin và xây dựng khu công nghệ thông tin tập trung.",
        slug_en="law-on-information-technology",
        title_en="Law on Information Technology: incentives for the software industry",
        issuer_en="The National Assembly",
        summary_en="The State gives priority to the software and digital content industries; enterprises receive "
        "the highest level of incentives available.",
        body_en="The Law on Information Technology 2006 lays the ground for encouraging investment in the IT "
        "industry and for concentrated IT zones.",
        clauses=(
            Clause(
                46,
                2,
                "Ưu tiên công nghiệp phần mềm và nội dung số",
                "Tổ chức, cá nhân đầu tư sản xuất phần mềm, nội dung số được hưởng mức ưu đãi cao nhất theo quy "
                "định của pháp luật.",
                "Priority for the software and digital content industries",
                "Organisations and individuals investing in software and digital content production receive the "
                "highest level of incentives the law allows.",
            ),
        ),
        rules=(_other("IT law: highest incentives", 46, 2, sectors=["software_production", "digital_content"]),),
    ),
    DemoPolicy(
        key="it-zone-decree",
        category="procedures",
        status="superseded",
        superseded_by="digital-zone-law",
        document_number="154/2013/NĐ-CP",
        signed_on=d(2013, 11, 8),
        effective_from=d(2014, 1, 1),
        slug_vi="khu-cong-nghe-thong-tin-tap-trung",
        title_vi="Khu công nghệ thông tin tập trung: thủ tục một cửa",
        issuer_vi="Chính phủ",
        summary_vi="Tổ chức, doanh nghiệp trong khu công nghệ thông tin tập trung được hưởng ưu đãi như khu công "
        "nghệ cao và giải quyết thủ tục đầu tư theo cơ chế một cửa tại ban quản lý.",
        body_vi="Nghị định 154/2013/NĐ-CP quy định về khu công nghệ thông tin tập trung, trong đó có khu công viên "
        "phần mềm Đà Lạt được quy hoạch theo định hướng của tỉnh Lâm Đồng.",
        slug_en="concentrated-it-zones",
        title_en="Concentrated IT zones: one-stop procedures",
        issuer_en="The Government",
        summary_en="Organisations and enterprises in a concentrated IT zone receive high-tech park incentives and "
        "handle investment procedures at one desk, the zone's management board.",
        body_en="Decree 154/2013/ND-CP governs concentrated IT zones, including the Đà Lạt software park planned "
        "under Lâm Đồng province's strategy.",
        clauses=(
            Clause(
                19,
                1,
                "Thủ tục một cửa tại ban quản lý khu",
                "Ban quản lý khu tiếp nhận và giải quyết hồ sơ đầu tư, xây dựng, lao động theo cơ chế một cửa.",
                "One-stop procedures at the zone management board",
                "The zone management board receives and decides on investment, construction and labour files "
                "through a single desk.",
            ),
        ),
        rules=(
            _other(
                "IT zone: one-stop procedures",
                19,
                1,
                requires_park_location=True,
                requires_park_status=True,
                continues_after_end=False,
            ),
        ),
        related=("cit-it-zone",),
    ),
    DemoPolicy(
        key="investment-law",
        category="procedures",
        document_number="61/2020/QH14",
        signed_on=d(2020, 6, 17),
        effective_from=d(2021, 1, 1),
        slug_vi="luat-dau-tu-2020",
        title_vi="Luật Đầu tư 2020: hình thức và nguyên tắc áp dụng ưu đãi",
        issuer_vi="Quốc hội",
        summary_vi="Ưu đãi đầu tư được áp dụng theo lĩnh vực và địa bàn; khi dự án đáp ứng nhiều điều kiện, nhà "
        "đầu tư được hưởng mức ưu đãi có lợi nhất.",
        body_vi="Luật Đầu tư 2020 liệt kê các hình thức ưu đãi (thuế thu nhập doanh nghiệp, thuế nhập khẩu, tiền "
        "thuê đất, khấu hao nhanh) và nguyên tắc không cộng dồn các mức ưu đãi cho cùng một khoản.",
        slug_en="law-on-investment-2020",
        title_en="Law on Investment 2020: forms of incentives and how they apply",
        issuer_en="The National Assembly",
        summary_en="Incentives follow the sector and the location; where a project meets several conditions, the "
        "investor receives the most favourable level.",
        body_en="The Law on Investment 2020 lists the forms of incentives (corporate income tax, import duty, land "
        "rent, accelerated depreciation) and the principle that levels for the same item are not added up.",
        clauses=(
            Clause(
                15,
                4,
                "Áp dụng mức ưu đãi có lợi nhất",
                "Dự án đáp ứng điều kiện hưởng các mức ưu đãi khác nhau thì được áp dụng mức ưu đãi cao nhất.",
                "The most favourable level applies",
                "A project that qualifies for different levels of incentives receives the highest one.",
            ),
        ),
        rules=(_other("Investment law: most favourable level", 15, 4),),
    ),
    DemoPolicy(
        key="work-permits",
        category="labour",
        status="superseded",
        superseded_by="work-permits-2025",
        document_number="152/2020/NĐ-CP",
        signed_on=d(2020, 12, 30),
        effective_from=d(2021, 2, 15),
        audience="foreign",
        slug_vi="giay-phep-lao-dong-chuyen-gia",
        title_vi="Giấy phép lao động cho chuyên gia nước ngoài",
        issuer_vi="Chính phủ",
        summary_vi="Chuyên gia, nhà quản lý nước ngoài làm việc tại dự án trong khu được hỗ trợ cấp giấy phép lao "
        "động và thẻ tạm trú nhanh qua ban quản lý.",
        body_vi="Ban quản lý khu công viên tiếp nhận hồ sơ đề nghị cấp giấy phép lao động và phối hợp với cơ quan "
        "xuất nhập cảnh để cấp thẻ tạm trú cho chuyên gia và gia đình.",
        slug_en="work-permits-for-foreign-experts",
        title_en="Work permits for foreign experts",
        issuer_en="The Government",
        summary_en="Foreign experts and managers working on projects in the park get help with work permits and "
        "temporary residence cards through the management board.",
        body_en="The park's management board receives work permit applications and works with the immigration "
        "authority on residence cards for experts and their families.",
        clauses=(
            Clause(
                9,
                1,
                "Hỗ trợ cấp giấy phép lao động",
                "Hồ sơ đầy đủ được giải quyết trong 5 ngày làm việc.",
                "Work permit facilitation",
                "Complete applications are decided within five working days.",
            ),
        ),
        rules=(_other("Foreign experts: work permit facilitation", 9, 1),),
    ),
    DemoPolicy(
        key="provincial-resolution",
        category="procedures",
        document_number="16-NQ/TU",
        signed_on=d(2008, 10, 7),
        effective_from=d(2008, 10, 7),
        slug_vi="nghi-quyet-16-tinh-lam-dong",
        title_vi="Nghị quyết 16 của Ban Thường vụ Tỉnh ủy Lâm Đồng về phát triển công nghệ thông tin",
        issuer_vi="Ban Thường vụ Tỉnh ủy Lâm Đồng",
        summary_vi="Xây dựng khu công viên phần mềm tập trung tại Đà Lạt ở vị trí thuận lợi, với cơ chế ưu đãi để "
        "thu hút đầu tư và đào tạo chuyên gia công nghệ thông tin.",
        body_vi="Nghị quyết đặt mục tiêu phát triển công nghệ thông tin giai đoạn 2008–2010, tầm nhìn 2020, trong đó "
        "có khu công viên phần mềm Đà Lạt và khoảng 1% vốn đầu tư phát triển hằng năm cho công nghệ thông tin.",
        slug_en="lam-dong-resolution-16",
        title_en="Resolution 16 of the Lâm Đồng Provincial Standing Committee on IT development",
        issuer_en="Lâm Đồng Provincial Party Standing Committee",
        summary_en="A concentrated software park in Đà Lạt on well-placed land, with preferential mechanisms to "
        "attract investment and train IT specialists.",
        body_en="The resolution sets IT development goals for 2008–2010 with a vision to 2020, including the Đà Lạt "
        "software park and about 1% of the yearly development budget for IT.",
        clauses=(
            Clause(
                2,
                3,
                "Ưu tiên bố trí đất và đào tạo nhân lực",
                "Ưu tiên bố trí quỹ đất thuận lợi và hỗ trợ đào tạo nhân lực công nghệ thông tin cho doanh nghiệp "
                "đầu tư vào khu công viên phần mềm.",
                "Priority land and training support",
                "Priority for well-placed land and support for training IT staff for companies investing in the "
                "software park.",
            ),
        ),
        rules=(_other("Province: land priority and training support", 2, 3, requires_park_location=True),),
        related=("it-zone-decree",),
    ),
]
