# ruff: noqa: E501 - long demo sentences read better unbroken
"""Texts of the training demo: six programmes in Vietnamese and English, demo trainees' names."""

PROGRAMMES = [
    {
        "prefix": "SE",
        "skills": "Python, Django, JavaScript, SQL, Git",
        "duration_weeks": 12,
        "hours": 240,
        "language": "vi",
        "seats": 24,
        "vi": {
            "slug": "ky-thuat-phan-mem",
            "title": "Kỹ thuật phần mềm",
            "introduction": "Lập trình ứng dụng web từ cơ sở dữ liệu đến giao diện, làm việc nhóm theo quy trình Scrum.",
            "outcomes": "<ul><li>Xây dựng ứng dụng web hoàn chỉnh với Python và Django.</li>"
            "<li>Thiết kế cơ sở dữ liệu quan hệ và viết truy vấn SQL hiệu quả.</li>"
            "<li>Viết kiểm thử tự động và quản lý mã nguồn với Git.</li></ul>",
            "audience": "Sinh viên năm cuối và người đã tốt nghiệp ngành CNTT hoặc kỹ thuật muốn trở thành lập trình viên.",
            "prerequisites": "Biết lập trình cơ bản bằng một ngôn ngữ bất kỳ.",
            "modules": ["Python nâng cao", "Cơ sở dữ liệu và SQL", "Django và API", "Dự án nhóm"],
        },
        "en": {
            "slug": "software-engineering",
            "title": "Software engineering",
            "introduction": "Build web applications from the database to the interface, working in a Scrum team.",
            "outcomes": "<ul><li>Build a complete web application with Python and Django.</li>"
            "<li>Design relational databases and write efficient SQL.</li>"
            "<li>Write automated tests and manage code with Git.</li></ul>",
            "audience": "Final-year students and graduates in IT or engineering who want to become developers.",
            "prerequisites": "Basic programming in any language.",
            "modules": ["Advanced Python", "Databases and SQL", "Django and APIs", "Team project"],
        },
    },
    {
        "prefix": "IOT",
        "skills": "C, Embedded Linux, MQTT, Sensors",
        "duration_weeks": 10,
        "hours": 200,
        "language": "vi",
        "seats": 16,
        "vi": {
            "slug": "he-thong-nhung-va-iot",
            "title": "Hệ thống nhúng và IoT",
            "introduction": "Thiết kế thiết bị đo và điều khiển cho nông nghiệp công nghệ cao Đà Lạt.",
            "outcomes": "<ul><li>Lập trình vi điều khiển bằng C.</li><li>Kết nối cảm biến và gửi dữ liệu qua MQTT.</li>"
            "<li>Triển khai Linux nhúng cho gateway nhà kính.</li></ul>",
            "audience": "Kỹ sư điện tử, tự động hóa và lập trình viên quan tâm đến phần cứng.",
            "prerequisites": "Kiến thức điện tử cơ bản và lập trình C.",
            "modules": ["Vi điều khiển", "Cảm biến và truyền thông", "Linux nhúng", "Dự án nhà kính thông minh"],
        },
        "en": {
            "slug": "embedded-systems-and-iot",
            "title": "Embedded systems and IoT",
            "introduction": "Design measuring and control devices for Đà Lạt's high-tech agriculture.",
            "outcomes": "<ul><li>Program microcontrollers in C.</li><li>Connect sensors and send data over MQTT.</li>"
            "<li>Deploy embedded Linux on greenhouse gateways.</li></ul>",
            "audience": "Electronics and automation engineers, and developers curious about hardware.",
            "prerequisites": "Basic electronics and C programming.",
            "modules": ["Microcontrollers", "Sensors and communication", "Embedded Linux", "Smart greenhouse project"],
        },
    },
    {
        "prefix": "DATA",
        "skills": "Python, SQL, Pandas, Machine learning",
        "duration_weeks": 12,
        "hours": 220,
        "language": "vi-en",
        "seats": 20,
        "vi": {
            "slug": "du-lieu-va-tri-tue-nhan-tao",
            "title": "Dữ liệu và trí tuệ nhân tạo",
            "introduction": "Thu thập, làm sạch, phân tích dữ liệu và xây dựng mô hình học máy cho bài toán thực tế.",
            "outcomes": "<ul><li>Xử lý dữ liệu với Pandas và SQL.</li><li>Huấn luyện và đánh giá mô hình học máy.</li>"
            "<li>Trình bày kết quả bằng biểu đồ và báo cáo.</li></ul>",
            "audience": "Lập trình viên, nhà phân tích và sinh viên ngành toán, thống kê.",
            "prerequisites": "Lập trình Python cơ bản, đại số tuyến tính và xác suất ở mức đại học.",
            "modules": ["Xử lý dữ liệu", "Thống kê ứng dụng", "Học máy", "Dự án dữ liệu du lịch Đà Lạt"],
        },
        "en": {
            "slug": "data-and-ai",
            "title": "Data and AI",
            "introduction": "Collect, clean and analyse data and build machine-learning models for real problems.",
            "outcomes": "<ul><li>Process data with Pandas and SQL.</li><li>Train and evaluate machine-learning models.</li>"
            "<li>Present results with charts and reports.</li></ul>",
            "audience": "Developers, analysts and students of mathematics or statistics.",
            "prerequisites": "Basic Python, university-level linear algebra and probability.",
            "modules": ["Data wrangling", "Applied statistics", "Machine learning", "Đà Lạt tourism data project"],
        },
    },
    {
        "prefix": "OPS",
        "skills": "Linux, Docker, Kubernetes, CI/CD",
        "duration_weeks": 8,
        "hours": 160,
        "language": "vi",
        "seats": 18,
        "requires": "SE",
        "vi": {
            "slug": "dien-toan-dam-may-va-devops",
            "title": "Điện toán đám mây và DevOps",
            "introduction": "Đưa phần mềm lên môi trường vận hành tự động, an toàn và có khả năng mở rộng.",
            "outcomes": "<ul><li>Quản trị máy chủ Linux.</li><li>Đóng gói ứng dụng với Docker và chạy trên Kubernetes.</li>"
            "<li>Xây dựng quy trình tích hợp và triển khai liên tục.</li></ul>",
            "audience": "Lập trình viên đã hoàn thành chương trình Kỹ thuật phần mềm hoặc có kinh nghiệm tương đương.",
            "prerequisites": "Hoàn thành chương trình Kỹ thuật phần mềm.",
            "modules": ["Linux và mạng", "Container", "Kubernetes", "CI/CD và giám sát"],
        },
        "en": {
            "slug": "cloud-and-devops",
            "title": "Cloud and DevOps",
            "introduction": "Ship software to automated, secure and scalable production environments.",
            "outcomes": "<ul><li>Administer Linux servers.</li><li>Package applications with Docker and run them on Kubernetes.</li>"
            "<li>Build continuous integration and delivery pipelines.</li></ul>",
            "audience": "Developers who completed Software engineering or have equivalent experience.",
            "prerequisites": "Completion of the Software engineering programme.",
            "modules": ["Linux and networking", "Containers", "Kubernetes", "CI/CD and monitoring"],
        },
    },
    {
        "prefix": "SEC",
        "skills": "Network security, Penetration testing, Incident response",
        "duration_weeks": 10,
        "hours": 180,
        "language": "vi",
        "seats": 15,
        "vi": {
            "slug": "an-toan-thong-tin",
            "title": "An toàn thông tin",
            "introduction": "Bảo vệ hệ thống của doanh nghiệp và cơ quan nhà nước trước các tấn công mạng.",
            "outcomes": "<ul><li>Đánh giá lỗ hổng và kiểm thử xâm nhập có kiểm soát.</li>"
            "<li>Giám sát và ứng phó sự cố an toàn thông tin.</li><li>Áp dụng tiêu chuẩn ISO/IEC 27001.</li></ul>",
            "audience": "Quản trị mạng, lập trình viên và cán bộ CNTT của các sở, ngành.",
            "prerequisites": "Hiểu biết về mạng máy tính và hệ điều hành Linux.",
            "modules": ["An ninh mạng", "Kiểm thử xâm nhập", "Giám sát và ứng phó", "Quản lý an toàn thông tin"],
        },
        "en": {
            "slug": "cybersecurity",
            "title": "Cybersecurity",
            "introduction": "Protect company and government systems against cyber attacks.",
            "outcomes": "<ul><li>Assess vulnerabilities and run controlled penetration tests.</li>"
            "<li>Monitor and respond to security incidents.</li><li>Apply the ISO/IEC 27001 standard.</li></ul>",
            "audience": "Network administrators, developers and IT staff of provincial departments.",
            "prerequisites": "Understanding of computer networks and Linux.",
            "modules": ["Network security", "Penetration testing", "Monitoring and response", "Security management"],
        },
    },
    {
        "prefix": "ENG",
        "skills": "Technical English, Remote collaboration, Documentation",
        "duration_weeks": 8,
        "hours": 96,
        "language": "en",
        "seats": 25,
        "vi": {
            "slug": "tieng-anh-cho-cntt",
            "title": "Tiếng Anh cho CNTT",
            "introduction": "Giao tiếp với khách hàng nước ngoài, viết tài liệu kỹ thuật và tham gia họp dự án bằng tiếng Anh.",
            "outcomes": "<ul><li>Trình bày giải pháp kỹ thuật bằng tiếng Anh.</li>"
            "<li>Viết e-mail, báo cáo lỗi và tài liệu rõ ràng.</li><li>Tham gia họp Scrum với nhóm quốc tế.</li></ul>",
            "audience": "Lập trình viên và kỹ sư làm dự án gia công phần mềm xuất khẩu.",
            "prerequisites": "Tiếng Anh trình độ B1 hoặc tương đương.",
            "modules": ["Giao tiếp trong dự án", "Viết tài liệu kỹ thuật", "Thuyết trình", "Phỏng vấn và đàm phán"],
        },
        "en": {
            "slug": "english-for-it",
            "title": "English for IT",
            "introduction": "Talk with foreign clients, write technical documents and join project meetings in English.",
            "outcomes": "<ul><li>Present technical solutions in English.</li>"
            "<li>Write clear e-mails, bug reports and documentation.</li><li>Take part in Scrum meetings with international teams.</li></ul>",
            "audience": "Developers and engineers working on software export projects.",
            "prerequisites": "English at B1 level or equivalent.",
            "modules": ["Project communication", "Technical writing", "Presentations", "Interviews and negotiation"],
        },
    },
]

