"""Demo corporate income tax policies (Decree 218/2013, Law 71/2014, Decree 13/2019)."""

from .spec import Clause, DemoPolicy, d

SOFTWARE = ("software_production",)
# Law 67/2025/QH15 keeps incentives granted under the old law for their remaining term; the exact
# transition wording is to be confirmed by the legal reviewer, hence needs_legal_review on the old rules.
TRANSITION = {"continues_after_end": True, "needs_legal_review": True}
CIT_RATE_15 = {"benefit": "cit_rate", "rate_percent": 10, "years": 15, "starts": "first_revenue"}
EXEMPT_4 = {"benefit": "cit_exemption", "years": 4, "starts": "first_taxable_income"}
HALVE_9 = {"benefit": "cit_reduction", "share_percent": 50, "years": 9, "starts": "first_taxable_income"}

TAX_POLICIES = [
    DemoPolicy(
        key="cit-software",
        category="tax",
        document_number="218/2013/NĐ-CP",
        status="superseded",
        superseded_by="cit-2025",
        signed_on=d(2013, 12, 26),
        effective_from=d(2014, 2, 15),
        sectors=SOFTWARE,
        slug_vi="thue-tndn-san-xuat-phan-mem",
        title_vi="Ưu đãi thuế thu nhập doanh nghiệp cho dự án sản xuất phần mềm",
        issuer_vi="Chính phủ",
        summary_vi="Thuế suất 10% trong 15 năm, miễn thuế 4 năm và giảm 50% trong 9 năm tiếp theo cho thu nhập "
        "từ dự án đầu tư mới sản xuất sản phẩm phần mềm.",
        body_vi="Nghị định 218/2013/NĐ-CP hướng dẫn Luật Thuế thu nhập doanh nghiệp 2008 (sửa đổi năm 2013). "
        "Sản xuất phần mềm là lĩnh vực được ưu đãi ở mức cao nhất; thời gian miễn thuế tính từ năm đầu tiên có thu "
        "nhập chịu thuế, nhưng không muộn hơn năm thứ tư kể từ năm có doanh thu.",
        slug_en="cit-software-production",
        title_en="Corporate income tax incentives for software production projects",
        issuer_en="The Government",
        summary_en="A 10% rate for 15 years, four years of exemption and a 50% reduction for the following nine "
        "years on income from new software production projects.",
        body_en="Decree 218/2013/ND-CP implements the Law on Corporate Income Tax 2008 (as amended in 2013). "
        "Software production enjoys the highest level of incentives; the exemption years start in the first year "
        "with taxable income, but no later than the fourth year with revenue.",
        clauses=(
            Clause(
                15,
                1,
                "Thuế suất ưu đãi 10% trong 15 năm",
                "Thu nhập từ dự án đầu tư mới sản xuất sản phẩm phần mềm được áp dụng thuế suất 10% trong "
                "15 năm, tính liên tục từ năm đầu tiên có doanh thu.",
                "Preferential 10% rate for 15 years",
                "Income from a new software production project is taxed at 10% for 15 years, counted "
                "continuously from the first year with revenue.",
            ),
            Clause(
                16,
                1,
                "Miễn thuế 4 năm, giảm 50% trong 9 năm",
                "Miễn thuế tối đa 4 năm và giảm 50% số thuế phải nộp tối đa 9 năm tiếp theo, tính từ năm đầu "
                "tiên có thu nhập chịu thuế; nếu 3 năm đầu có doanh thu chưa có thu nhập chịu thuế thì tính từ "
                "năm thứ tư.",
                "Four years exempt, 50% off for nine years",
                "Exemption for up to four years and a 50% reduction of the tax payable for up to the next nine "
                "years, counted from the first year with taxable income; if the first three years with revenue "
                "bring no taxable income, from the fourth year.",
            ),
        ),
        rules=(
            {
                "title": "Software production: 10% CIT rate",
                "article": 15,
                "clause": 1,
                "package": "software-production",
                "sectors": list(SOFTWARE),
                **TRANSITION,
                **CIT_RATE_15,
            },
            {
                "title": "Software production: 4-year CIT exemption",
                "article": 16,
                "clause": 1,
                "package": "software-production",
                "sectors": list(SOFTWARE),
                **TRANSITION,
                **EXEMPT_4,
            },
            {
                "title": "Software production: 9 years at 50% CIT",
                "article": 16,
                "clause": 1,
                "package": "software-production",
                "sectors": list(SOFTWARE),
                **TRANSITION,
                **HALVE_9,
            },
        ),
        related=("cit-it-zone", "cit-science-technology"),
    ),
    DemoPolicy(
        key="cit-it-zone",
        category="tax",
        status="superseded",
        superseded_by="cit-2025",
        document_number="71/2014/QH13",
        signed_on=d(2014, 11, 26),
        effective_from=d(2015, 1, 1),
        slug_vi="thue-tndn-khu-cntt-tap-trung",
        title_vi="Ưu đãi thuế cho dự án trong khu công nghệ thông tin tập trung",
        issuer_vi="Quốc hội",
        summary_vi="Dự án đầu tư mới trong khu công nghệ thông tin tập trung được hưởng ưu đãi thuế thu nhập doanh "
        "nghiệp như dự án trong khu công nghệ cao.",
        body_vi="Luật số 71/2014/QH13 bổ sung khu công nghệ thông tin tập trung vào nhóm địa bàn được ưu đãi thuế "
        "cao nhất. Ưu đãi này không cộng dồn với ưu đãi theo lĩnh vực: doanh nghiệp chọn mức có lợi nhất.",
        slug_en="cit-it-concentrated-zone",
        title_en="Tax incentives for projects in a concentrated IT zone",
        issuer_en="The National Assembly",
        summary_en="New investment projects in a concentrated IT zone receive the same corporate income tax "
        "incentives as projects in a high-tech park.",
        body_en="Law No. 71/2014/QH13 added concentrated IT zones to the locations with the highest tax "
        "incentives. This incentive does not add up with sector incentives: the enterprise takes the more "
        "favourable one.",
        clauses=(
            Clause(
                1,
                2,
                "Địa bàn khu công nghệ thông tin tập trung",
                "Thu nhập từ dự án đầu tư mới tại khu công nghệ thông tin tập trung được áp dụng thuế suất 10% "
                "trong 15 năm, miễn thuế 4 năm và giảm 50% trong 9 năm tiếp theo.",
                "Location in a concentrated IT zone",
                "Income from a new project in a concentrated IT zone is taxed at 10% for 15 years, exempt for four "
                "years and reduced by 50% for the following nine years.",
            ),
        ),
        rules=(
            {
                "title": "IT zone: 10% CIT rate",
                "article": 1,
                "clause": 2,
                "package": "it-zone",
                "requires_park_location": True,
                "requires_park_status": True,  # only while the park holds the designation (site setting)
                **TRANSITION,
                **CIT_RATE_15,
            },
            {
                "title": "IT zone: 4-year CIT exemption",
                "article": 1,
                "clause": 2,
                "package": "it-zone",
                "requires_park_location": True,
                "requires_park_status": True,  # only while the park holds the designation (site setting)
                **TRANSITION,
                **EXEMPT_4,
            },
            {
                "title": "IT zone: 9 years at 50% CIT",
                "article": 1,
                "clause": 2,
                "package": "it-zone",
                "requires_park_location": True,
                "requires_park_status": True,  # only while the park holds the designation (site setting)
                **TRANSITION,
                **HALVE_9,
            },
        ),
        related=("cit-software", "it-zone-decree"),
    ),
    DemoPolicy(
        key="cit-training",
        category="tax",
        document_number="218/2013/NĐ-CP",
        status="superseded",
        superseded_by="cit-2025",
        signed_on=d(2013, 12, 26),
        effective_from=d(2014, 2, 15),
        sectors=("it_training",),
        slug_vi="thue-tndn-dao-tao-cntt",
        title_vi="Ưu đãi thuế cho hoạt động đào tạo nhân lực công nghệ thông tin",
        issuer_vi="Chính phủ",
        summary_vi="Thu nhập từ hoạt động giáo dục – đào tạo được áp dụng thuế suất 10% trong suốt thời gian hoạt "
        "động, miễn thuế 4 năm và giảm 50% trong 5 năm tiếp theo.",
        body_vi="Cơ sở đào tạo chuyên gia công nghệ thông tin trong khu công viên thuộc lĩnh vực xã hội hóa giáo dục, "
        "được hưởng thuế suất ưu đãi không thời hạn.",
        slug_en="cit-it-training",
        title_en="Tax incentives for training IT specialists",
        issuer_en="The Government",
        summary_en="Income from education and training is taxed at 10% for the whole life of the activity, "
        "exempt for four years and reduced by 50% for the following five years.",
        body_en="Training centres for IT specialists in the park belong to the socialised education sector and "
        "enjoy a preferential rate without time limit.",
        clauses=(
            Clause(
                15,
                2,
                "Thuế suất 10% trong suốt thời gian hoạt động",
                "Thu nhập từ hoạt động xã hội hóa trong lĩnh vực giáo dục – đào tạo, dạy nghề được áp dụng thuế "
                "suất 10% trong suốt thời gian hoạt động.",
                "10% for the whole period of operation",
                "Income from socialised education, training and vocational training is taxed at 10% for the "
                "whole period of operation.",
            ),
            Clause(
                16,
                2,
                "Miễn thuế 4 năm, giảm 50% trong 5 năm",
                "Miễn thuế 4 năm và giảm 50% số thuế phải nộp trong 5 năm tiếp theo.",
                "Four years exempt, 50% off for five years",
                "Exemption for four years and a 50% reduction of the tax payable for the next five years.",
            ),
        ),
        rules=(
            {
                "title": "IT training: 10% CIT rate",
                "article": 15,
                "clause": 2,
                "benefit": "cit_rate",
                "rate_percent": 10,
                "years": 99,
                "package": "it-training",
                "sectors": ["it_training"],
                "requires_socialised_education": True,
                **TRANSITION,
            },
            {
                "title": "IT training: 4-year CIT exemption",
                "article": 16,
                "clause": 2,
                "package": "it-training",
                "sectors": ["it_training"],
                "requires_socialised_education": True,
                **TRANSITION,
                **EXEMPT_4,
            },
            {
                "title": "IT training: 5 years at 50% CIT",
                "article": 16,
                "clause": 2,
                "package": "it-training",
                "sectors": ["it_training"],
                "requires_socialised_education": True,
                **TRANSITION,
                **{**HALVE_9, "years": 5},
            },
        ),
    ),
    DemoPolicy(
        key="cit-science-technology",
        needs_legal_review=True,
        category="tax",
        document_number="13/2019/NĐ-CP",
        signed_on=d(2019, 2, 1),
        effective_from=d(2019, 3, 20),
        sectors=("software_production", "hardware_rnd"),
        slug_vi="doanh-nghiep-khoa-hoc-cong-nghe",
        title_vi="Ưu đãi cho doanh nghiệp khoa học và công nghệ",
        issuer_vi="Chính phủ",
        summary_vi="Doanh nghiệp khoa học và công nghệ được miễn thuế thu nhập doanh nghiệp 4 năm và giảm 50% "
        "trong 9 năm tiếp theo.",
        body_vi="Doanh nghiệp có giấy chứng nhận doanh nghiệp khoa học và công nghệ, với doanh thu từ sản phẩm hình "
        "thành từ kết quả nghiên cứu đạt tỷ lệ theo quy định, được miễn, giảm thuế như dự án đầu tư mới.",
        slug_en="science-and-technology-enterprises",
        title_en="Incentives for science and technology enterprises",
        issuer_en="The Government",
        summary_en="Science and technology enterprises are exempt from corporate income tax for four years and "
        "pay 50% for the following nine years.",
        body_en="Enterprises holding a science and technology enterprise certificate, whose revenue from products "
        "of research results reaches the required share, receive the exemption and reduction of a new project.",
        clauses=(
            Clause(
                12,
                1,
                "Miễn, giảm thuế thu nhập doanh nghiệp",
                "Được miễn thuế 4 năm và giảm 50% số thuế phải nộp trong 9 năm tiếp theo.",
                "Corporate income tax exemption and reduction",
                "Exempt for four years and a 50% reduction of the tax payable for the next nine years.",
            ),
        ),
        rules=(
            {
                "title": "S&T enterprise: 4-year CIT exemption",
                "article": 12,
                "clause": 1,
                "package": "science-technology",
                "sectors": ["software_production", "hardware_rnd"],
                **EXEMPT_4,
            },
            {
                "title": "S&T enterprise: 9 years at 50% CIT",
                "article": 12,
                "clause": 1,
                "package": "science-technology",
                "sectors": ["software_production", "hardware_rnd"],
                **HALVE_9,
            },
        ),
        related=("cit-software",),
    ),
]
