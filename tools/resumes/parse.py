"""Resume text to ParsedResume, English and Chinese. Deterministic rules; the scorer only ever sees the
redacted text, and the name line is never searched for skills."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import phonenumbers

from core import clock
from tools.resumes.dates import find_point, find_range, union_months
from tools.resumes.models import Education, Experience, ParsedResume
from tools.resumes.protected import redact
from tools.resumes.skills import PROFESSIONAL, canonical_skill, find_skills, is_chinese_skill, languages_file, tokens
from tools.resumes.skills import normalize as normalize_characters
from tools.resumes.skills import taxonomy as skill_taxonomy

SECTIONS: dict[str, list[str]] = {
    "experience": ["work experience", "professional experience", "experience", "employment history", "employment",
                   "work history", "career history", "career", "career summary", "professional background", "work",
                   "工作经历", "工作经验", "职业经历", "任职经历"],
    "internship": ["internships", "internship experience", "internship", "实习经历", "实习经验"],
    "education": ["education", "academic background", "education background", "educational background",
                  "教育背景", "教育经历", "学历", "教育"],
    "skills": ["skills", "technical skills", "core skills", "core competencies", "competencies", "expertise",
               "skills & tools", "toolkit", "专业技能", "技能", "技能特长", "技术栈", "技能证书"],
    "languages": ["languages", "language skills", "语言能力", "语言"],
    "projects": ["projects", "project experience", "项目经历", "项目经验"],
    "summary": ["summary", "profile", "objective", "about me", "about", "个人简介", "自我评价", "求职意向", "个人总结"],
    "personal": ["personal information", "personal details", "contact", "contact information", "个人信息",
                 "基本信息", "个人资料", "联系方式"],
    "certifications": ["certifications", "certificates", "licenses", "证书", "资格证书"],
    "awards": ["awards", "honors", "honors/awards", "获奖情况", "荣誉奖项"],
    "activities": ["activities", "on campus involvement", "volunteer", "volunteering", "extracurricular activities",
                   "校园经历", "社会实践"],
}
_TITLE_OF = {title: section for section, titles in SECTIONS.items() for title in titles}
TITLE_WORDS = re.compile(
    r"engineer|developer|manager|analyst|designer|director|consultant|lead|specialist|accountant|intern|scientist|"
    r"architect|officer|associate|assistant|administrator|coordinator|head of|vp|president|recruiter|clerk|"
    r"工程师|经理|分析师|开发|设计师|总监|顾问|会计|专员|主管|主任|助理|实习生|架构师|科学家|负责人|出纳|招聘",
    re.IGNORECASE)
COMPANY_WORDS = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|corp|corporation|company|co|group|plc|bank|technologies|labs|university|ag|bv|sa|"
    r"partners)\b\.?|"
    r"公司|集团|银行|研究院|事务所|大学|学院", re.IGNORECASE)
INSTITUTION = re.compile(r"university|college|institute|school|academy|polytechnic|大学|学院|学校", re.IGNORECASE)
DEGREE = re.compile(
    r"(?P<degree>bachelor(?:'s)?(?: of [a-z]+)?|master(?:'s)?(?: of [a-z]+)?|b\.?sc?\.?|m\.?sc?\.?|b\.?a\.|m\.?a\.|"
    r"mba|ph\.?d\.?|doctor(?:ate)?(?: of [a-z]+)?|associate(?:'s)? degree|本科|学士|硕士|研究生|博士|大专|专科)",
    re.IGNORECASE)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
LINK = re.compile(r"(?:https?://|www\.)[^\s|,;，；)]+|(?:linkedin\.com|github\.com|gitlab\.com)/[^\s|,;，；)]+",
                  re.IGNORECASE)
PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d \t().-]{6,18}\d(?![\w])")  # never across lines
BULLET = re.compile(r"^\s*(?:[•·●▪◦*-]|\d{1,2}[.)、](?!\d))\s*")
LOCATION_LABEL = re.compile(
    r"^(?:location|address|based in|city|现居地|居住地|所在地|现居|地址|城市)\s*[:：]\s*(?P<v>.+)$", re.IGNORECASE)
CITY_STATE = re.compile(r"\b[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)*,\s*[A-Z]{2}\b")
COUNTRIES = {
    "CN": ["shanghai", "beijing", "shenzhen", "hangzhou", "guangzhou", "chengdu", "nanjing", "wuhan", "suzhou",
           "tianjin", "chongqing", "xi'an", "xian", "qingdao", "xiamen", "hefei", "zhengzhou", "changsha", "china",
           "prc", "上海", "北京", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "天津", "重庆",
           "西安", "青岛", "厦门", "合肥", "郑州", "长沙", "济南", "沈阳", "大连", "宁波", "无锡", "佛山",
           "东莞", "昆明", "福州", "中国"],
    "HK": ["hong kong", "香港"], "TW": ["taipei", "taiwan", "台北", "台湾"], "MO": ["macau", "macao", "澳门"],
    "SG": ["singapore"], "JP": ["tokyo", "osaka", "japan"], "KR": ["seoul", "busan", "korea"],
    "IN": ["bangalore", "bengaluru", "mumbai", "delhi", "hyderabad", "pune", "chennai", "india"],
    "GB": ["london", "manchester", "edinburgh", "glasgow", "leeds", "birmingham", "bristol", "liverpool",
           "cambridge, uk", "oxford, uk", "united kingdom", "england", "scotland", "wales", "uk"],
    "IE": ["dublin", "cork", "galway", "ireland"],
    "US": ["new york", "nyc", "san francisco", "seattle", "boston", "austin", "chicago", "los angeles", "usa",
           "united states", "u.s.a."],
    "CA": ["toronto", "vancouver", "montreal", "montréal", "calgary", "ottawa", "canada"],
    "AU": ["sydney", "melbourne", "brisbane", "perth", "adelaide", "australia"], "NZ": ["auckland", "new zealand"],
    "DE": ["berlin", "munich", "münchen", "hamburg", "frankfurt", "cologne", "köln", "stuttgart", "germany"],
    "FR": ["paris", "lyon", "marseille", "toulouse", "france"], "NL": ["amsterdam", "rotterdam", "netherlands"],
    "ES": ["madrid", "barcelona", "valencia", "seville", "spain", "españa"], "PT": ["lisbon", "porto", "portugal"],
    "IT": ["rome", "milan", "turin", "italy"], "CH": ["zurich", "zürich", "geneva", "switzerland"],
    "AT": ["vienna", "austria"], "BE": ["brussels", "antwerp", "belgium"], "SE": ["stockholm", "sweden"],
    "DK": ["copenhagen", "københavn", "denmark"], "NO": ["oslo", "norway"], "FI": ["helsinki", "finland"],
    "PL": ["warsaw", "krakow", "kraków", "poland"], "CZ": ["prague", "czech"], "AE": ["dubai", "abu dhabi", "uae",
                                                                                       "united arab emirates"],
    "SA": ["riyadh", "saudi arabia"], "IL": ["tel aviv", "israel"], "ZA": ["johannesburg", "cape town",
                                                                          "south africa"],
    "NG": ["lagos", "abuja", "nigeria"], "KE": ["nairobi", "kenya"], "EG": ["cairo", "egypt"],
    "BR": ["são paulo", "sao paulo", "rio de janeiro", "brazil"], "MX": ["mexico city", "guadalajara", "mexico"],
    "AR": ["buenos aires", "argentina"], "MY": ["kuala lumpur", "malaysia"], "TH": ["bangkok", "thailand"],
    "VN": ["hanoi", "ho chi minh", "vietnam"], "PH": ["manila", "philippines"], "ID": ["jakarta", "indonesia"],
}


def _place_pattern(places: list[str]) -> re.Pattern[str]:
    """Whole words for Latin names ("uk" is not in "duke"), substrings for Chinese ones."""
    return re.compile("|".join(rf"(?<![a-z]){re.escape(p)}(?![a-z])" if p.isascii() else re.escape(p) for p in places))


_PLACE = {country: _place_pattern(places) for country, places in COUNTRIES.items()}
US_STATE = re.compile(r",\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|"
                      r"S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A state or province with the country's postcode shape: "Brunswick, VIC 3056", "Leeds LS1 4AP", "QC H2X 1Y4".
POSTCODES = [
    ("AU", re.compile(r"\b(?:VIC|NSW|QLD|TAS|ACT|NT|SA|WA)\s+\d{4}\b")),
    ("CA", re.compile(r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")),
    ("GB", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")),
]
CONTACT_WORD = re.compile(r"\b(?:tel|phone|mobile|mob|cell|e-?mail)\b\.?|电话|手机|邮箱|联系方式", re.IGNORECASE)


def taxonomy() -> dict[str, dict[str, list[str]]]:
    """The spoken-language list (skills.json's `languages`); skills come from tools/resumes/taxonomy.json."""
    return languages_file()


def _synonym_pattern(synonym: str) -> re.Pattern[str]:
    if _CJK.search(synonym):
        return re.compile(re.escape(synonym))
    return re.compile(rf"(?<![\w+#.]){re.escape(synonym)}(?![\w+#])", re.IGNORECASE)


@lru_cache(maxsize=2)
def _patterns(kind: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(canonical, _synonym_pattern(synonym)) for canonical, synonyms in taxonomy()[kind].items()
            for synonym in synonyms]


_CN_DIGITS = {c: str(n) for n, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_CN_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}(?=\s*年)")
_CN_MONTH = re.compile(r"(?<=年)[一二三四五六七八九十]{1,3}(?=\s*月)")


def _cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12 (months)."""
    if "十" not in text:
        return int(_CN_DIGITS[text])
    tens, _, ones = text.partition("十")
    return (int(_CN_DIGITS[tens]) if tens else 1) * 10 + (int(_CN_DIGITS[ones]) if ones else 0)


_EMPHASIS = re.compile(r"(?<![\w*_])([*_]{1,3})(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*_])")


def normalize(text: str) -> str:
    """The skill matcher's normalisation (NFKC, no zero-width characters, one hyphen), then what resumes add."""
    text = normalize_characters(text)
    text = _EMPHASIS.sub(r"\2", text)  # Markdown emphasis: "*01/2022 – present*" is a date range
    text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGITS[c] for c in m.group(0)), text)  # 二〇一〇年 → 2010年
    text = _CN_MONTH.sub(lambda m: str(_cn_number(m.group(0))), text)  # 年三月 → 年3月
    text = re.sub(r"(?m)^\s*>\s?", "", text)  # block quotes
    return re.sub(r"\bmailto:\S+", "", text)


