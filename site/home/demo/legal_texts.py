"""Texts of the privacy notice, terms of use and accessibility statement seeded by the home app's demo step.

Legal references are checked and cited in docs/personal-data.md; editors replace these texts with the
management board's approved wording.
"""

from core.seeding import DEMO_MARK

from .texts import heading, paragraph

PRIVACY_PAGE = {
    "vi": {
        "slug": "quyen-rieng-tu",
        "title": "Thông báo về xử lý dữ liệu cá nhân",
        "introduction": (
            f"{DEMO_MARK} Ban Quản lý Khu công viên phần mềm Đà Lạt xử lý dữ liệu cá nhân của bạn theo Nghị định "
            "số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (hiệu lực "
            "từ ngày 01/01/2026). Phiên bản thông báo: 2026-01."
        ),
        "body": [
            heading("Dữ liệu chúng tôi lưu giữ"),
            paragraph(
                "<ul><li>Tài khoản: họ tên, địa chỉ e-mail, số điện thoại, cơ quan, tổ chức và ngôn ngữ ưu tiên.</li>"
                "<li>Hồ sơ đầu tư: thông tin doanh nghiệp, người đại diện, dự án, tài liệu đính kèm và trao đổi "
                "với cán bộ.</li>"
                "<li>Đào tạo: đăng ký khóa học, câu trả lời khi đăng ký, điểm danh và chứng chỉ.</li>"
                "<li>Nhật ký đăng nhập: địa chỉ IP và trình duyệt, lưu 90 ngày để bảo vệ tài khoản.</li></ul>"
            ),
            heading("Mục đích"),
            paragraph(
                "<p>Chúng tôi chỉ dùng dữ liệu này để tiếp nhận và giải quyết hồ sơ đầu tư, tổ chức các khóa đào "
                "tạo, cấp chứng chỉ, liên hệ với bạn về hồ sơ của bạn và bảo vệ an toàn hệ thống. Chúng tôi không "
                "bán dữ liệu và không dùng dữ liệu để quảng cáo.</p>"
            ),
            heading("Quyền của bạn"),
            paragraph(
                "<ul><li>Xem và tải về toàn bộ dữ liệu của bạn (trang Tài khoản, mục Dữ liệu của tôi).</li>"
                "<li>Chỉnh sửa thông tin cá nhân trong trang Hồ sơ.</li>"
                "<li>Rút lại sự đồng ý và yêu cầu xóa dữ liệu, theo các điều kiện dưới đây.</li>"
                "<li>Khiếu nại với Ban Quản lý qua địa chỉ liên hệ ở chân trang.</li></ul>"
            ),
            heading("Xóa dữ liệu"),
            paragraph(
                "<p>Khi xóa, tài khoản được đóng và họ tên, e-mail, số điện thoại, tổ chức của bạn bị xóa. Hồ sơ "
                "đầu tư chưa nộp bị xóa cùng tài liệu. Hồ sơ đã có quyết định hoặc đã rút là hồ sơ công vụ: số hồ "
                "sơ, doanh nghiệp, dự án, quyết định, ngày tháng và tài liệu làm căn cứ quyết định được lưu 10 năm "
                "sau quyết định, không kèm họ tên, thông tin liên hệ và nội dung trao đổi của bạn. Không xóa khi hồ "
                "sơ hoặc khóa học đang diễn ra.</p>"
            ),
        ],
    },
    "en": {
        "slug": "privacy",
        "title": "Privacy notice",
        "introduction": (
            f"{DEMO_MARK} The Da Lat Software Park Management Board processes your personal data under Decree "
            "No. 13/2023/ND-CP on personal data protection and the Personal Data Protection Law No. 91/2025/QH15 "
            "(in force from 1 January 2026). Notice version: 2026-01."
        ),
        "body": [
            heading("What we keep"),
            paragraph(
                "<ul><li>Your account: full name, e-mail address, phone number, organisation and preferred "
                "language.</li>"
                "<li>Investment applications: company, representative, project, attached documents and messages "
                "with officers.</li>"
                "<li>Training: course registrations, the answers you give when registering, attendance and "
                "certificates.</li>"
                "<li>Sign-in logs: address and browser, kept 90 days to protect your account.</li></ul>"
            ),
            heading("Why"),
            paragraph(
                "<p>Only to receive and decide investment applications, run training courses, issue certificates, "
                "contact you about your files and keep the system secure. We never sell your data or use it for "
                "advertising.</p>"
            ),
            heading("Your rights"),
            paragraph(
                "<ul><li>See and download everything we hold about you (your account page, \u201cMy data\u201d).</li>"
                "<li>Correct your details on your profile page.</li>"
                "<li>Withdraw your consent and ask for erasure, as described below.</li>"
                "<li>Complain to the Management Board at the contact address in the footer.</li></ul>"
            ),
            heading("Erasure"),
            paragraph(
                "<p>Erasure closes your account and removes your name, e-mail address, phone number and "
                "organisation. Application drafts never submitted are deleted with their documents. Decided or "
                "withdrawn applications are public records: their reference, company, project, decision, dates and "
                "the documents the decision was based on are kept for 10 years after the decision, without your "
                "name, contact details and the text of your messages. Nothing is erased while a file or a course is "
                "still in progress.</p>"
            ),
        ],
    },
}

