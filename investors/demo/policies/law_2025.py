"""Demo policies for the 2025 law: Law 67/2025/QH15 on CIT, the Law on Digital Technology Industry and
Decree 219/2025 on foreign workers. Sources and the date checked: docs/incentives.md. Article numbers
of Law 67/2025 are not verified: those policies are marked "to be confirmed by the legal reviewer"."""

from .spec import Clause, DemoPolicy, d

SOFTWARE = ["software_production"]
NEW_LAW = {"in_force_from": d(2025, 1, 1)}  # in effect 1 October 2025, applies to the whole 2025 tax year
TO_CONFIRM = {"needs_legal_review": True}
RATE_10_15 = {"benefit": "cit_rate", "rate_percent": 10, "years": 15, "starts": "first_revenue"}
EXEMPT_4 = {"benefit": "cit_exemption", "years": 4, "starts": "first_taxable_income", **TO_CONFIRM}
HALVE_9 = {"benefit": "cit_reduction", "share_percent": 50, "years": 9, "starts": "first_taxable_income", **TO_CONFIRM}


def _package(prefix, package, article, **conditions):
    return (
        {"title": f"{prefix}: 10% CIT rate (2025)", "article": article, "clause": 1, "package": package}
        | RATE_10_15
        | NEW_LAW
        | conditions,
        {"title": f"{prefix}: 4-year CIT exemption (2025)", "article": article + 1, "clause": 1, "package": package}
        | EXEMPT_4
        | NEW_LAW
        | conditions,
        {"title": f"{prefix}: 9 years at 50% CIT (2025)", "article": article + 1, "clause": 1, "package": package}
        | HALVE_9
        | NEW_LAW
        | conditions,
    )


