"""Vietnamese formats (docs/style-vi.md): dates "29/11/2026", times "14:30", numbers "4.500.000,5".

Only what differs from Django's own `vi` formats: Django writes DATE_FORMAT as
"Ngày 29 tháng 11 năm 2026", which doubles the word after labels such as "Cấp ngày".
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
MONTH_DAY_FORMAT = "d/m"
YEAR_MONTH_FORMAT = "m/Y"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
