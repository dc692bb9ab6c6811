# ruff: noqa: E501 - long demo sentences read better unbroken
"""Demo content of the How to invest page: the statutory chain in Vietnamese and English.

Facts were checked with public sources on 2026-11-29 and are cited in docs/how-to-invest.md; every fact
that could not be verified says "to be confirmed" and its step is flagged for the legal reviewer.
"""

from core.seeding import DEMO_MARK

NATIONAL_PORTAL = "https://dichvucong.gov.vn"
BUSINESS_PORTAL = "https://dangkykinhdoanh.gov.vn"
INVESTMENT_PORTAL = "https://dautunuocngoai.gov.vn"
TBC_EN, TBC_VI = "to be confirmed", "cần xác nhận"

# Each step: the conditions (shared) and the texts per language.
STEPS = [
    {
        "investor_origin": "",
        "premises": "land",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": INVESTMENT_PORTAL,
        "en": {
            "title": "Investment policy approval (where required)",
            "summary": "A project that leases land from the State without an auction may need the province's "
            f"approval of its investment policy before anything else ({TBC_EN} for projects in the park).",
            "authority": "Chairperson of the Lâm Đồng Provincial People's Committee",
            "legal_basis": "Law on Investment No. 143/2025/QH15 (in force 1 March 2026), Art. 24",
            "documents": [
                "Request for investment policy approval",
                "Investment project proposal (objectives, scale, capital, schedule, land needed)",
                "Proof of the investor's legal status and financial capacity",
            ],
            "time_limit": TBC_EN,
            "fee": f"None found in the law ({TBC_EN})",
            "portal_label": "National Investment Information System",
        },
        "vi": {
            "title": "Chấp thuận chủ trương đầu tư (khi phải làm)",
            "summary": "Dự án thuê đất của Nhà nước không qua đấu giá có thể phải được tỉnh chấp thuận chủ trương "
            f"đầu tư trước tiên ({TBC_VI} đối với dự án trong khu).",
            "authority": "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng",
            "legal_basis": "Luật Đầu tư số 143/2025/QH15 (hiệu lực từ 01/3/2026), Điều 24",
            "documents": [
                "Văn bản đề nghị chấp thuận chủ trương đầu tư",
                "Đề xuất dự án đầu tư (mục tiêu, quy mô, vốn, tiến độ, nhu cầu sử dụng đất)",
                "Tài liệu về tư cách pháp lý và năng lực tài chính của nhà đầu tư",
            ],
            "time_limit": TBC_VI,
            "fee": f"Luật không quy định lệ phí ({TBC_VI})",
            "portal_label": "Hệ thống thông tin quốc gia về đầu tư",
        },
    },
    {
        "investor_origin": "foreign",
        "premises": "",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": INVESTMENT_PORTAL,
        "en": {
            "title": "Investment registration certificate",
            "summary": "Foreign investors register their project. Since 1 March 2026 they may set up their "
            "company first and register the project afterwards.",
            "authority": f"Lâm Đồng Department of Finance, the investment registration agency; the park's board receives the file but does not issue the certificate ({TBC_EN})",
            "legal_basis": "Law on Investment No. 143/2025/QH15; before 1 March 2026 Law on Investment 2020, Art. 37–38",
            "documents": [
                "Request for the investment registration certificate",
                "Investment project proposal",
                "Passport or certificate of incorporation of the investor (legalised and translated)",
                "Financial statements of the last two years or a parent company's commitment of funds",
                "Lease agreement in principle for land or office space in the park",
            ],
            "time_limit": "15 days from a complete file; 5 working days after an investment policy approval "
            f"(Law on Investment 2020, Art. 38(1); {TBC_EN} under the 2025 law)",
            "fee": f"None found in the law ({TBC_EN})",
            "portal_label": "National Investment Information System",
        },
        "vi": {
            "title": "Giấy chứng nhận đăng ký đầu tư",
            "summary": "Nhà đầu tư nước ngoài đăng ký dự án. Từ 01/3/2026 có thể thành lập doanh nghiệp trước rồi "
            "mới đăng ký dự án.",
            "authority": f"Sở Tài chính tỉnh Lâm Đồng, cơ quan đăng ký đầu tư; Ban Quản lý khu tiếp nhận hồ sơ nhưng không cấp giấy chứng nhận ({TBC_VI})",
            "legal_basis": "Luật Đầu tư số 143/2025/QH15; trước 01/3/2026 là Luật Đầu tư 2020, Điều 37–38",
            "documents": [
                "Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư",
                "Đề xuất dự án đầu tư",
                "Hộ chiếu hoặc giấy chứng nhận thành lập của nhà đầu tư (hợp pháp hóa lãnh sự, dịch công chứng)",
                "Báo cáo tài chính hai năm gần nhất hoặc cam kết hỗ trợ tài chính của công ty mẹ",
                "Thỏa thuận nguyên tắc thuê đất hoặc văn phòng trong khu",
            ],
            "time_limit": "15 ngày kể từ khi nhận đủ hồ sơ; 5 ngày làm việc sau khi có chấp thuận chủ trương đầu tư "
            f"(Luật Đầu tư 2020, Điều 38 khoản 1; {TBC_VI} theo luật 2025)",
            "fee": f"Luật không quy định lệ phí ({TBC_VI})",
            "portal_label": "Hệ thống thông tin quốc gia về đầu tư",
        },
    },
    {
        "investor_origin": "",
        "premises": "",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": BUSINESS_PORTAL,
        "en": {
            "title": "Enterprise registration",
            "summary": "The company that carries out the project is registered and receives its enterprise code, "
            "which is also its tax code.",
            "authority": "Business registration office of the Lâm Đồng Department of Finance",
            "legal_basis": "Law on Enterprises 2020 (amended 2025); Decree 168/2025/NĐ-CP (in force 1 July 2025)",
            "documents": [
                "Enterprise registration application",
                "Company charter",
                "List of members or founding shareholders",
                "Identity documents of the legal representative and the owners",
                "Investment registration certificate, where the investor is foreign and already holds one",
            ],
            "time_limit": f"3 working days from a complete file ({TBC_EN} under Decree 168/2025)",
            "fee": f"VND 50,000 on paper; online filing exempt ({TBC_EN})",
            "portal_label": "National Business Registration Portal",
        },
        "vi": {
            "title": "Đăng ký doanh nghiệp",
            "summary": "Doanh nghiệp thực hiện dự án được đăng ký và nhận mã số doanh nghiệp, đồng thời là mã số thuế.",
            "authority": "Phòng Đăng ký kinh doanh thuộc Sở Tài chính tỉnh Lâm Đồng",
            "legal_basis": "Luật Doanh nghiệp 2020 (sửa đổi 2025); Nghị định 168/2025/NĐ-CP (hiệu lực từ 01/7/2025)",
            "documents": [
                "Giấy đề nghị đăng ký doanh nghiệp",
                "Điều lệ công ty",
                "Danh sách thành viên hoặc cổ đông sáng lập",
                "Giấy tờ pháp lý của người đại diện theo pháp luật và chủ sở hữu",
                "Giấy chứng nhận đăng ký đầu tư, nếu nhà đầu tư nước ngoài đã có",
            ],
            "time_limit": f"3 ngày làm việc kể từ khi nhận đủ hồ sơ ({TBC_VI} theo Nghị định 168/2025)",
            "fee": f"50.000 đồng nếu nộp giấy; miễn khi nộp trực tuyến ({TBC_VI})",
            "portal_label": "Cổng thông tin quốc gia về đăng ký doanh nghiệp",
        },
    },
    {
        "investor_origin": "",
        "premises": "land",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": "",
        "en": {
            "title": "Land lease",
            "summary": "The parcel is leased with annual rent; rent is exempt while you build (at most three years).",
            "authority": f"Lâm Đồng Provincial People's Committee (lease decision); contract signed with the park ({TBC_EN})",
            "legal_basis": "Land Law No. 31/2024/QH15; Decree 103/2024/NĐ-CP on land rent, Art. 39",
            "documents": [
                "Request to lease land",
                "Investment registration certificate or investment policy approval",
                "Site plan of the parcel",
            ],
            "time_limit": TBC_EN,
            "fee": "Land rent as set in the lease; see the parcel page for its price",
            "portal_label": "",
        },
        "vi": {
            "title": "Thuê đất",
            "summary": "Lô đất được thuê trả tiền hằng năm; được miễn tiền thuê trong thời gian xây dựng (tối đa ba năm).",
            "authority": f"Ủy ban nhân dân tỉnh Lâm Đồng (quyết định cho thuê); hợp đồng ký với khu ({TBC_VI})",
            "legal_basis": "Luật Đất đai số 31/2024/QH15; Nghị định 103/2024/NĐ-CP về tiền thuê đất, Điều 39",
            "documents": [
                "Đơn xin thuê đất",
                "Giấy chứng nhận đăng ký đầu tư hoặc văn bản chấp thuận chủ trương đầu tư",
                "Sơ đồ vị trí lô đất",
            ],
            "time_limit": TBC_VI,
            "fee": "Tiền thuê đất theo hợp đồng; xem giá trên trang lô đất",
            "portal_label": "",
        },
    },
    {
        "investor_origin": "",
        "premises": "office",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": "",
        "en": {
            "title": "Office lease",
            "summary": "A ready-built floor or incubator desks are leased from the park under a commercial contract; "
            "no licence is needed.",
            "authority": "The park's management board (as landlord)",
            "legal_basis": f"Civil Code 2015; Law on Real Estate Business 2023 ({TBC_EN})",
            "documents": ["Lease request naming the unit or desks", "Enterprise registration certificate"],
            "time_limit": f"Set by the park's service charter ({TBC_EN})",
            "fee": "Deposit and monthly rent from the unit's price list",
            "portal_label": "",
        },
        "vi": {
            "title": "Thuê văn phòng",
            "summary": "Sàn văn phòng xây sẵn hoặc chỗ ngồi ươm tạo được thuê của khu theo hợp đồng thương mại; "
            "không cần giấy phép.",
            "authority": "Ban Quản lý khu (bên cho thuê)",
            "legal_basis": f"Bộ luật Dân sự 2015; Luật Kinh doanh bất động sản 2023 ({TBC_VI})",
            "documents": ["Đề nghị thuê ghi rõ sàn hoặc chỗ ngồi", "Giấy chứng nhận đăng ký doanh nghiệp"],
            "time_limit": f"Theo quy chế phục vụ của khu ({TBC_VI})",
            "fee": "Tiền đặt cọc và tiền thuê hằng tháng theo bảng giá",
            "portal_label": "",
        },
    },
    {
        "investor_origin": "",
        "premises": "land",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": NATIONAL_PORTAL,
        "en": {
            "title": "Construction permit",
            "summary": "Building on the parcel needs a permit unless the works are exempt.",
            "authority": "Lâm Đồng Provincial People's Committee (Department of Construction); commune People's "
            "Committee for grade III and IV works (Decree 140/2025/NĐ-CP)",
            "legal_basis": "Law on Construction No. 50/2014/QH13 as amended by Law No. 62/2020/QH14; Decree "
            f"175/2024/NĐ-CP; the Law on Construction passed in December 2025 (effective date {TBC_EN})",
            "documents": [
                "Construction permit application",
                "Land-use rights document or land lease",
                "Construction design drawings",
                "Fire safety design approval, where required",
            ],
            "time_limit": f"20 days for non-residential works from a complete file ({TBC_EN} under the 2025 law)",
            "fee": TBC_EN,
            "portal_label": "National Public Service Portal",
        },
        "vi": {
            "title": "Giấy phép xây dựng",
            "summary": "Xây dựng trên lô đất cần giấy phép, trừ công trình được miễn.",
            "authority": "Ủy ban nhân dân tỉnh Lâm Đồng (Sở Xây dựng); Ủy ban nhân dân cấp xã đối với công trình "
            "cấp III, cấp IV (Nghị định 140/2025/NĐ-CP)",
            "legal_basis": "Luật Xây dựng số 50/2014/QH13, sửa đổi bởi Luật số 62/2020/QH14; Nghị định "
            f"175/2024/NĐ-CP; Luật Xây dựng thông qua tháng 12/2025 (ngày hiệu lực {TBC_VI})",
            "documents": [
                "Đơn đề nghị cấp giấy phép xây dựng",
                "Giấy tờ về quyền sử dụng đất hoặc hợp đồng thuê đất",
                "Bản vẽ thiết kế xây dựng",
                "Văn bản thẩm duyệt thiết kế phòng cháy, chữa cháy (nếu phải có)",
            ],
            "time_limit": f"20 ngày đối với công trình không phải nhà ở, kể từ khi nhận đủ hồ sơ ({TBC_VI} theo luật 2025)",
            "fee": TBC_VI,
            "portal_label": "Cổng Dịch vụ công quốc gia",
        },
    },
    {
        "investor_origin": "",
        "premises": "",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": NATIONAL_PORTAL,
        "en": {
            "title": "Fire safety: design appraisal and acceptance",
            "summary": "Buildings on the police list have their fire safety design appraised and accepted before use; "
            "other works are appraised by the investor. Office tenants need a new appraisal only when a fit-out "
            "changes escape routes or fire systems.",
            "authority": "Provincial police (fire prevention, firefighting and rescue) for works in Appendix III of "
            "Decree 105/2025/NĐ-CP; otherwise the investor",
            "legal_basis": "Law on Fire Prevention, Firefighting and Rescue No. 55/2024/QH15 (in force 1 July 2025); "
            "Decree 105/2025/NĐ-CP, Art. 6 and 9, Appendix III",
            "documents": [
                "Request for fire safety design appraisal",
                "Design drawings showing the fire safety solutions",
            ],
            "time_limit": TBC_EN,
            "fee": f"Appraisal fee set by the Ministry of Finance ({TBC_EN})",
            "portal_label": "National Public Service Portal",
        },
        "vi": {
            "title": "Phòng cháy, chữa cháy: thẩm định thiết kế và nghiệm thu",
            "summary": "Công trình thuộc danh mục do công an thẩm định thì được thẩm định thiết kế và nghiệm thu "
            "trước khi sử dụng; công trình khác do chủ đầu tư tự thẩm định. Người thuê văn phòng chỉ phải thẩm "
            "định lại khi cải tạo làm thay đổi lối thoát nạn hoặc hệ thống phòng cháy.",
            "authority": "Công an tỉnh (phòng cháy, chữa cháy và cứu nạn, cứu hộ) đối với công trình thuộc Phụ lục III "
            "Nghị định 105/2025/NĐ-CP; còn lại do chủ đầu tư",
            "legal_basis": "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 (hiệu lực từ 01/7/2025); "
            "Nghị định 105/2025/NĐ-CP, Điều 6 và 9, Phụ lục III",
            "documents": [
                "Văn bản đề nghị thẩm định thiết kế phòng cháy, chữa cháy",
                "Bản vẽ thể hiện giải pháp phòng cháy",
            ],
            "time_limit": TBC_VI,
            "fee": f"Phí thẩm định theo quy định của Bộ Tài chính ({TBC_VI})",
            "portal_label": "Cổng Dịch vụ công quốc gia",
        },
    },
    {
        "investor_origin": "",
        "premises": "land",
        "foreign_staff": False,
        "sectors": ["data_centre", "hardware_rnd", "other"],
        "to_be_confirmed": True,
        "portal_url": NATIONAL_PORTAL,
        "en": {
            "title": "Environmental permit",
            "summary": "Projects that discharge wastewater or emissions, such as data centres and hardware "
            f"laboratories, need an environmental permit; software offices usually do not ({TBC_EN}).",
            "authority": "Lâm Đồng Provincial People's Committee",
            "legal_basis": "Law on Environmental Protection No. 72/2020/QH14 (in force 1 January 2022), Art. 39–43",
            "documents": ["Application for an environmental permit", "Report proposing the environmental permit"],
            "time_limit": "At most 30 days for permits granted by the province, from a complete file",
            "fee": TBC_EN,
            "portal_label": "National Public Service Portal",
        },
        "vi": {
            "title": "Giấy phép môi trường",
            "summary": "Dự án có nước thải hoặc khí thải, như trung tâm dữ liệu và phòng thí nghiệm phần cứng, cần "
            f"giấy phép môi trường; văn phòng phần mềm thường không cần ({TBC_VI}).",
            "authority": "Ủy ban nhân dân tỉnh Lâm Đồng",
            "legal_basis": "Luật Bảo vệ môi trường số 72/2020/QH14 (hiệu lực từ 01/01/2022), Điều 39–43",
            "documents": ["Văn bản đề nghị cấp giấy phép môi trường", "Báo cáo đề xuất cấp giấy phép môi trường"],
            "time_limit": "Tối đa 30 ngày đối với giấy phép do tỉnh cấp, kể từ khi nhận đủ hồ sơ",
            "fee": TBC_VI,
            "portal_label": "Cổng Dịch vụ công quốc gia",
        },
    },
    {
        "investor_origin": "",
        "premises": "",
        "foreign_staff": True,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": NATIONAL_PORTAL,
        "en": {
            "title": "Work permits for foreign experts",
            "summary": "Each foreign expert needs a work permit, or a certificate of exemption, before starting work.",
            "authority": "Lâm Đồng Provincial People's Committee",
            "legal_basis": "Decree 219/2025/NĐ-CP (in force 7 August 2025; replaces Decrees 152/2020 and 70/2023)",
            "documents": [
                "Work permit application",
                "Health certificate",
                "Criminal record certificate",
                "Degree and proof of experience (legalised and translated)",
                "Passport and photographs",
            ],
            "time_limit": "10 working days from a complete file",
            "fee": f"Set by the province ({TBC_EN})",
            "portal_label": "National Public Service Portal",
        },
        "vi": {
            "title": "Giấy phép lao động cho chuyên gia nước ngoài",
            "summary": "Mỗi chuyên gia nước ngoài cần giấy phép lao động, hoặc xác nhận miễn giấy phép, trước khi làm việc.",
            "authority": "Ủy ban nhân dân tỉnh Lâm Đồng",
            "legal_basis": "Nghị định 219/2025/NĐ-CP (hiệu lực từ 07/8/2025; thay thế Nghị định 152/2020 và 70/2023)",
            "documents": [
                "Văn bản đề nghị cấp giấy phép lao động",
                "Giấy chứng nhận sức khỏe",
                "Phiếu lý lịch tư pháp",
                "Văn bằng và giấy tờ chứng minh kinh nghiệm (hợp pháp hóa lãnh sự, dịch công chứng)",
                "Hộ chiếu và ảnh",
            ],
            "time_limit": "10 ngày làm việc kể từ khi nhận đủ hồ sơ",
            "fee": f"Theo quy định của tỉnh ({TBC_VI})",
            "portal_label": "Cổng Dịch vụ công quốc gia",
        },
    },
    {
        "investor_origin": "",
        "premises": "",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": "",
        "en": {
            "title": "Incentive registration",
            "summary": "Corporate income tax incentives are declared by the company in its tax returns; import duty "
            f"exemptions are notified to customs before the first import ({TBC_EN}). Use the park's estimator to "
            "see what applies.",
            "authority": "Tax authority; customs for import duty",
            "legal_basis": "Law on Corporate Income Tax No. 67/2025/QH15 and Decree 320/2025/NĐ-CP; Law on Import and "
            "Export Duties No. 107/2016/QH13, Art. 16, and Decree 134/2016/NĐ-CP",
            "documents": ["Annual corporate income tax return", "List of goods exempt from import duty"],
            "time_limit": f"With the annual tax return; no separate approval ({TBC_EN})",
            "fee": "None",
            "portal_label": "",
        },
        "vi": {
            "title": "Đăng ký ưu đãi",
            "summary": "Ưu đãi thuế thu nhập doanh nghiệp do doanh nghiệp tự kê khai trong tờ khai thuế; miễn thuế "
            f"nhập khẩu được thông báo với hải quan trước lần nhập khẩu đầu tiên ({TBC_VI}). Dùng công cụ ước tính "
            "của khu để biết ưu đãi nào áp dụng.",
            "authority": "Cơ quan thuế; cơ quan hải quan đối với thuế nhập khẩu",
            "legal_basis": "Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15 và Nghị định 320/2025/NĐ-CP; Luật Thuế xuất "
            "khẩu, thuế nhập khẩu số 107/2016/QH13, Điều 16, và Nghị định 134/2016/NĐ-CP",
            "documents": ["Tờ khai quyết toán thuế thu nhập doanh nghiệp", "Danh mục hàng hóa miễn thuế nhập khẩu"],
            "time_limit": f"Cùng tờ khai thuế năm; không cần văn bản chấp thuận riêng ({TBC_VI})",
            "fee": "Không",
            "portal_label": "",
        },
    },
    {
        "investor_origin": "",
        "premises": "",
        "foreign_staff": False,
        "sectors": [],
        "to_be_confirmed": True,
        "portal_url": INVESTMENT_PORTAL,
        "en": {
            "title": "Post-licence reporting",
            "summary": "Once licensed, the project reports its progress, capital, staff and revenue online.",
            "authority": "The investment registration agency",
            "legal_basis": "Law on Investment No. 143/2025/QH15 and its guiding decree; Circular 44/2026/TT-BTC "
            f"(22 April 2026) on report forms ({TBC_EN})",
            "documents": ["Quarterly and annual investment reports", "Investment supervision reports"],
            "time_limit": "Quarterly by the 10th of the next quarter's first month; annually by 31 March "
            f"(practice under the 2020 law, {TBC_EN})",
            "fee": "None",
            "portal_label": "National Investment Information System",
        },
        "vi": {
            "title": "Báo cáo sau cấp phép",
            "summary": "Sau khi được cấp phép, dự án báo cáo trực tuyến tiến độ, vốn, lao động và doanh thu.",
            "authority": "Cơ quan đăng ký đầu tư",
            "legal_basis": "Luật Đầu tư số 143/2025/QH15 và nghị định hướng dẫn; Thông tư 44/2026/TT-BTC "
            f"(22/4/2026) về mẫu báo cáo ({TBC_VI})",
            "documents": ["Báo cáo đầu tư hằng quý và hằng năm", "Báo cáo giám sát, đánh giá đầu tư"],
            "time_limit": "Hằng quý trước ngày 10 tháng đầu quý sau; hằng năm trước ngày 31/3 "
            f"(thực tiễn theo luật 2020, {TBC_VI})",
            "fee": "Không",
            "portal_label": "Hệ thống thông tin quốc gia về đầu tư",
        },
    },
]