LAW_2025_POLICIES = [
    DemoPolicy(
        key="cit-2025",
        category="tax",
        document_number="67/2025/QH15",
        signed_on=d(2025, 6, 14),
        effective_from=d(2025, 10, 1),
        needs_legal_review=True,
        slug_vi="luat-thue-tndn-2025",
        title_vi="Luật Thuế thu nhập doanh nghiệp 2025: thuế suất và ưu đãi",
        issuer_vi="Quốc hội",
        summary_vi="Có hiệu lực từ 1/10/2025, áp dụng từ kỳ tính thuế 2025: thuế suất phổ thông 20%, 15% cho doanh "
        "nghiệp có tổng doanh thu năm trước không quá 3 tỷ đồng, 17% cho doanh thu từ trên 3 đến 50 tỷ đồng; thuế "
        "suất 10% trong 15 năm cho dự án sản xuất phần mềm và dự án tại khu công nghệ số tập trung.",
        body_vi="Luật số 67/2025/QH15 thay thế Luật Thuế thu nhập doanh nghiệp 2008 và các luật sửa đổi; Nghị định "
        "320/2025/NĐ-CP hướng dẫn thi hành. Thuế suất 15% và 17% không áp dụng cho doanh nghiệp có quan hệ liên kết "
        "với doanh nghiệp không đáp ứng điều kiện. Ưu đãi đã được hưởng theo luật cũ tiếp tục cho thời gian còn lại "
        "theo quy định chuyển tiếp. Số điều, khoản và thời gian miễn, giảm cần được cán bộ pháp chế xác nhận.",
        slug_en="cit-law-2025",
        title_en="Corporate Income Tax Law 2025: rates and incentives",
        issuer_en="The National Assembly",
        summary_en="In effect from 1 October 2025 for the 2025 tax year: a standard 20% rate, 15% for firms whose "
        "total revenue of the preceding year is at most VND 3 billion, 17% up to VND 50 billion; 10% for 15 years "
        "for software production projects and projects in concentrated digital technology zones.",
        body_en="Law No. 67/2025/QH15 replaces the Law on Corporate Income Tax 2008 and its amendments; Decree "
        "320/2025/ND-CP guides it. The 15% and 17% rates do not apply to a company related to firms that do not "
        "qualify. Incentives granted under the old law continue for their remaining term under the transition "
        "provisions. Article numbers and the exemption periods are to be confirmed by the legal reviewer.",
        clauses=(
            Clause(
                10,
                1,
                "Thuế suất 20%, 17% và 15%",
                "Thuế suất 20%; 15% nếu tổng doanh thu năm trước không quá 3 tỷ đồng; 17% nếu trên 3 tỷ đến "
                "50 tỷ đồng.",
                "Rates of 20%, 17% and 15%",
                "A 20% rate; 15% if the preceding year's total revenue is at most VND 3 billion; 17% if it is over "
                "VND 3 billion and up to VND 50 billion.",
            ),
            Clause(
                13,
                1,
                "Thuế suất ưu đãi 10% trong 15 năm",
                "Dự án đầu tư mới sản xuất sản phẩm phần mềm, dự án tại khu công nghệ số tập trung và hoạt động giáo "
                "dục - đào tạo đáp ứng điều kiện được áp dụng thuế suất 10% trong 15 năm.",
                "Preferential 10% rate for 15 years",
                "New software production projects, projects in concentrated digital technology zones and qualifying "
                "education and training are taxed at 10% for 15 years.",
            ),
            Clause(
                14,
                1,
                "Miễn thuế 4 năm, giảm 50% trong 9 năm",
                "Miễn thuế tối đa 4 năm và giảm 50% số thuế phải nộp tối đa 9 năm tiếp theo (cần xác nhận).",
                "Four years exempt, 50% off for nine years",
                "Exemption for up to four years and a 50% reduction for up to the next nine years (to be confirmed).",
            ),
        ),
        rules=(
            *_package("Software production", "software-production-2025", 13, sectors=SOFTWARE),
            *_package(
                "Digital technology zone",
                "digital-zone-2025",
                13,
                requires_park_location=True,
                requires_park_status=True,
            ),
            {
                "title": "Socialised IT training: 10% CIT rate (2025)",
                "article": 13,
                "clause": 1,
                "package": "education-2025",
                "sectors": ["it_training"],
                "requires_socialised_education": True,
                **RATE_10_15,
                **NEW_LAW,
                **TO_CONFIRM,
            },
        ),
        related=("cit-software", "digital-zone-law"),
    ),
    DemoPolicy(
        key="digital-zone-law",
        category="procedures",
        document_number="71/2025/QH15",
        signed_on=d(2025, 6, 14),
        effective_from=d(2026, 1, 1),
        needs_legal_review=True,
        slug_vi="khu-cong-nghe-so-tap-trung",
        title_vi="Khu công nghệ số tập trung (Luật Công nghiệp công nghệ số)",
        issuer_vi="Quốc hội",
        summary_vi="Luật Công nghiệp công nghệ số và Nghị định 354/2025/NĐ-CP quy định khu công nghệ số tập trung, "
        "thay cho khu công nghệ thông tin tập trung theo Nghị định 154/2013/NĐ-CP. Ưu đãi dành cho khu chỉ áp dụng "
        "khi khu công viên được công nhận là khu công nghệ số tập trung.",
        body_vi="Ban quản lý khu công viên tiếp nhận, hướng dẫn hồ sơ và cho thuê đất trong khu; giấy chứng nhận đăng "
        "ký đầu tư do cơ quan đăng ký đầu tư có thẩm quyền cấp. Ngày hiệu lực của từng điều cần được xác nhận.",
        slug_en="concentrated-digital-technology-zones",
        title_en="Concentrated digital technology zones (Law on Digital Technology Industry)",
        issuer_en="The National Assembly",
        summary_en="The Law on Digital Technology Industry and Decree 354/2025/ND-CP govern concentrated digital "
        "technology zones, which replace the concentrated IT zones of Decree 154/2013/ND-CP. Zone incentives apply "
        "only once the park is designated as such a zone.",
        body_en="The park's management board receives and guides investment files and leases land in the park; "
        "investment registration certificates are issued by the competent investment registration authority. The "
        "effective date of each article is to be confirmed.",
        clauses=(
            Clause(
                22,
                1,
                "Khu công nghệ số tập trung",
                "Khu công nghệ số tập trung là nơi nghiên cứu, sản xuất, kinh doanh, đào tạo và cung cấp hạ tầng phục "
                "vụ trực tiếp công nghiệp công nghệ số.",
                "Concentrated digital technology zones",
                "A concentrated digital technology zone hosts research, production, business, training and "
                "infrastructure directly serving the digital technology industry.",
            ),
        ),
        rules=(
            {
                "title": "Digital technology zone: zone support",
                "article": 22,
                "clause": 1,
                "benefit": "other",
                "requires_park_location": True,
                "requires_park_status": True,
                **TO_CONFIRM,
            },
        ),
        related=("it-zone-decree", "cit-2025"),
    ),
    DemoPolicy(
        key="work-permits-2025",
        category="labour",
        document_number="219/2025/NĐ-CP",
        signed_on=d(2025, 8, 7),
        effective_from=d(2025, 8, 7),
        audience="foreign",
        slug_vi="giay-phep-lao-dong-nguoi-nuoc-ngoai-2025",
        title_vi="Giấy phép lao động cho người nước ngoài (Nghị định 219/2025)",
        issuer_vi="Chính phủ",
        summary_vi="Ủy ban nhân dân cấp tỉnh cấp giấy phép lao động trong 10 ngày làm việc kể từ khi nhận đủ hồ sơ; "
        "chuyên gia cần 2 năm kinh nghiệm (1 năm trong các lĩnh vực ưu tiên như khoa học, công nghệ, chuyển đổi số).",
        body_vi="Nghị định 219/2025/NĐ-CP thay thế Nghị định 152/2020/NĐ-CP và Nghị định 70/2023/NĐ-CP. Ban quản lý "
        "khu công viên hướng dẫn hồ sơ; quyết định cấp phép thuộc Ủy ban nhân dân tỉnh.",
        slug_en="work-permits-for-foreign-workers-2025",
        title_en="Work permits for foreign workers (Decree 219/2025)",
        issuer_en="The Government",
        summary_en="The provincial People's Committee issues work permits within 10 working days of a complete "
        "file; experts need two years of experience (one year in priority fields such as science, technology and "
        "digital transformation).",
        body_en="Decree 219/2025/ND-CP replaces Decree 152/2020/ND-CP and Decree 70/2023/ND-CP. The park's "
        "management board helps with the file; the permit is decided by the provincial People's Committee.",
        clauses=(
            Clause(
                4,
                None,
                "Thẩm quyền cấp giấy phép lao động",
                "Ủy ban nhân dân cấp tỉnh cấp giấy phép lao động; có thể phân cấp cho cơ quan chuyên môn.",
                "Who issues work permits",
                "The provincial People's Committee issues work permits and may delegate this to a specialised agency.",
            ),
        ),
        rules=({"title": "Foreign workers: work permit (2025)", "article": 4, "clause": None, "benefit": "other"},),
        related=("work-permits",),
    ),
]