TERMS_PAGE = {
    "vi": {
        "slug": "dieu-khoan-su-dung",
        "title": "Điều khoản sử dụng",
        "introduction": f"{DEMO_MARK} Điều kiện sử dụng cổng thông tin và các dịch vụ trực tuyến của Khu công viên.",
        "body": [
            heading("Tài khoản"),
            paragraph(
                "<p>Mỗi người dùng một tài khoản gắn với địa chỉ e-mail của mình và giữ bí mật mật khẩu. Thông tin "
                "khai trong hồ sơ phải trung thực; người khai chịu trách nhiệm về thông tin và tài liệu đã nộp.</p>"
            ),
            heading("Thông tin trên cổng"),
            paragraph(
                "<p>Kết quả ước tính ưu đãi chỉ có giá trị tham khảo; quyền lợi của nhà đầu tư được xác định trong "
                "quyết định của cơ quan có thẩm quyền. Văn bản pháp luật được trích dẫn kèm số hiệu để đối chiếu "
                "với bản chính thức.</p>"
            ),
            heading("Sử dụng hợp lý"),
            paragraph(
                "<p>Không dùng công cụ tự động để gửi biểu mẫu hàng loạt hoặc dò tìm hồ sơ của người khác; các "
                "biểu mẫu công khai được giới hạn số lần gửi.</p>"
            ),
        ],
    },
    "en": {
        "slug": "terms",
        "title": "Terms of use",
        "introduction": f"{DEMO_MARK} The conditions for using the park's portal and online services.",
        "body": [
            heading("Accounts"),
            paragraph(
                "<p>Each person uses one account tied to their own e-mail address and keeps the password secret. "
                "What you declare in a file must be true; the person who submits it answers for the information "
                "and documents submitted.</p>"
            ),
            heading("Information on the portal"),
            paragraph(
                "<p>Incentive estimates are for guidance only; an investor's benefits are set by the competent "
                "authority's decision. Legal texts are cited with their numbers so that you can check the official "
                "version.</p>"
            ),
            heading("Fair use"),
            paragraph(
                "<p>Do not use automated tools to send forms in bulk or to look for other people's files; public "
                "forms are rate-limited.</p>"
            ),
        ],
    },
}

ACCESSIBILITY_PAGE = {
    "vi": {
        "slug": "kha-nang-tiep-can",
        "title": "Tuyên bố về khả năng tiếp cận",
        "introduction": (
            f"{DEMO_MARK} Chúng tôi muốn mọi người, kể cả người khuyết tật, đều dùng được cổng thông tin này."
        ),
        "body": [
            heading("Mức độ đáp ứng"),
            paragraph(
                "<p>Cổng thông tin hướng tới tiêu chuẩn WCAG 2.1 mức AA: dùng được bằng bàn phím, có nhãn cho mọi ô "
                "nhập liệu, văn bản thay thế cho hình ảnh và độ tương phản đủ. Mỗi trang được kiểm tra tự động bằng "
                "công cụ axe trong bộ kiểm thử trình duyệt, bằng cả tiếng Việt và tiếng Anh.</p>"
            ),
            heading("Hạn chế đã biết"),
            paragraph(
                "<ul><li>Sơ đồ mặt bằng các lô đất là hình vẽ; danh sách lô đất bên cạnh cho cùng thông tin ở dạng "
                "văn bản.</li><li>Một số văn bản tải về là bản quét PDF.</li></ul>"
            ),
            heading("Báo cho chúng tôi"),
            paragraph(
                "<p>Nếu bạn gặp khó khăn khi sử dụng trang nào, hãy báo cho Ban Quản lý qua địa chỉ e-mail hoặc "
                "đường dây nóng ở chân trang; chúng tôi sẽ trả lời và cung cấp thông tin theo cách khác.</p>"
            ),
        ],
    },
    "en": {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "introduction": (
            f"{DEMO_MARK} We want everyone, people with disabilities included, to be able to use this portal."
        ),
        "body": [
            heading("How far we meet the standard"),
            paragraph(
                "<p>The portal aims at WCAG 2.1 level AA: usable with a keyboard, a label on every input, text "
                "alternatives for images and sufficient contrast. Every page is checked automatically with axe in "
                "the browser tests, in Vietnamese and English.</p>"
            ),
            heading("Known limitations"),
            paragraph(
                "<ul><li>The site plan of the parcels is a drawing; the parcel list beside it gives the same "
                "information as text.</li><li>Some downloadable documents are scanned PDFs.</li></ul>"
            ),
            heading("Tell us"),
            paragraph(
                "<p>If any page is hard to use, tell the Management Board at the e-mail address or hotline in the "
                "footer; we will answer and give you the information another way.</p>"
            ),
        ],
    },
}