@dataclass
class Parsed:
    resume: ParsedResume
    redacted_text: str
    skill_lines: dict[str, str] = field(default_factory=dict)
    today: dt.date | None = None  # the day "present" meant


def unwrap(lines: list[str]) -> list[str]:
    """Join lines that layout broke: one ending in a comma, a dash or a separator continues on the next."""
    out: list[str] = []
    for line in lines:
        if out and re.search(r"(?:[,，|/&]|\s[-–—])\s*$", out[-1]) and not BULLET.match(line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


_SECTION_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("internship", re.compile(r"\bintern(?:ship)?s?\b|实习", re.I)),
    ("activities", re.compile(r"volunteer|community|extracurricular|志愿|社会实践|校园", re.I)),
    ("military", re.compile(r"military|armed forces|national service|兵役|部队|军旅|服役", re.I)),
    ("experience", re.compile(r"experience|employment|work history|career history|contract history|"
                              r"professional history|positions held|工作|任职|职业经历|从业", re.I)),
    ("education", re.compile(r"education|academic|教育|学历", re.I)),
    ("skills", re.compile(r"skills|competenc|expertise|tools|technologies|tech stack|技能|特长|技术栈", re.I)),
    ("summary", re.compile(r"summary|profile|objective|about me|简介|自我评价|个人总结|求职意向", re.I)),
    ("personal", re.compile(r"personal|contact|details|个人信息|基本信息|个人资料|联系方式", re.I)),
    ("languages", re.compile(r"^languages?$|语言", re.I)),
    ("certifications", re.compile(r"certific|licen[cs]es|licensure|registrations?$|credentials|memberships|"
                                  r"证书|资格|执业", re.I)),
    ("awards", re.compile(r"awards|honou?rs|获奖|荣誉", re.I)),
    ("projects", re.compile(r"projects|项目", re.I)),
]