PAGE = {
    "vi": {
        "slug": "huong-dan-dau-tu",
        "title": "Hướng dẫn đầu tư",
        "show_in_menus": True,
        "introduction": f"{DEMO_MARK} Toàn bộ thủ tục từ lần liên hệ đầu tiên đến khi đi vào hoạt động: ai quyết "
        "định, căn cứ pháp lý, hồ sơ, thời hạn, lệ phí và nơi nộp trực tuyến. Trả lời bốn câu hỏi để chỉ xem các "
        "bước của bạn.",
    },
    "en": {
        "slug": "how-to-invest",
        "title": "How to invest",
        "introduction": f"{DEMO_MARK} The whole procedure from first contact to operating: who decides, the legal "
        "basis, documents, time limit, fee and where to file online. Answer four questions to see only your steps.",
    },
}


def steps_in(language):
    """The StreamField value of the demo steps in one language."""
    value = []
    for spec in STEPS:
        texts = spec[language]
        value.append(
            (
                "step",
                {
                    **texts,
                    "investor_origin": spec["investor_origin"],
                    "premises": spec["premises"],
                    "foreign_staff": spec["foreign_staff"],
                    "sectors": spec["sectors"],
                    "to_be_confirmed": spec["to_be_confirmed"],
                    "portal_url": spec["portal_url"],
                },
            )
        )
    return value