PLACES = {
    "on_site": (
        "Phòng 201, Trung tâm đào tạo, Khu Công viên phần mềm Đà Lạt",
        "Room 201, Training Centre, Da Lat Software Park",
    ),
    "online": ("Trực tuyến qua lớp học ảo của khu", "Online in the park's virtual classroom"),
    "hybrid": ("Phòng 105, Trung tâm đào tạo và trực tuyến", "Room 105, Training Centre, and online"),
}

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
GIVEN_NAMES = [
    "Minh Anh",
    "Quốc Huy",
    "Thu Trang",
    "Gia Bảo",
    "Ngọc Lan",
    "Đức Thịnh",
    "Khánh Linh",
    "Hải Nam",
    "Bảo Ngọc",
    "Thanh Tùng",
    "Mai Phương",
    "Tuấn Kiệt",
]
EDUCATION = [
    ("Cử nhân Công nghệ thông tin, Trường Đại học Đà Lạt", "Bachelor of IT, Da Lat University"),
    ("Kỹ sư Điện tử viễn thông", "Engineer in electronics and telecommunications"),
    ("Cao đẳng Công nghệ thông tin", "College diploma in IT"),
]
JOBS = [
    "Lập trình viên, Công ty phần mềm Langbiang",
    "Sinh viên năm cuối",
    "Kỹ thuật viên, Sở Thông tin và Truyền thông",
]
MOTIVATION = "Tôi muốn nâng cao kỹ năng để làm việc cho các doanh nghiệp phần mềm trong khu công viên."