def section_of(line: str) -> str | None:
    """The section a heading line opens: an exact title, else a short line without dates or sentence marks
    that names one ("CONTRACT HISTORY", "Clinical Experience", "Volunteering")."""
    key = re.sub(r"^[\W_]+|[\W_]+$", "", line.strip()).lower()
    if not key:
        return None
    if len(key) <= 40 and key in _TITLE_OF:
        return _TITLE_OF[key]
    words = key.split()
    cjk = len(_CJK.findall(key))
    if (len(words) > 4 or (cjk and len(key) > 8) or re.search(r"\d|@|[.。,，;；]", key) or len(key) > 40
            or "|" in line):
        return None
    if cjk and is_chinese_skill(key):
        return None  # "项目管理" is a skill a list names, not a "项目" (projects) heading
    for section, pattern in _SECTION_WORDS:
        if pattern.search(key):
            return section
    return None


_CAPS_HEADING = re.compile(r"[A-Z][A-Z&/ ]{4,30}")


def _sections(lines: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"header": []}
    current = "header"
    for line in lines:
        section = section_of(line)
        if section is None and current != "header" and _CAPS_HEADING.fullmatch(line.strip()) \
                and len(line.split()) <= 3 and not find_skills([line.strip()]):
            section = "other"  # a heading of a kind not known ("REGISTRATION", "CONFERENCES") ends the section
        if section is not None:
            current = section
            found.setdefault(current, [])
            continue
        found.setdefault(current, []).append(line)
    return found


# Common Chinese surnames (single and compound): a line of two to four characters that starts with one has a
# person's name shape; 个人简历, 联系方式 and 财务主管 do not.
_CN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路"
    "游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳"
    "谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普"
    "阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀"
    "衣信展阴昝智幸奉植衡富尧闭由")
_CN_COMPOUND = frozenset([
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "宇文",
    "长孙", "令狐", "公孙", "尉迟", "夏侯", "司徒", "端木", "独孤",
    "南宫", "百里", "呼延", "轩辕", "司空", "申屠", "闻人", "西门",
    "澹台", "公羊", "太史", "钟离", "万俟", "赫连", "拓跋", "完颜",
])
# A capitalised word of a name: "O'Neill", "Al-Sayed", "McDonald", "J.", "DELGADO". Each part after the first
# starts with an apostrophe, a hyphen or a capital, so the pattern cannot backtrack without end on long lines.
_NAME_WORD = (r"(?:(?:al|el|ad|ar|as|at|an|ash|ibn|bin|abu)-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]\."
              r"|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*(?:['’-][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*"
              r"|[A-ZÀ-ÖØ-Þ](?:['’][A-ZÀ-ÖØ-Þ]{2,})(?:-[A-ZÀ-ÖØ-Þ]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?:['’-][A-ZÀ-ÖØ-Þ]+)*)")
# Lower-case particles between a name's words: "de la Cruz", "van der Berg", "bin Ahmad".
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le", "bin", "binti", "binte",
                        "bint", "ibn", "al", "el", "dos", "das", "ten", "ter"})
_PARTICLE = "|".join(sorted(_PARTICLES))
_EN_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}{_NAME_WORD}){{1,3}}")
NOT_A_NAME = re.compile(
    r"curriculum|vitae|r[ée]sum[ée]|\bcv\b|portfolio|profile|summary|contact|experience|education|skills|personal|"
    r"details|references|objective|about|overview|languages|certif|projects|volunteer|career|history|employment|"
    r"professional|qualifications|achievements|interests|hobbies|information|page\b|confidential|"
    r"nurse|statistician|biostatistician|therapist|lawyer|attorney|paralegal|translator|interpreter|teacher|"
    r"professor|lecturer|technician|electrician|mechanic|driver|chef|writer|editor|marketer|strategist|planner|"
    r"counsel|solicitor|barrister|litigat|adviser|advisor|pharmacist|physician|surgeon|dentist|veterinar|"
    r"buyer|auditor|controller|bookkeeper|cashier|representative|executive|partner|owner|founder|chief|senior|"
    r"junior|staff|principal|freelance|contract|consultant|full-stack|full stack|frontend|front-end|backend|"
    r"back-end|maintainer|open-source|open source|operations|marketing|sales|finance|human resources|recruiting|"
    r"university|college|school|street|road|avenue|canada|china|united|kingdom|states|london|york|"
    r"\bperiod\b|\brole\b|\bposition\b|\bcandidate\b",  # a table's header ("Period | Role") names nobody
    re.IGNORECASE)
