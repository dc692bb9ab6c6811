"""Demo content of the FAQ page and the documents library, in both languages.

The files are small generated PDFs marked as demonstration data; the FAQ answers point to the pages
that hold the details instead of restating legal facts.
"""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from core.seeding import DEMO_MARK, ensure_bilingual
from home.models import DocumentLibraryPage, LibraryDocument, StandardPage

# (kind, date, title_vi, title_en, description_vi, description_en, file name)
LIBRARY = [
    (
        "form",
        "2026-03-02",
        "Mẫu đề nghị thuê đất trong khu",
        "Application form: land lease in the park",
        "Mẫu đơn nộp cho Ban Quản lý khu khi đề nghị thuê lô đất.",
        "The form to send the park's management board when applying to lease a parcel.",
        "demo-land-lease-form.pdf",
    ),
    (
        "form",
        "2026-03-02",
        "Mẫu đề nghị thuê văn phòng hoặc chỗ ngồi ươm tạo",
        "Application form: office space or incubator desks",
        "Mẫu đơn đề nghị thuê sàn văn phòng xây sẵn hoặc chỗ ngồi ươm tạo.",
        "The form to apply for a ready-built office floor or incubator desks.",
        "demo-office-lease-form.pdf",
    ),
    (
        "template",
        "2026-04-15",
        "Mẫu đề xuất dự án đầu tư",
        "Template: investment project proposal",
        "Khung nội dung đề xuất dự án: mục tiêu, quy mô, vốn, tiến độ, lao động.",
        "An outline of the project proposal: objectives, scale, capital, schedule, staff.",
        "demo-project-proposal-template.pdf",
    ),
    (
        "legal_text",
        "2025-12-11",
        "Luật Đầu tư số 143/2025/QH15 (trích yếu)",
        "Law on Investment No. 143/2025/QH15 (summary)",
        "Tóm tắt để tham khảo; văn bản chính thức được ưu tiên áp dụng.",
        "A summary for orientation; the official text prevails.",
        "demo-law-on-investment-2025.pdf",
    ),
    (
        "planning_map",
        "2026-01-20",
        "Bản đồ quy hoạch phân khu của khu công viên phần mềm",
        "Zoning plan of the software park",
        "Ranh giới các phân khu và lô đất (minh họa).",
        "Zone and parcel boundaries (illustration).",
        "demo-zoning-plan.pdf",
    ),
]

FAQ_PAGE = {
    "vi": {
        "slug": "hoi-dap",
        "title": "Câu hỏi thường gặp",
        "introduction": f"{DEMO_MARK} Những câu hỏi nhà đầu tư thường đặt ra về khu, thủ tục và ưu đãi.",
    },
    "en": {
        "slug": "faq",
        "title": "Frequently asked questions",
        "introduction": f"{DEMO_MARK} What investors most often ask about the park, the procedure and incentives.",
    },
}
FAQ_ITEMS = {
    "vi": [
        (
            "Nhà đầu tư nước ngoài cần làm những thủ tục gì?",
            "Trang Hướng dẫn đầu tư liệt kê từng bước; trả lời bốn câu hỏi để chỉ xem các bước của bạn.",
        ),
        (
            "Có thể thuê văn phòng thay vì thuê đất không?",
            "Có. Thuê văn phòng không cần giấy phép xây dựng; xem danh mục thủ tục cho trường hợp thuê văn phòng.",
        ),
        (
            "Ưu đãi thuế được tính thế nào?",
            "Dùng công cụ ước tính ưu đãi trên trang Ưu đãi đầu tư: mỗi khoản tiền đều dẫn điều khoản áp dụng.",
        ),
        (
            "Tôi tải các mẫu đơn ở đâu?",
            "Trong Thư viện tài liệu: mẫu đơn, biểu mẫu, văn bản pháp luật và bản đồ quy hoạch.",
        ),
    ],
    "en": [
        (
            "Which procedures does a foreign investor go through?",
            "The How to invest page lists every step; answer four questions to see only yours.",
        ),
        (
            "Can I rent office space instead of leasing land?",
            "Yes. Office space needs no construction permit; see the checklist for office tenants.",
        ),
        (
            "How are tax incentives worked out?",
            "Use the incentive estimator on the Investment incentives page: every amount cites its clause.",
        ),
        (
            "Where do I download the forms?",
            "In the documents library: forms, templates, legal texts and planning maps.",
        ),
    ],
}
LIBRARY_PAGE = {
    "vi": {
        "slug": "tai-lieu",
        "title": "Thư viện tài liệu",
        "introduction": f"{DEMO_MARK} Mẫu đơn, biểu mẫu, văn bản pháp luật và bản đồ quy hoạch để tải về.",
    },
    "en": {
        "slug": "documents",
        "title": "Documents library",
        "introduction": f"{DEMO_MARK} Forms, templates, legal texts and planning maps to download.",
    },
}


def demo_pdf(title):
    """A one-page PDF saying it is demonstration data (ASCII title; a real file replaces it)."""
    text = f"[DEMO] {title} - demonstration file of the Da Lat Software Park platform."
    text = text.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = f"BT /F1 12 Tf 50 780 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + content + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def ensure_library(home_vi):
    """The documents library page in both languages and its demo files (found by Vietnamese title)."""
    ensure_bilingual(home_vi, DocumentLibraryPage, vi=LIBRARY_PAGE["vi"], en=LIBRARY_PAGE["en"])
    document_model = get_document_model()
    for kind, date, title_vi, title_en, description_vi, description_en, filename in LIBRARY:
        if LibraryDocument.objects.filter(title_vi=title_vi).exists():
            continue
        document = document_model(title=f"Demo: {title_en}")
        document.file.save(filename, ContentFile(demo_pdf(title_en)), save=False)
        document.save()
        LibraryDocument.objects.create(
            title_vi=title_vi,
            title_en=title_en,
            description_vi=f"{DEMO_MARK} {description_vi}",
            description_en=f"{DEMO_MARK} {description_en}",
            kind=kind,
            document=document,
            published_on=date,
        )


def _faq_body(language):
    items = [{"question": question, "answer": f"<p>{answer}</p>"} for question, answer in FAQ_ITEMS[language]]
    return [("faq", {"title": "", "items": items})]


def ensure_faq(home_vi):
    """The FAQ page (a standard page whose body is the FAQ block) in both languages."""
    ensure_bilingual(
        home_vi,
        StandardPage,
        vi={**FAQ_PAGE["vi"], "body": _faq_body("vi")},
        en={**FAQ_PAGE["en"], "body": _faq_body("en")},
    )


def seed_faq_and_library(context):
    """The home app's second step: the FAQ page and the documents library (after the page tree exists)."""
    ensure_faq(context.homes["vi"])
    ensure_library(context.homes["vi"])
    context.log(f"faq and documents: {LibraryDocument.objects.count()} library documents")
