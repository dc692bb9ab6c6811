"""Demo land-rent and import-duty policies (Decrees 46/2014 and 103/2024, Law 107/2016, Decree 134/2016)."""

from .spec import Clause, DemoPolicy, d

SPECIAL_SECTORS = ["software_production", "software_services", "digital_content", "data_centre", "hardware_rnd"]


def _land_clauses_2014(article):
    return (
        Clause(
            article,
            1,
            "Miễn tiền thuê đất 11 năm cho lĩnh vực đặc biệt ưu đãi",
            "Dự án thuộc lĩnh vực đặc biệt ưu đãi đầu tư (sản xuất phần mềm, nội dung số, trung tâm dữ liệu, "
            "nghiên cứu phát triển) được miễn tiền thuê đất 11 năm.",
            "Eleven years rent-free for specially encouraged sectors",
            "Projects in specially encouraged sectors (software production, digital content, data centres, "
            "research and development) pay no land rent for eleven years.",
        ),
        Clause(
            article,
            2,
            "Miễn tiền thuê đất 3 năm cho dự án thuộc lĩnh vực ưu đãi đầu tư",
            "Dự án thuộc danh mục lĩnh vực ưu đãi đầu tư được miễn tiền thuê đất 3 năm.",
            "Three years rent-free for projects in encouraged sectors",
            "Projects in a sector on the list of investment incentives pay no land rent for three years.",
        ),
    )


def _land_rules_2014():
    common = {"benefit": "land_rent_exemption", "starts": "project_start", "requires_state_lease": True}
    return (
        {
            "title": "Land rent: 11 years exempt (2014)",
            "article": 19,
            "clause": 1,
            "years": 11,
            "package": "land-special-2014",
            "sectors": SPECIAL_SECTORS,
            "continues_after_end": True,
            "needs_legal_review": True,
            **common,
        },
        {
            "title": "Land rent: 3 years exempt (2014)",
            "article": 19,
            "clause": 2,
            "years": 3,
            "package": "land-encouraged-2014",
            "continues_after_end": True,
            "needs_legal_review": True,
            **common,
        },
    )


LAND_2024_CLAUSES = (
    Clause(
        39,
        2,
        "Miễn tiền thuê đất trong thời gian xây dựng cơ bản",
        "Miễn tiền thuê đất trong thời gian xây dựng cơ bản theo dự án được cấp có thẩm quyền phê duyệt, tối đa "
        "3 năm kể từ ngày có quyết định cho thuê đất. Chỉ áp dụng cho tiền thuê đất phải nộp cho Nhà nước.",
        "Exemption during the construction period",
        "No land rent during the construction period of the approved project, for at most three years from the "
        "land lease decision. Only rent owed to the State is exempted.",
    ),
    Clause(
        39,
        3,
        "Miễn tiền thuê đất sau thời gian xây dựng cơ bản",
        "Sau thời gian xây dựng cơ bản: 3 năm đối với dự án thuộc danh mục lĩnh vực ưu đãi đầu tư; thời gian dài "
        "hơn đối với dự án tại địa bàn có điều kiện kinh tế - xã hội khó khăn hoặc đặc biệt khó khăn, hoặc thuộc "
        "lĩnh vực đặc biệt ưu đãi đầu tư.",
        "Exemption after the construction period",
        "After the construction period: three years for projects in a sector on the list of investment "
        "incentives; longer periods for projects in areas with difficult or especially difficult socio-economic "
        "conditions, or in specially encouraged sectors.",
    ),
)