_NAME_SEGMENTS = re.compile(r"\s*(?:[|｜·•●,，;；\t]|\s{2,}|\s[-–—]\s)\s*")


# Cities that start with a surname's character ("杭州", "成都", "金华"): a place in a contact block, not a person.
_CN_CITIES = frozenset([
    "北京", "上海", "天津", "重庆", "深圳", "成都", "南京", "武汉", "长沙", "宁波",
    "金华", "南昌", "南宁", "沈阳", "海口", "唐山", "东莞", "江门", "湛江", "桂林",
    "包头", "岳阳", "衡阳", "常德", "保定", "石家庄", "邯郸", "合肥", "昆明", "贵阳",
    "厦门", "青岛", "济南", "西安", "太原", "大连", "烟台", "无锡", "佛山", "珠海",
    "汕头", "洛阳", "宜昌", "襄阳", "芜湖", "绍兴", "嘉兴", "义乌", "昆山", "江阴",
    "安庆", "黄山", "丽江", "拉萨", "银川", "西宁", "乌鲁木齐", "呼和浩特", "香港", "澳门",
    "台北", "哈尔滨", "长春", "吉林", "连云港", "秦皇岛", "温岭", "鄂尔多斯", "马鞍山", "张家口",
    "张家港", "常熟", "宜宾", "乐山", "绵阳", "德阳", "南通", "盐城", "淮安", "宿迁",
    "镇江", "扬州", "泰州", "徐州", "常州", "苏州", "杭州", "湖州", "温州", "台州",
    "福州", "泉州", "漳州", "广州", "惠州", "梅州", "郑州", "兰州", "贵州"])


def _cn_name(text: str) -> bool:
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text) or TITLE_WORDS.search(text) or section_of(text) \
            or text in _CN_CITIES or re.fullmatch(r"[\u4e00-\u9fff]{1,3}[市省县区]", text):
        return False
    return text[:2] in _CN_COMPOUND or (text[0] in _CN_SURNAMES and len(text) <= 3)


def _en_name(text: str) -> bool:
    words = text.split()
    if not all(w.isupper() for w in words) and any(re.fullmatch(r"[A-Z]{2,}", w) for w in words):
        return False  # "Fatima Al-Sayed HR": an acronym is no part of a mixed-case name
    return bool(_EN_NAME.fullmatch(text)) and not NOT_A_NAME.search(text) and not TITLE_WORDS.search(text) \
        and not COMPANY_WORDS.search(text) and not _country(text) and not section_of(text) \
        and not DEGREE.search(text) and not INSTITUTION.search(text) \
        and canonical_skill(text) == text.lower() and not find_skills([text])


# "Resume of Emily Carter", "CV – Jane Roe": the title before the name; "Dr." and "Prof." before it.
_LEAD_IN = re.compile(r"^(?:(?:curriculum vitae|r[ée]sum[ée]|cv)\s*(?:of\b|[:–—-])\s*"
                      r"|(?:dr|prof|mr|mrs|ms|mx|miss)\.?\s+(?=[A-ZÀ-Þ]))", re.IGNORECASE)
# "O'CONNOR-BRENNAN, Siobhán": the family name in capitals first, then the given names.
_SURNAME_FIRST = re.compile(r"^(?P<family>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?),\s*"
                            r"(?P<given>[A-ZÀ-Þ][a-zà-ÿ]+(?:[\s-][A-ZÀ-Þ][a-zà-ÿ]+|\s[A-Z]\.)?)$")


# What a name line carries beside the name: a nickname in quotes ("Robert 'Bob' Nguyen"), pronouns, an English
# name in brackets after a Chinese one ("李明 (Leo Li)").
_NAME_EXTRAS = re.compile(r"\s+['\"“‘][A-Z][a-z]+['\"”’](?=\s)|\s*[(（](?:she|he|they|ze)/\w+[)）]"
                          r"|(?<=[\u4e00-\u9fff])\s*[(（][A-Za-z][A-Za-z .'-]{1,30}[)）]"
                          r"|(?<=[\u4e00-\u9fff])\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}$", re.IGNORECASE)
# "张  伟", "郑 晓 雯": a Chinese name typed with spaces between its characters.
_SPACED_CN_NAME = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}")
# "阿依古丽·买买提": a transliterated name, its parts joined by a middle dot.
_DOTTED_CN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}[·•・][\u4e00-\u9fff]{2,6}")
# "PARK Ji-hoon", "WANG Xiaoming": the family name in capitals first, as East Asian names are often written.
_CAPS_FAMILY_FIRST = re.compile(r"(?P<family>[A-Z]{2,})\s+(?P<given>[A-Z][a-z]+(?:-[a-z]+)?(?:\s[A-Z][a-z]+)?)")


# Capitals that head a job title, not a family name ("HR Generalist", "QA Lead").
_ROLE_ACRONYMS = frozenset({"hr", "it", "qa", "qc", "pm", "ux", "ui", "vp", "ceo", "cfo", "cto", "coo", "cio", "svp",
                            "evp", "avp", "bd", "pr", "seo", "sem", "ehs", "hse", "rn", "gm", "ap", "ar", "fp", "bi"})


_DIGIT = re.compile(r"\d")
_LETTER_SPACED = re.compile(r"[A-ZÀ-Þ](?: [A-ZÀ-Þ'’-])+(?: {2,}[A-ZÀ-Þ](?: [A-ZÀ-Þ'’-])+)+")
# A phone or an e-mail on the name's line ("Samuel Okonkwo-Reid  Mob: 07700 900123"): the name is what precedes
# it, without the label ("Mob:", "UAE:").
_CONTACT_TAIL = re.compile(r"\s+(?:[A-Za-z]{1,10}\.?:\s*)?(?:\+?\(?\d[\d ().-]{6,}|\S+@\S+).*$")


def _clean_name_line(line: str) -> str:
    line = _NAME_EXTRAS.sub("", line.strip(" *#_>"))
    if _SPACED_CN_NAME.fullmatch(line):
        line = re.sub(r"[ \u3000]+", "", line)
    if _LETTER_SPACED.fullmatch(line):  # "E L E A N O R   V A N C E"
        line = " ".join(word.replace(" ", "") for word in re.split(r" {2,}", line))
    head = _CONTACT_TAIL.sub("", line)
    return head if head and head != line and len(head.split()) <= 5 else line


def display_name(name: str) -> str:
    """A name typed in capitals, as a person writes it: "AARON D'SOUZA" → Aaron D'Souza; a Chinese name or one
    in mixed case stays as written."""
    words = name.split()
    if not any((ch.isalpha() and ch.isascii()) or "À" <= ch <= "ÿ" for ch in name) or not all(
            w.isupper() or not any(ch.isalpha() for ch in w) for w in words):
        return name
    return " ".join(w.lower() if w.lower() in _PARTICLES and i else w.title() for i, w in enumerate(words))


@lru_cache(maxsize=1)
def _domain_words() -> frozenset[str]:
    """Words of the taxonomy's professional skills ("construction", "project", "customer", "support"): a
    headline made only of them ("Construction Project Manager", "Front Office") names a field, not a person."""
    words: set[str] = set()
    for canonical, entry in skill_taxonomy().skills.items():
        if entry.get("category") == PROFESSIONAL:
            for alias in (canonical, *entry.get("aliases", [])):
                words.update(w.lower() for w in tokens(alias) if len(w) > 2)
    return frozenset(words)