def _land_rules_2024():
    common = {"benefit": "land_rent_exemption", "requires_state_lease": True, "requires_park_location": True}
    construction = {"title": "Land rent: construction period (up to 3 years)", "article": 39, "clause": 2}
    construction.update(years=3, starts="project_start", **common)
    return (
        {**construction, "package": "land-special-2024", "sectors": SPECIAL_SECTORS},
        {
            "title": "Land rent: 11 years exempt after construction (special sectors)",
            "article": 39,
            "clause": 3,
            "years": 11,
            "starts": "after_construction",
            "package": "land-special-2024",
            "sectors": SPECIAL_SECTORS,
            "needs_legal_review": True,  # the 11-year period for specially encouraged sectors is not yet verified
            **common,
        },
        {**construction, "title": "Land rent: construction period (encouraged)", "package": "land-encouraged-2024"},
        {
            "title": "Land rent: 3 years exempt after construction (encouraged sectors)",
            "article": 39,
            "clause": 3,
            "years": 3,
            "starts": "after_construction",
            "package": "land-encouraged-2024",
            **common,
        },
    )


LAND_IMPORT_POLICIES = [
    DemoPolicy(
        key="land-rent-2014",
        category="land",
        document_number="46/2014/NĐ-CP",
        signed_on=d(2014, 5, 15),
        effective_from=d(2014, 7, 1),
        status="superseded",
        superseded_by="land-rent-2024",
        slug_vi="mien-tien-thue-dat-2014",
        title_vi="Miễn, giảm tiền thuê đất (Nghị định 46/2014)",
        issuer_vi="Chính phủ",
        summary_vi="Quy định cũ về miễn, giảm tiền thuê đất cho dự án ưu đãi đầu tư; đã được thay thế từ ngày "
        "1/8/2024.",
        body_vi="Văn bản được giữ lại để tham khảo cho các dự án đã được miễn, giảm theo quy định này.",
        slug_en="land-rent-exemption-2014",
        title_en="Land rent exemption and reduction (Decree 46/2014)",
        issuer_en="The Government",
        summary_en="The former rules on land rent exemption for encouraged projects; replaced from 1 August 2024.",
        body_en="Kept for reference for projects whose exemption was granted under these rules.",
        clauses=_land_clauses_2014(19),
        rules=_land_rules_2014(),
    ),
    DemoPolicy(
        key="land-rent-2024",
        category="land",
        document_number="103/2024/NĐ-CP",
        signed_on=d(2024, 7, 30),
        effective_from=d(2024, 8, 1),
        slug_vi="mien-tien-thue-dat",
        title_vi="Miễn tiền thuê đất cho dự án trong khu công viên phần mềm",
        issuer_vi="Chính phủ",
        summary_vi="Miễn tiền thuê đất phải nộp cho Nhà nước trong thời gian xây dựng cơ bản (tối đa 3 năm), sau đó "
        "3 năm cho dự án thuộc lĩnh vực ưu đãi đầu tư; thời gian dài hơn cho lĩnh vực đặc biệt ưu đãi hoặc địa "
        "bàn khó khăn. Không áp dụng cho phí thuê lại đất của doanh nghiệp hạ tầng.",
        body_vi="Nghị định 103/2024/NĐ-CP về tiền sử dụng đất, tiền thuê đất thay thế Nghị định 46/2014/NĐ-CP. Thời "
        "gian miễn tính từ ngày dự án hoàn thành xây dựng và đưa vào hoạt động; ước tính trên trang này tính từ năm "
        "đầu tiên thuê đất.",
        slug_en="land-rent-exemption",
        title_en="Land rent exemption for projects in the software park",
        issuer_en="The Government",
        summary_en="No rent owed to the State during the construction period (up to three years), then three "
        "years for projects in encouraged sectors; longer for specially encouraged sectors or disadvantaged "
        "areas. A developer's sublease fee is not covered.",
        body_en="Decree 103/2024/ND-CP on land use fees and land rent replaces Decree 46/2014/ND-CP. The exemption "
        "runs from the day the project is built and starts operating; the estimate on this site counts it from the "
        "first year of the lease.",
        clauses=LAND_2024_CLAUSES,
        rules=_land_rules_2024(),
        related=("land-rent-2014", "it-zone-decree"),
    ),
    DemoPolicy(
        key="import-fixed-assets",
        category="import",
        document_number="107/2016/QH13",
        signed_on=d(2016, 4, 6),
        effective_from=d(2016, 9, 1),
        slug_vi="mien-thue-nhap-khau-tai-san-co-dinh",
        title_vi="Miễn thuế nhập khẩu hàng hóa tạo tài sản cố định",
        issuer_vi="Quốc hội",
        summary_vi="Máy móc, thiết bị nhập khẩu để tạo tài sản cố định của dự án thuộc lĩnh vực hoặc địa bàn ưu "
        "đãi đầu tư được miễn thuế nhập khẩu, dù dự án ở trong hay ngoài khu công viên.",
        body_vi="Luật Thuế xuất khẩu, thuế nhập khẩu 2016. Danh mục hàng miễn thuế được đăng ký với cơ quan hải quan "
        "trước khi nhập khẩu.",
        slug_en="import-duty-fixed-assets",
        title_en="Import duty exemption for fixed assets",
        issuer_en="The National Assembly",
        summary_en="Machinery and equipment imported as fixed assets of a project in an encouraged sector or "
        "location are exempt from import duty, whether or not the project is in the park.",
        body_en="Law on Import and Export Duties 2016. The list of exempt goods is registered with customs before "
        "import.",
        clauses=(
            Clause(
                16,
                11,
                "Hàng hóa tạo tài sản cố định",
                "Miễn thuế nhập khẩu cho hàng hóa nhập khẩu để tạo tài sản cố định của dự án thuộc lĩnh vực hoặc "
                "địa bàn ưu đãi đầu tư.",
                "Goods forming fixed assets",
                "Goods imported to form the fixed assets of a project in an encouraged sector or location are "
                "exempt from import duty.",
            ),
        ),
        rules=(
            {
                "title": "Import duty: fixed assets",
                "article": 16,
                "clause": 11,
                "benefit": "import_duty_exemption",
            },
        ),
    ),
    DemoPolicy(
        key="import-materials",
        category="import",
        document_number="134/2016/NĐ-CP",
        signed_on=d(2016, 9, 1),
        effective_from=d(2016, 9, 1),
        sectors=("hardware_rnd", "software_production"),
        slug_vi="mien-thue-nhap-khau-nguyen-lieu",
        title_vi="Miễn thuế nhập khẩu nguyên liệu, linh kiện trong 5 năm",
        issuer_vi="Chính phủ",
        summary_vi="Nguyên liệu, vật tư, linh kiện trong nước chưa sản xuất được, nhập khẩu cho dự án đặc biệt ưu "
        "đãi đầu tư được miễn thuế nhập khẩu 5 năm.",
        body_vi="Nghị định 134/2016/NĐ-CP hướng dẫn Luật Thuế xuất khẩu, thuế nhập khẩu.",
        slug_en="import-duty-materials",
        title_en="Five years of import duty exemption for materials and components",
        issuer_en="The Government",
        summary_en="Materials and components not yet made in Vietnam, imported for a specially encouraged project, "
        "are exempt from import duty for five years.",
        body_en="Decree 134/2016/ND-CP implements the Law on Import and Export Duties.",
        clauses=(
            Clause(
                15,
                1,
                "Nguyên liệu, linh kiện nhập khẩu trong 5 năm",
                "Miễn thuế nhập khẩu trong 5 năm kể từ khi bắt đầu sản xuất đối với nguyên liệu, vật tư, linh "
                "kiện trong nước chưa sản xuất được.",
                "Imported materials and components for five years",
                "Five years of import duty exemption from the start of production for materials and components "
                "not yet made in Vietnam.",
            ),
        ),
        rules=(
            {
                "title": "Import duty: materials for 5 years",
                "article": 15,
                "clause": 1,
                "benefit": "import_duty_exemption",
                "years": 5,
                "sectors": ["hardware_rnd", "software_production"],
            },
        ),
        related=("import-fixed-assets",),
    ),
]