def _field_words_only(name: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ'’-]{2,}", name)]
    return bool(words) and all(w in _domain_words() for w in words)


def _name_prefix(segment: str) -> str | None:
    """"Fatima Al-Sayed HR Business Partner": the name before a job title on the same line."""
    if COMPANY_WORDS.search(segment):
        return None  # "BRIGHTPATH TALENT PARTNERS" is a firm
    words = segment.split()
    for size in (4, 3, 2):
        if len(words) > size:
            head, rest = " ".join(words[:size]), " ".join(words[size:])
            if (TITLE_WORDS.search(rest) or NOT_A_NAME.search(rest)) and _en_name(head) \
                    and not _field_words_only(head):
                kept = head.split()
                while len(kept) > 2 and kept[-1].lower() in _domain_words():
                    kept.pop()  # "Ewan MacLeod Sound Engineer": the field's word belongs to the title
                return " ".join(kept)
    return None


# "Lindqvist, Erik" as the document's first line: the family name first in title case.
_TITLE_SURNAME_FIRST = re.compile(r"^(?P<family>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?),\s*"
                                  r"(?P<given>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)$")
# Credentials a two-column layout may set before the name on its line ("SHRM-CP Kiran Mehta").
_LEADING_CREDENTIALS = re.compile(r"^(?:(?:SHRM-S?CP|S?PHR|CPA|CMA|CFA|CIA|CISA|CISSP|PMP|ACCA|CIPD|CIPS|CSCP|CPP|"
                                  r"RN|BSN|MBA|PhD|PharmD|BCPS|P\.?Eng\.?|CEng),?\s+)+(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _spaced_by_email(line: str, emails: list[str]) -> str | None:
    """A name letter-spaced with no wider gap between its words ("M A R I S O L V E G A"), split as the e-mail
    address splits it (marisol.vega@…)."""
    letters = line.replace(" ", "")
    if not re.fullmatch(r"(?:[A-Za-zÀ-ÿ] ){3,}[A-Za-zÀ-ÿ]", line.strip()):
        return None
    for email in emails:
        parts = [p for p in re.split(r"[._-]", email.split("@")[0]) if p]
        if len(parts) >= 2 and "".join(parts).lower() == letters.lower():
            return " ".join(part.title() for part in parts)
    return None


def _name(lines: list[str]) -> str | None:
    """The candidate's name: a labelled one ("Name: …", "姓名：…"), else the line with a person's name shape
    (not a "CURRICULUM VITAE" title, a headline or a job title) nearest the top and the contact details."""
    window = lines[:60]
    for line in window:
        if "|" in line or "｜" in line:  # a form's cell with a name spaced to align ("姓名 | 王  芳 | 性别")
            line = re.sub(r"(?<=[|｜])\s*([\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,3})\s*(?=[|｜]|$)",
                          lambda m: " " + re.sub(r"[ \u3000]+", "", m.group(1)) + " ", line)
        labelled = re.match(r"^\s*(?:姓\s*名|full name|name)\s*(?:[:：]|\||\s)\s*(?P<n>[^|｜,，\t]+?)\s*"
                            r"(?:[|｜,，\t]|$|\s{2,}|\s(?=性别|年龄|出生|电话|手机|邮箱))", line, re.IGNORECASE)
        if labelled:
            value = _clean_name_line(labelled.group("n"))
            if _cn_name(value) or _EN_NAME.fullmatch(value):
                return display_name(value)
    contact = [i for i, line in enumerate(window) if EMAIL.search(line) or PHONE.search(line)]
    emails = [email for line in window for email in EMAIL.findall(line)]
    best: tuple[float, str] | None = None
    joined: set[int] = set()
    for index, line in enumerate(window):
        if index in joined or (_DIGIT.search(line) and find_range(line, clock.today()) is not None):
            continue  # a dated line is a job's or a school's, not the person's
        following_line = window[index + 1].strip() if index + 1 < len(window) else ""
        span = 1
        if re.fullmatch(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+", line.strip()) and _en_name(f"{line.strip()} {following_line}"):
            line = f"{line.strip()} {following_line}"  # "MARIA" over "GONZÁLEZ RUIZ": one name on two lines
            joined.add(index + 1)
            span = 2
        line = _spaced_by_email(line, emails) or _LEADING_CREDENTIALS.sub("", _clean_name_line(line))
        surname_first = _SURNAME_FIRST.match(line) or (_TITLE_SURNAME_FIRST.match(line) if index <= 1 else None)
        if surname_first:
            family = surname_first.group("family").title()
            line = f"{surname_first.group('given')} {family}"  # "O'CONNOR-BRENNAN, Siobhán" → Siobhán O'Connor-Brennan
        family_first = _CAPS_FAMILY_FIRST.fullmatch(line)
        if family_first and not NOT_A_NAME.search(line) and not TITLE_WORDS.search(line) \
                and family_first.group("family").lower() not in _ROLE_ACRONYMS:
            line = f"{family_first.group('family').title()} {family_first.group('given')}"  # PARK Ji-hoon
        segments = ([line] if _DOTTED_CN_NAME.fullmatch(line)
                    else [_LEAD_IN.sub("", seg.strip(" *#_>")) for seg in _NAME_SEGMENTS.split(line.strip())])
        for position, whole in enumerate(segments[:3]):
            segment = whole if (_cn_name(whole) or _DOTTED_CN_NAME.fullmatch(whole)
                                or (_en_name(whole) and not _field_words_only(whole))) else _name_prefix(whole)
            if not segment:
                continue
            score = 100.0 - index * 2 - position * 5 - (5 if segment != whole else 0)
            if contact and min(abs(index - c) for c in contact) <= 3:
                score += 20
            following = window[index + span] if index + span < len(window) else ""
            if TITLE_WORDS.search(following) or NOT_A_NAME.search(following):
                score += 10
            if position == 0 and len(segments) == 1:
                score += 10
            if best is None or score > best[0]:
                best = (score, segment)
    return display_name(best[1]) if best else None


def _location(lines: list[str]) -> tuple[str | None, str | None]:
    """(location as written, ISO country) from a label, else from a header line naming a known place."""
    for line in lines[:20]:
        for segment in re.split(r"\s*[|｜]\s*", line):
            labelled = LOCATION_LABEL.match(segment.strip())
            if labelled:
                value = labelled.group("v").strip()
                return value, _country(value)
    for line in lines[:8]:
        for segment in re.split(r"\s*[|｜•·]\s*|\s{2,}", line):
            segment = segment.strip()
            if not segment:
                continue
            if EMAIL.search(segment) or LINK.search(segment) or len(segment) > 60:
                # A contact line: take only the place in it ("NYC, NY" between an email and a link).
                city = CITY_STATE.search(EMAIL.sub(" ", LINK.sub(" ", segment)))
                if city and _country(city.group(0)):
                    return city.group(0), _country(city.group(0))
                continue
            country = _country(segment)
            if country:
                return re.sub(r"^(?:\+?[\d\s().-]{7,}\s*)", "", segment).strip() or segment, country
    return None, None


def _country(text: str) -> str | None:
    lowered = text.lower()
    for country, pattern in _PLACE.items():
        if pattern.search(lowered):
            return country
    for country, pattern in POSTCODES:
        if pattern.search(text):
            return country
    return "US" if US_STATE.search(text) else None


# Country-code top-level domains that are used as generic names ("example.io", "studio.co"), not as countries.
_GENERIC_CCTLDS = frozenset({"io", "ai", "co", "me", "tv", "cc", "ly", "fm", "gg", "to", "ws", "la", "is", "it", "so"})


def email_region(text: str) -> str | None:
    """The country an e-mail address's domain names ("hemi@example.co.nz" → NZ), for phones without a country
    code when the resume names no place."""
    for address in EMAIL.findall(text):
        tld = address.rsplit(".", 1)[-1].lower()
        region = "GB" if tld == "uk" else tld.upper()
        if tld not in _GENERIC_CCTLDS and region in phonenumbers.SUPPORTED_REGIONS:
            return region
    return None


def _phone(candidate: str, region: str) -> str | None:
    digits = re.sub(r"\D", "", candidate)
    if len(digits) < 7 or find_range(candidate, clock.today()) or re.fullmatch(r"(?:19|20)\d{2}", digits):
        return None
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    # A number of a valid length in a contact line counts even in ranges kept for fiction (555-01xx, 07700 900xxx)
    if phonenumbers.is_valid_number(number) or (phonenumbers.is_possible_number(number) and len(digits) >= 9):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _phones(text: str, region: str) -> list[str]:
    out: list[str] = []
    for candidate in PHONE.findall(text):
        formatted = _phone(candidate, region)
        if formatted is None:  # a postcode ran into the number: "GA 30309 (404) 555-0162"
            tails = [candidate[m.end():] for m in re.finditer(r"\s+", candidate)]
            formatted = next((f for tail in tails if (f := _phone(tail, region))), None)
        if formatted is not None and formatted not in out:
            out.append(formatted)
    return out


def _split_parts(text: str) -> list[str]:
    parts = re.split(r"\s*(?:\||｜|—|–|\s-\s|,|，|\s{2,}|\bat\b|@)\s*", text)
    return [part.strip(" ()（）") for part in parts if part and part.strip(" ()（）")]


ROLE_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("break", re.compile(r"career break|sabbatical|gap year|career gap|parental leave|maternity leave|"
                         r"family (?:leave|relocation|care)|caregiv|travell?ing\b|personal leave|\bbreak\b|"
                         r"待业|间隔年|职业间隔|职业空窗|空窗期|休息|育儿|照顾家|家庭原因|游学|旅行|陪读|产假|全职(?:妈妈|太太|主妇)",
                         re.I)),
    ("military", re.compile(r"military|\barmy\b|\bnavy\b|air force|marine corps|national service|conscript|"
                            r"\bsoldier\b|infantry|enlisted|服兵役|入伍|部队|武警|士兵|退役|义务兵", re.I)),
    ("volunteer", re.compile(r"volunteer|pro bono|unpaid|americorps|peace corps|志愿|支教", re.I)),
    ("internship", re.compile(r"\bintern(?:ship)?\b|\btrainee\b|placement year|industrial attachment|实习", re.I)),
    ("study", re.compile(r"(?:full-time|graduate|postgraduate|doctoral|master'?s) stud(?:y|ies)|(?:phd|msc|mba) "
                         r"(?:student|candidate)|全日制在读|脱产|备考|全日制(?:硕士|博士|研究生|学习)", re.I)),
]


def role_kind(line: str) -> str:
    """What a dated entry is: employment (paid work, including part-time, contract and freelance), or an
    internship, volunteering, military service or a career break — none of which count as professional years."""
    for kind, pattern in ROLE_KINDS:
        if pattern.search(line):
            return kind
    return "employment"


def _experience(lines: list[str], today: dt.date) -> list[Experience]:
    entries: list[Experience] = []
    consumed: set[int] = set()
    # Where a date stands alone, its entry's name is on the line before it, unless the section opens with a date
    # (then each date heads its entry and the name follows).
    first_dated = next((i for i, line in enumerate(lines) if not BULLET.match(line) and find_range(line, today)), None)
    neighbours_first = (1, -1) if first_dated == 0 else (-1, 1)
    for index, line in enumerate(lines):
        if BULLET.match(line) or index in consumed:
            continue
        found = find_range(line, today)
        if found is None and index + 1 < len(lines) and not BULLET.match(lines[index + 1]):
            joined = line.rstrip() + " " + lines[index + 1].strip()  # a range that layout broke in two
            found = find_range(joined, today)
            if found is None or found[4].end() <= len(line.rstrip()) or found[4].start() > len(line.rstrip()):
                continue
            consumed.add(index + 1)
            line = joined
        if found is None:
            continue
        start, end, first, last, match = found
        parts = _split_parts((line[:match.start()] + " " + line[match.end():]).strip())
        if len(parts) == 1 and _CJK.search(parts[0]):
            parts = parts[0].split()  # Chinese lines often separate company and title by one space
        if len(parts) < 2:
            for step in neighbours_first:
                neighbour = index + step
                if not 0 <= neighbour < len(lines):
                    continue
                other = lines[neighbour].strip()
                if other and not BULLET.match(other) and find_range(other, today) is None and len(other) <= 80:
                    named = _split_parts(other)
                    if len(named) == 1 and _CJK.search(named[0]):
                        named = named[0].split()
                    parts += named
                    if step == 1:  # dates first: the entry runs on until the next date ("Full-time studies")
                        described = next((lines[n] for n in range(neighbour + 1, min(neighbour + 3, len(lines)))
                                          if not BULLET.match(lines[n]) and find_range(lines[n], today) is None), None)
                        line = f"{line} {described}" if described is not None else line
                    break  # one entry's name: the line beside it, never also the next entry's
        # A title is a part with a title word that is not a company name ("会计师事务所" holds 会计).
        title = next((p for p in parts if TITLE_WORDS.search(p) and not COMPANY_WORDS.search(p)),
                     next((p for p in parts if TITLE_WORDS.search(p)), None))
        rest = [p for p in parts if p != title]
        company = next((p for p in rest if COMPANY_WORDS.search(p)), rest[0] if rest else None)
        entries.append(Experience(company=company, title=title, start=start, end=end, months=max(0, last - first)))
        entries[-1].__dict__["_span"] = (first, last)
        # The kind is in the entry's words, on the dated line or on the line beside it that named the entry
        # ("Career break — caring for a family member" above "06/2017 – 02/2019").
        entries[-1].__dict__["_kind"] = role_kind(" ".join([line, *parts]))
    return entries


def employment_years(experience: list[Experience]) -> Decimal:
    """Years of professional employment: the months of the entries classified as employment, overlaps once, to one
    decimal."""
    months = union_months([e.__dict__["_span"] for e in experience if e.__dict__.get("_kind") == "employment"])
    return (Decimal(months) / 12).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _education(lines: list[str], today: dt.date) -> list[Education]:
    entries: list[Education] = []
    for index, line in enumerate(lines):
        if BULLET.match(line) or not INSTITUTION.search(line):
            continue
        window = " | ".join(lines[index:index + 3])
        found = find_range(line, today) or find_range(window, today)
        undated = line
        if found and found[4].string == line:
            undated = line[:found[4].start()] + " " + line[found[4].end():]
        parts = _split_parts(undated)
        if len(parts) == 1 and _CJK.search(parts[0]):
            parts = parts[0].split()
        institution = next((p for p in parts if INSTITUTION.search(p)), None)
        degree_match = DEGREE.search(window)
        degree = degree_match.group("degree") if degree_match else None
        field_of_study = None
        labelled = re.search(r"(?:专业|major|field of study)\s*[:：]\s*(?P<f>[^|,，;；\s]+)", window, re.IGNORECASE)
        if labelled:
            field_of_study = labelled.group("f")
        elif degree_match:
            after = window[degree_match.end():]
            field_match = re.match(r"\s*(?:in|of|,|，|\||:|：|-)?\s*(?P<f>[^|,，;；\d]{2,60})", after)
            candidate = field_match.group("f").strip(" -") if field_match else ""
            if candidate and not DEGREE.search(candidate) and not INSTITUTION.search(candidate):
                field_of_study = candidate
            if field_of_study is None:
                others = [p for p in parts if p != institution and not DEGREE.fullmatch(p) and not re.search(r"\d", p)]
                field_of_study = others[0] if others else None
        start, end = (found[0], found[1]) if found else (None, find_point(window))
        entries.append(Education(institution=institution or line.strip()[:200], degree=degree, field=field_of_study,
                                 start=start, end=end))
    return entries


def _find(kind: str, lines: list[str]) -> dict[str, str]:
    """Taxonomy names in the lines, and in adjacent pairs (a two-word skill that layout broke over a line)."""
    found: dict[str, str] = {}
    pairs = [f"{a.strip()} {b.strip()}" for a, b in itertools.pairwise(lines)]
    for line in [*lines, *pairs]:
        for canonical, pattern in _patterns(kind):
            if canonical not in found and pattern.search(line):
                found[canonical] = line.strip()[:200]
    return found


# Sections whose lines describe jobs and activities: a professional skill there is a task, not one presented.
_DUTY_SECTIONS = ("experience", "internship", "activities", "military")


def language_of(text: str) -> str:
    """zh when more than a tenth of the letters are Chinese characters, else en."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return "zh" if len(_CJK.findall(text)) / letters > 0.1 else "en"


def without_name(skill_lines: dict[str, str], name: str | None) -> dict[str, str]:
    """The skills without those made only of the person's name's words: a sidebar's footer may repeat the name
    under the skills, and a person is not a skill."""
    if not name:
        return skill_lines
    name_words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
    return {skill: line for skill, line in skill_lines.items() if not set(re.findall(r"[a-z]+", skill)) <= name_words}


def parse_resume(text: str, *, images: int = 0, today: dt.date | None = None) -> Parsed:
    today = today or clock.today()
    text = normalize(text)
    language = language_of(text)
    redacted_text, redactions = redact(text, images=images)
    lines = unwrap([line for line in redacted_text.splitlines() if line.strip()])
    sections = _sections(lines)
    name = _name(lines)
    # Contact lines: the header, personal details, and a closing line that carries contact data (a DOCX
    # footer, "Tel. 020 7946 0958 · London SE1" at the end).
    closing = [line for line in lines[-3:] if line not in sections.get("header", [])
               and (EMAIL.search(line) or CONTACT_WORD.search(line))]
    contact = sections.get("header", []) + sections.get("personal", []) + closing
    location, country = _location(contact)
    contact_text = "\n".join(contact)
    region = country or email_region(contact_text) or ("CN" if language == "zh" else "US")
    experience = _experience(sections.get("experience", []), today)
    years = employment_years(experience)
    # Skills are read from the body: not the name line, not contact lines (a github.com link is no skill).
    # The name's line is no skills line, with or without the credentials after the name ("Dr. Helena Marsh,
    # PharmD, BCPS"): credentials are no skills.
    searchable = [line for line in lines if not (name and name in line and len(line) <= 3 * len(name) + 40)
                  and not EMAIL.search(line)
                  and not LINK.search(line)]
    in_skills = set(sections.get("skills", []))
    duty_lines = {line for section in _DUTY_SECTIONS for line in sections.get(section, [])}
    named = [part for entry in experience for part in (entry.company, entry.title) if part]
    skill_lines = find_skills(
        searchable, skills_section={n for n, line in enumerate(searchable) if line in in_skills},
        duties={n for n, line in enumerate(searchable) if line in duty_lines},
        headers={n for n, line in enumerate(searchable) if line in duty_lines and not BULLET.match(line)
                 and (any(part in line for part in named) or (_DIGIT.search(line) and find_range(line, today)))})
    skill_lines = without_name(skill_lines, name)
    language_lines = sections.get("languages", []) + [line for line in searchable
                                                      if re.search(r"language|语言|英语|cet-?[46]", line, re.I)]
    resume = ParsedResume(
        name=name, emails=list(dict.fromkeys(EMAIL.findall(text))), phones=_phones(contact_text, region),
        location=location, links=list(dict.fromkeys(LINK.findall(text))),
        education=_education(sections.get("education", []), today), experience=experience,
        total_experience_years=years, skills=sorted(skill_lines), languages=sorted(_find("languages", language_lines)),
        language=language, redacted=redactions)  # type: ignore[arg-type]
    return Parsed(resume=resume, redacted_text=redacted_text, skill_lines=skill_lines, today=today)
