#!/usr/bin/env python3
"""Deterministic generator for the independent e-invoice evaluation dataset.

Run from the repository root:

    .venv/bin/python evals/datasets/einvoice/build_einvoices.py

Writes ``dev/`` (seed 1, 16 documents) and ``test/`` (seed 2, 24 documents)
next to this file: one PDF per document plus ``labels.json``.  Afterwards it
re-opens every PDF with pdfplumber and checks the labels for internal
consistency (``--no-verify`` skips that).

Everything is produced from ``random.Random(seed)`` and reportlab's
``invariant=1`` mode, so two runs give byte-identical PDFs and labels.

This file was written without reading the parser under test.  Companies,
people, addresses, bank accounts and numbers are invented.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CN = "STSong-Light"
NUM = "Courier"
pdfmetrics.registerFont(UnicodeCIDFont(CN))

D = Decimal
CENT = D("0.01")


# --------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------
def q2(x: Decimal) -> Decimal:
    """Round half-up (away from zero for negatives) to 2 decimals."""
    return x.quantize(CENT, ROUND_HALF_UP)


def money(x: Decimal) -> str:
    s = f"{q2(x):.2f}"
    return "0.00" if s == "-0.00" else s


def money_sep(x: Decimal) -> str:
    """1,234.56 style (English layouts)."""
    return f"{q2(x):,.2f}"


def dec_str(x: Decimal) -> str:
    """Decimal without trailing zeros and without exponent: 12.500 -> 12.5."""
    s = format(x.normalize(), "f")
    return "0" if s in ("-0", "0") else s


def rate_str(pct: Decimal) -> str:
    """13 -> '0.13', 20 -> '0.2', 0 -> '0'."""
    return dec_str(pct / 100)


# --------------------------------------------------------------------------
# Chinese capital amount (人民币大写)
# --------------------------------------------------------------------------
DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _section(n: int) -> str:
    out, zero, started = "", False, False
    for d, u in zip(f"{n:04d}", ("仟", "佰", "拾", "")):
        if d == "0":
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[int(d)] + u
        started = True
    return out


def cn_upper(amount: Decimal) -> str:
    """Amount in Chinese capital numerals (rules documented in README.md).

    * 圆 (not 元); 整 only when there is neither 角 nor 分; no 整 after 角.
    * 壹拾 is always written out (never bare 拾).
    * one 零 for any run of zeros inside the integer part; no 零 for zeros
      at the end of a 4-digit group (万/亿 groups).
    * 角 = 0 and 分 != 0 -> 零 after 圆 (叁佰贰拾伍圆零肆分).
    * 圆 digit = 0 and 角 != 0 -> no 零 (壹仟陆佰捌拾圆叁角贰分).
    * negative amounts are prefixed with （负数）.
    """
    neg = amount < 0
    a = abs(q2(amount))
    yuan, jf = divmod(int(a * 100), 100)
    jiao, fen = divmod(jf, 10)
    assert yuan < 10**12
    out = ""
    if yuan:
        started = pending = False
        for v, unit in ((yuan // 10**8, "亿"), ((yuan // 10**4) % 10**4, "万"), (yuan % 10**4, "")):
            if v == 0:
                if started:
                    pending = True
                continue
            if started and v < 1000:
                pending = True
            if pending:
                out += "零"
                pending = False
            out += _section(v) + unit
            started = True
        out += "圆"
    if jiao == 0 and fen == 0:
        out = (out or "零圆") + "整"
    else:
        if jiao:
            out += DIGITS[jiao] + "角"
        elif yuan:
            out += "零"
        if fen:
            out += DIGITS[fen] + "分"
    return ("（负数）" if neg else "") + out


_UPPER_CASES = {
    "1234.56": "壹仟贰佰叁拾肆圆伍角陆分",
    "1409.50": "壹仟肆佰零玖圆伍角",
    "6007.14": "陆仟零柒圆壹角肆分",
    "325.04": "叁佰贰拾伍圆零肆分",
    "1680.32": "壹仟陆佰捌拾圆叁角贰分",
    "107000.53": "壹拾万柒仟圆伍角叁分",
    "10.00": "壹拾圆整",
    "16.00": "壹拾陆圆整",
    "100000000.00": "壹亿圆整",
    "109000000.00": "壹亿零玖佰万圆整",
    "100050000.07": "壹亿零伍万圆零柒分",
    "10005000.00": "壹仟万伍仟圆整",
    "20010000.00": "贰仟零壹万圆整",
    "100010.00": "壹拾万零壹拾圆整",
    "0.56": "伍角陆分",
    "0.06": "陆分",
    "-1130.00": "（负数）壹仟壹佰叁拾圆整",
}
for _k, _v in _UPPER_CASES.items():
    assert cn_upper(D(_k)) == _v, (_k, cn_upper(D(_k)), _v)


# --------------------------------------------------------------------------
# unified social credit code (GB 32100-2015) with GB 11714 org-code check
# --------------------------------------------------------------------------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]


def uscc_check(s17: str) -> str:
    c = 31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(s17, USCC_W)) % 31
    return USCC_CHARS[0 if c == 31 else c]


def org_check(s8: str) -> str:
    vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in s8]
    c = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def make_uscc(rng: random.Random, region: str) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(8))
    if rng.random() < 0.3:  # some organisation codes carry a letter (MA..., 3M...)
        body = rng.choice("MPLN") + body[1:]
    org = body + org_check(body)
    s17 = "91" + region + org
    return s17 + uscc_check(s17)


assert uscc_check("91350100M000100Y4") == "3"  # example from the standard
assert org_check("M000100Y") == "4"


def valid_uscc(s: str) -> bool:
    return (len(s) == 18 and all(ch in USCC_CHARS for ch in s)
            and uscc_check(s[:17]) == s[17] and org_check(s[8:16]) == s[16])


# --------------------------------------------------------------------------
# invented Chinese parties
# --------------------------------------------------------------------------
CITIES = [  # city, admin division code, district, street, phone prefix, province code
    ("上海", "310115", "上海市浦东新区", ["张江路", "祖冲之路", "碧波路", "金科路"], "021", "31"),
    ("深圳", "440305", "深圳市南山区", ["科苑路", "高新南七道", "海天二路"], "0755", "44"),
    ("杭州", "330106", "杭州市西湖区", ["文三路", "古墩路", "西溪路"], "0571", "33"),
    ("北京", "110108", "北京市海淀区", ["中关村大街", "知春路", "上地十街"], "010", "11"),
    ("苏州", "320505", "苏州市虎丘区", ["狮山路", "珠江路", "金山路"], "0512", "32"),
    ("成都", "510107", "成都市武侯区", ["天府大道", "科华北路", "府城大道"], "028", "51"),
    ("武汉", "420111", "武汉市洪山区", ["珞喻路", "光谷大道", "雄楚大道"], "027", "42"),
    ("南京", "320106", "南京市鼓楼区", ["中山北路", "汉中路", "广州路"], "025", "32"),
    ("厦门", "350203", "厦门市思明区", ["湖滨南路", "莲前西路", "软件园二期观日路"], "0592", "35"),
]
BRANDS = ["青禾", "翊辰", "沐森", "朗峰", "晟澜", "筑昕", "恒屿", "序岚", "若川", "知桐", "锦弈",
          "霁明", "禾汐", "砚川", "澄曜", "岚舟", "溪芮", "棠樾", "珩宇", "嘉澍", "曜森", "泊屿"]
TRADES = {
    "office": ["文具用品", "办公设备", "商贸"],
    "it": ["信息技术", "网络科技", "软件科技", "数据科技"],
    "food": ["农产品", "食品贸易", "生鲜供应链"],
    "service": ["企业管理咨询", "会务服务", "餐饮管理", "酒店管理"],
    "industry": ["机械设备", "金属材料", "电气设备", "物资贸易"],
    "construct": ["建设工程", "建筑工程", "装饰工程"],
    "logistics": ["供应链管理", "物流", "国际货运代理"],
    "fuel": ["石油销售", "能源"],
    "buyer": ["科技", "智能制造", "医疗器械", "生物科技", "新能源科技", "电子", "教育科技"],
}
BANKS = ["中国工商银行", "中国建设银行", "招商银行", "中国银行", "交通银行", "上海浦东发展银行", "兴业银行"]
PEOPLE = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "周婷", "吴磊", "徐丽", "孙浩", "马骏"]


def cn_party(rng: random.Random, trade: str, used: set) -> dict:
    while True:
        city = rng.choice(CITIES)
        name = f"{city[0]}{rng.choice(BRANDS)}{rng.choice(TRADES[trade])}有限公司"
        if name not in used:
            used.add(name)
            break
    road = rng.choice(city[3])
    return {
        "name": name,
        "tax_id": make_uscc(rng, city[1]),
        "addr": f"{city[2]}{road}{rng.randint(1, 999)}号 {city[4]}-{rng.randint(2000, 8999)}{rng.randint(1000, 9999)}",
        "bank": f"{rng.choice(BANKS)}{city[0]}{road[:2]}支行 {rng.randint(10**14, 10**15 - 1)}{rng.randint(0, 9999):04d}",
        "prov": city[5],
        "region": city[1],
    }


# --------------------------------------------------------------------------
# Chinese item catalogue
#   price: ("gross", lo, hi)  tax-inclusive shelf price -> 8-dp net unit price
#          ("net2", lo, hi)   net unit price printed with 2 decimals
#          ("int", lo, hi)    net unit price printed as an integer
#   qty:   ("int", lo, hi) | ("dec", lo, hi) (up to 3 dp) | ("none", lo, hi)
#          (no quantity / unit price printed; lo..hi is the amount)
# --------------------------------------------------------------------------
def item(name, spec, unit, rate, price, qty):
    return dict(name=name, spec=spec, unit=unit, rate=D(rate) if rate != "免税" else "免税", price=price, qty=qty)


CAT = {
    "g13": [
        item("*办公用品*签字笔", ["0.5mm黑色", "0.38mm蓝色"], "支", 13, ("gross", 2, 12), ("int", 10, 200)),
        item("*纸制品*复印纸", ["A4 70g", "A3 80g"], "箱", 13, ("gross", 120, 260), ("int", 2, 30)),
        item("*计算机配套产品*无线鼠标", ["M-220", "WM-85"], "个", 13, ("gross", 49, 199), ("int", 2, 40)),
        item("*家具*办公椅", ["人体工学款", "网布中背"], "把", 13, ("gross", 399, 1599), ("int", 1, 12)),
        item("*通信设备*无线路由器", ["AX3000"], "台", 13, ("gross", 199, 899), ("int", 1, 10)),
        item("*日用杂品*清洁湿巾", ["80抽"], "包", 13, ("gross", 8, 25), ("int", 10, 120)),
        item("*塑料制品*收纳箱", ["60L"], "个", 13, ("net2", 20, 80), ("int", 5, 50)),
        item("*润滑油*工业齿轮油", ["L-CKC220 18L"], "桶", 13, ("net2", 380, 760), ("int", 2, 20)),
        item("*电线电缆*铜芯电力电缆", ["YJV-3×4", "BV-2.5"], "米", 13, ("net2", 3, 40), ("int", 100, 900)),
        item("*计算机外部设备*激光打印机", ["LP-2260D"], "台", 13, ("int", 1200, 3500), ("int", 1, 4)),
        item("*文具*文件夹", ["A4双夹"], "个", 13, ("gross", 5, 18), ("int", 10, 100)),
        item("*电池*碱性电池", ["5号"], "节", 13, ("gross", 2, 6), ("int", 20, 200)),
    ],
    "big13": [
        item("*电子计算机*笔记本电脑", ["X14 i7/16G/1T", "K15 R7/32G"], "台", 13, ("gross", 4999, 12999), ("int", 3, 20)),
        item("*电子计算机*服务器", ["R740 2U"], "台", 13, ("int", 38000, 96000), ("int", 1, 4)),
        item("*钢材*热轧钢板", ["Q235B 8mm", "Q355B 12mm"], "吨", 13, ("net2", 3600, 4600), ("dec", 5, 40)),
        item("*机械设备*数控车床", ["CK6150"], "台", 13, ("int", 85000, 168000), ("int", 1, 2)),
    ],
    "g9": [
        item("*谷物*大米", ["10kg"], "袋", 9, ("gross", 45, 89), ("int", 5, 80)),
        item("*食用植物油*花生油", ["5L"], "桶", 9, ("gross", 79, 139), ("int", 4, 60)),
        item("*图书*技术手册", ["16开"], "册", 9, ("net2", 25, 120), ("int", 5, 60)),
    ],
    "s9": [
        item("*运输服务*国内道路货物运输服务", None, "次", 9, ("net2", 800, 6800), ("int", 1, 3)),
        item("*不动产经营租赁服务*房屋租赁费", None, "月", 9, ("net2", 8000, 26000), ("int", 1, 3)),
        item("*基础电信服务*通信服务费", None, None, 9, None, ("none", 200, 3000)),
    ],
    "s6": [
        item("*信息技术服务*软件开发服务", None, "项", 6, ("net2", 8000, 60000), ("int", 1, 1)),
        item("*信息技术服务*云服务器租用", ["4核8G"], "月", 6, ("gross", 300, 900), ("int", 1, 12)),
        item("*研发和技术服务*技术服务费", None, None, 6, None, ("none", 1000, 30000)),
        item("*鉴证咨询服务*咨询服务费", None, None, 6, None, ("none", 2000, 50000)),
        item("*会议展览服务*会议服务费", None, "次", 6, ("net2", 3000, 20000), ("int", 1, 1)),
        item("*住宿服务*住宿费", None, "天", 6, ("gross", 280, 880), ("int", 1, 6)),
        item("*经纪代理服务*代理服务费", None, None, 6, None, ("none", 500, 8000)),
    ],
    "s6n": [  # typical consumer service lines without quantity
        item("*餐饮服务*餐费", None, None, 6, None, ("none", 80, 2600)),
        item("*住宿服务*住宿费", None, None, 6, None, ("none", 300, 1800)),
        item("*生活服务*停车费", None, None, 6, None, ("none", 10, 300)),
    ],
    "r3": [
        item("*修理修配劳务*设备维修费", None, "次", 3, ("net2", 300, 4000), ("int", 1, 3)),
        item("*印刷品*宣传彩页", ["A4双面"], "张", 3, ("net2", 1, 3), ("int", 500, 3000)),
    ],
    "r1": [
        item("*印刷品*宣传彩页", ["A4双面"], "张", 1, ("net2", 1, 3), ("int", 500, 3000)),
        item("*日用杂品*劳保手套", ["均码"], "双", 1, ("gross", 3, 9), ("int", 50, 400)),
        item("*修理修配劳务*空调维修费", None, "次", 1, ("net2", 200, 1500), ("int", 1, 2)),
    ],
    "r0": [
        item("*运输服务*国际货物运输服务", None, None, 0, None, ("none", 3000, 40000)),
    ],
    "ex": [
        item("*蔬菜*西红柿", None, "千克", "免税", ("net2", 4, 9), ("dec", 20, 300)),
        item("*水果*苹果", ["红富士"], "千克", "免税", ("net2", 6, 14), ("dec", 20, 200)),
        item("*肉类*鲜猪肉", None, "千克", "免税", ("net2", 22, 36), ("dec", 10, 120)),
        item("*蛋类*鲜鸡蛋", None, "千克", "免税", ("net2", 8, 13), ("dec", 10, 150)),
    ],
    "fuel": [  # pay a round sum at the pump -> quantity with 8 decimals
        item("*汽油*92号车用汽油(VIB)", None, "升", 13, ("fuel", 760, 880), ("paid", 150, 600)),
        item("*柴油*0号车用柴油(VI)", None, "升", 13, ("fuel", 720, 830), ("paid", 200, 900)),
    ],
    "long13": [
        item("*计算机外部设备*工业级彩色激光多功能一体机（含双面输稿器）", ["MFP-C3526"], "台", 13, ("int", 9000, 26000), ("int", 1, 3)),
        item("*电子元件*高精度贴片电阻器阻值一万欧姆公差百分之一卷装", ["0603"], "盘", 13, ("net2", 30, 90), ("int", 10, 80)),
        item("*通用设备*变频恒压供水设备及配套智能控制柜", ["BPG-45"], "套", 13, ("int", 45000, 98000), ("int", 1, 2)),
    ],
    "long6": [
        item("*信息技术服务*企业资源计划管理系统定制开发及上线实施服务", None, "项", 6, ("net2", 60000, 280000), ("int", 1, 1)),
        item("*研发和技术服务*新能源汽车动力电池热管理系统测试验证技术服务费", None, None, 6, None, ("none", 20000, 120000)),
        item("*鉴证咨询服务*建设工程项目全过程造价咨询及竣工结算审核服务", None, "项", 6, ("net2", 15000, 90000), ("int", 1, 1)),
    ],
    "long9": [
        item("*运输服务*国内道路货物运输服务（上海市浦东新区至江苏省苏州市工业园区）", None, "车次", 9, ("net2", 900, 3800), ("int", 1, 12)),
    ],
    "verylong6": [
        item("*信息技术服务*智慧园区综合管理平台（含能耗监测、安防联动、访客管理及移动端应用）软件定制开发与三年运维服务", None, "项", 6, ("net2", 300000, 900000), ("int", 1, 1)),
    ],
    "yi9": [
        item("*建筑服务*工程服务", None, None, 9, None, ("none", 100_000_000, 380_000_000)),
    ],
    "z13": [
        item("*计算机外部设备*激光打印机", ["LP-2260D"], "台", 13, ("z", 1, 30), ("int", 1, 4)),
        item("*家具*会议桌", ["2400×1200"], "张", 13, ("z", 10, 60), ("int", 1, 3)),
    ],
    "z9": [
        item("*不动产经营租赁服务*房屋租赁费", None, "月", 9, ("z", 40, 260), ("int", 1, 3)),
    ],
    "z6": [
        item("*鉴证咨询服务*咨询服务费", None, "项", 6, ("z", 20, 400), ("int", 1, 1)),
        item("*文化创意服务*设计服务费", None, "项", 6, ("z", 10, 120), ("int", 1, 2)),
    ],
}


def make_cn_line(rng: random.Random, it: dict, sign: int = 1) -> dict:
    rate = it["rate"]
    r = D(0) if rate == "免税" else rate
    qkind, qlo, qhi = it["qty"]
    spec = rng.choice(it["spec"]) if it["spec"] else None
    if qkind == "none":
        amount = D(rng.randint(qlo * 100, qhi * 100)) / 100
        if qhi >= 10**8 and rng.random() < 0.5:
            amount = D(rng.randint(qlo // 100, qhi // 100)) * 100
        qty_s = price_s = None
    elif qkind == "paid":
        gross = D(rng.randint(it["price"][1], it["price"][2])) / 100
        paid = D(rng.randint(qlo, qhi))
        qty = (paid / gross).quantize(D("0.00000001"), ROUND_HALF_UP) * sign
        price = (gross / (1 + r / 100)).quantize(D("0.00000001"), ROUND_HALF_UP)
        qty_s, price_s = dec_str(qty), dec_str(price)
        amount = q2(qty * price)
    else:
        if qkind == "int":
            qty = D(rng.randint(qlo, qhi))
        else:
            qty = D(rng.randint(qlo * 1000, qhi * 1000)) / 1000
        pkind, plo, phi = it["price"]
        if pkind == "gross":
            gross = D(rng.randint(plo, phi)) + rng.choice([D(0), D("0.5"), D("0.9"), D("0.99")])
            price = (gross / (1 + r / 100)).quantize(D("0.00000001"), ROUND_HALF_UP)
            price_s = dec_str(price)
        elif pkind == "net2":
            price = D(rng.randint(plo * 100, phi * 100)) / 100
            price_s = f"{price:.2f}"
        elif pkind == "int":
            price = D(rng.randint(plo, phi))
            price_s = str(price)
        else:  # "z": whole hundreds -> tax has no fractional cents issues
            price = D(rng.randint(plo, phi) * 100)
            price_s = f"{price:.2f}"
        qty = qty * sign
        qty_s = dec_str(qty)
        amount = q2(qty * price)
    if qkind == "none":
        amount = amount * sign
    tax = q2(amount * r / 100)
    return dict(
        description=it["name"], spec=spec, unit=it["unit"], quantity=qty_s, unit_price=price_s,
        amount=amount, rate_label="免税" if rate == "免税" else f"{rate}%",
        rate=D(0) if rate == "免税" else r, exempt=rate == "免税", tax=tax,
    )


def discount_line(rng: random.Random, base: dict) -> dict:
    amt = base["amount"]
    if rng.random() < 0.5:
        d = -q2(amt * D(rng.choice([5, 8, 10, 15])) / 100)
    else:
        d = -min(q2(amt / 3), D(rng.choice([5, 10, 20, 50, 100, 200])))
    if d == 0:
        d = D("-0.01")
    return dict(description=base["description"], spec=None, unit=None, quantity=None, unit_price=None,
                amount=d, rate_label=base["rate_label"], rate=base["rate"], exempt=base["exempt"],
                tax=q2(d * base["rate"] / 100), is_discount=True)


# --------------------------------------------------------------------------
# drawing helpers (mm, measured from the top of the page)
# --------------------------------------------------------------------------
class Page:
    def __init__(self, c: canvas.Canvas, h_mm: float):
        self.c = c
        self.h = h_mm

    def Y(self, t):
        return (self.h - t) * mm

    def text(self, x, t, s, font=CN, size=9.0, align="l", color=black):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        if align == "l":
            c.drawString(x * mm, self.Y(t), s)
        elif align == "r":
            c.drawRightString(x * mm, self.Y(t), s)
        else:
            c.drawCentredString(x * mm, self.Y(t), s)

    def runs(self, x, t, parts, size=9.0):
        """Consecutive text runs [(text, font, color), ...]; returns end x in mm."""
        X = x * mm
        for s, font, color in parts:
            self.c.setFont(font, size)
            self.c.setFillColor(color)
            self.c.drawString(X, self.Y(t), s)
            X += pdfmetrics.stringWidth(s, font, size)
        return X / mm

    def line(self, x1, t1, x2, t2, color, w=0.6):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(w)
        self.c.line(x1 * mm, self.Y(t1), x2 * mm, self.Y(t2))

    def rect(self, x, t, w, h, stroke=None, fill=None, lw=0.8):
        c = self.c
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x * mm, self.Y(t + h), w * mm, h * mm, stroke=1 if stroke is not None else 0,
               fill=1 if fill is not None else 0)

    def ellipse(self, cx, ct, w, h, color, lw=1.0):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(lw)
        self.c.ellipse((cx - w / 2) * mm, self.Y(ct + h / 2), (cx + w / 2) * mm, self.Y(ct - h / 2), stroke=1, fill=0)

    def vlabel(self, x0, x1, t0, t1, s, color, size=9.0):
        """Vertical label (one character per line) centred in a column."""
        n = len(s)
        step = size * 0.3528 * 1.35
        start = (t0 + t1) / 2 - step * (n - 1) / 2 + size * 0.3528 * 0.35
        for i, ch in enumerate(s):
            self.text((x0 + x1) / 2, start + i * step, ch, CN, size, "c", color)

    def otimes(self, x, t, color=black, r=1.6):
        """The circled cross printed before the capital amount (drawn, not text)."""
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(0.5)
        cx, cy = (x + r) * mm, self.Y(t - 1.2)
        c.circle(cx, cy, r * mm, stroke=1, fill=0)
        k = r * mm * 0.7071
        c.line(cx - k, cy - k, cx + k, cy + k)
        c.line(cx - k, cy + k, cx + k, cy - k)

    def qr(self, x, t, size, data):
        w = QrCodeWidget(data, barLevel="M")
        b = w.getBounds()
        bw, bh = b[2] - b[0], b[3] - b[1]
        d = Drawing(size * mm, size * mm, transform=[size * mm / bw, 0, 0, size * mm / bh, 0, 0])
        d.add(w)
        renderPDF.draw(d, self.c, x * mm, self.Y(t + size))


def wrap(s: str, font: str, size: float, width_mm: float) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if cur and pdfmetrics.stringWidth(cur + ch, font, size) > width_mm * mm:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def new_canvas(path: Path, w_pt: float, h_pt: float, title: str) -> canvas.Canvas:
    c = canvas.Canvas(str(path), pagesize=(w_pt, h_pt), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("einvoice eval dataset (synthetic)")
    c.setCreator("evals/datasets/einvoice/build_einvoices.py")
    return c


# --------------------------------------------------------------------------
# Chinese VAT layouts
# --------------------------------------------------------------------------
BROWN = Color(0.55, 0.32, 0.18)
RED = Color(0.72, 0.16, 0.12)
SEAL = Color(0.85, 0.2, 0.2)
LINE_H = 4.2  # mm per text line inside the items table
NAME_SIZE = 9.0

OLD_COLS = [  # (header, x0, x1, align)
    ("货物或应税劳务、服务名称", 10, 70, "l"), ("规格型号", 70, 94, "l"), ("单位", 94, 106, "c"),
    ("数量", 106, 128, "r"), ("单价", 128, 156, "r"), ("金额", 156, 186, "r"),
    ("税率", 186, 200, "c"), ("税额", 200, 230, "r"),
]
SD_COLS = [
    ("项目名称", 10, 70, "l"), ("规格型号", 70, 95, "l"), ("单位", 95, 107, "c"),
    ("数量", 107, 128, "r"), ("单价", 128, 156, "r"), ("金额", 156, 186, "r"),
    ("税率/征收率", 186, 204, "c"), ("税额", 204, 230, "r"),
]


def row_cells(ln: dict) -> list:
    tax_s = "***" if ln["exempt"] else money(ln["tax"])
    return [ln["description"], ln["spec"] or "", ln["unit"] or "", ln["quantity"] or "", ln["unit_price"] or "",
            money(ln["amount"]), ln["rate_label"], tax_s]


def row_height(ln: dict, cols) -> tuple[float, list[str]]:
    x0, x1 = cols[0][1], cols[0][2]
    parts = wrap(ln["description"], CN, NAME_SIZE, x1 - x0 - 2.5)
    return len(parts) * LINE_H, parts


def draw_rows(p: Page, cols, rows: list, top: float):
    t = top
    for ln in rows:
        h, parts = row_height(ln, cols)
        base = t + 3.4
        for i, part in enumerate(parts):
            p.text(cols[0][1] + 1.5, base + i * LINE_H, part, CN, NAME_SIZE)
        cells = row_cells(ln)
        for (hdr, x0, x1, al), val in list(zip(cols, cells))[1:]:
            if not val:
                continue
            font = CN if (hdr in ("规格型号", "单位") or val == "免税") else NUM
            size = 8.5 if font == NUM else 8.5
            if al == "l":
                p.text(x0 + 1, base, val, font, size, "l")
            elif al == "r":
                p.text(x1 - 1, base, val, font, size, "r")
            else:
                p.text((x0 + x1) / 2, base, val, font, size, "c")
        t += h
    return t


def draw_totals_row(p: Page, cols, top: float, doc: dict, color):
    b = top + 4.3
    p.text(22, b, "合", CN, 9.5, "l", color)
    p.text(44, b, "计", CN, 9.5, "l", color)
    amt_x1 = [c for c in cols if c[0] == "金额"][0][2]
    tax_x1 = cols[-1][2]
    p.runs(amt_x1 - 1 - (pdfmetrics.stringWidth("¥" + doc["subtotal"], NUM, 9) / mm), b,
           [("¥", "Helvetica", black), (doc["subtotal"], NUM, black)])
    p.runs(tax_x1 - 1 - (pdfmetrics.stringWidth("¥" + doc["tax_total"], NUM, 9) / mm), b,
           [("¥", "Helvetica", black), (doc["tax_total"], NUM, black)])


def draw_grand_row(p: Page, top: float, h: float, doc: dict, color):
    b = top + h / 2 + 1.4
    p.text(12, b, "价税合计（大写）", CN, 9.5, "l", color)
    p.line(56, top, 56, top + h, color)
    p.otimes(59, b)
    p.text(63.5, b, doc["total_in_words"], CN, 10, "l")
    x = p.runs(160, b, [("（小写）", CN, color)], size=9.5)
    p.runs(x, b, [("¥", "Helvetica", black), (doc["total"], NUM, black)], size=10)


def draw_remarks(p: Page, x, t, width, text, size=8.5):
    lines = []
    for para in text.split("\n"):
        lines += wrap(para, CN, size, width)
    for i, ln in enumerate(lines):
        p.text(x, t + i * 4.0, ln, CN, size)


def draw_title(p: Page, title: str, color):
    """Centred title (shrunk to fit between the QR code and the header block), seal, double rule."""
    size = min(18.0, 64 * mm / pdfmetrics.stringWidth(title, CN, 1))
    half = pdfmetrics.stringWidth(title, CN, size) / mm / 2 + 2
    p.ellipse(120, 12.5, 30, 19, SEAL, 1.1)
    p.text(120, 15, title, CN, size, "c", color)
    p.line(120 - half, 17.8, 120 + half, 17.8, color, 0.6)
    p.line(120 - half, 18.7, 120 + half, 18.7, color, 0.6)


def cipher(rng: random.Random) -> list[str]:
    alphabet = "0123456789+-*/<>"
    return ["".join(rng.choice(alphabet) for _ in range(28)) for _ in range(4)]


def render_cn_old(path: Path, doc: dict, ex: dict):
    W, H = 240, 145
    color = BROWN
    c = new_canvas(path, W * mm, H * mm, doc["title"])
    p = Page(c, H)
    # header
    p.qr(12, 4, 20, ex["qr"])
    p.runs(12, 30, [("机器编号：", CN, color), (ex["machine_no"], NUM, black)], size=9)
    draw_title(p, doc["title"], color)
    hx = 162
    p.runs(hx, 9, [("发票代码：", CN, color), (doc["invoice_code"], NUM, black)])
    p.runs(hx, 14, [("发票号码：", CN, color), (doc["invoice_number"], NUM, black)])
    p.runs(hx, 19, [("开票日期：", CN, color), (ex["date_cn"], CN, black)])
    p.runs(hx, 24, [("校 验 码：", CN, color), (ex["check_code"], NUM, black)])
    # frame
    T0, X0, X1 = 33, 10, 230
    buyer_h, head_h, area_h, tot_h, grand_h, seller_h = 22, 6, 36, 6, 8, 22
    t_items = T0 + buyer_h
    t_area = t_items + head_h
    t_tot = t_area + area_h
    t_grand = t_tot + tot_h
    t_seller = t_grand + grand_h
    t_end = t_seller + seller_h
    p.rect(X0, T0, X1 - X0, t_end - T0, stroke=color, lw=1.0)
    for t in (t_items, t_grand, t_seller):
        p.line(X0, t, X1, t, color)
    # buyer / seller blocks
    for (t0, who, party, right_label) in ((T0, "购买方", doc["_buyer"], "密码区"), (t_seller, "销售方", doc["_seller"], "备注")):
        p.line(18, t0, 18, t0 + 22, color)
        p.line(136, t0, 136, t0 + 22, color)
        p.line(144, t0, 144, t0 + 22, color)
        p.vlabel(X0, 18, t0, t0 + 22, who, color)
        p.vlabel(136, 144, t0, t0 + 22, right_label, color)
        labels = ["名        称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
        vals = [party["name"], party.get("tax_id") or "", party.get("addr") or "", party.get("bank") or ""]
        for i, (lab, val) in enumerate(zip(labels, vals)):
            bt = t0 + 5 + i * 5
            p.text(19.5, bt, lab, CN, 8.5, "l", color)
            if val:
                font = NUM if i == 1 else CN
                p.text(44, bt, val, font, 9 if i < 2 else 8, "l")
    for i, ln in enumerate(ex["cipher"]):
        p.text(146, T0 + 5.5 + i * 5, ln, NUM, 10.2, "l")
    draw_remarks(p, 145.5, t_seller + 5, 83, doc["_remarks"])
    # items
    for hdr, x0, x1, _ in OLD_COLS:
        p.text((x0 + x1) / 2, t_items + 4.2, hdr, CN, 8.5, "c", color)
        if x0 != X0:
            p.line(x0, t_items, x0, t_grand, color, 0.5)
    end = draw_rows(p, OLD_COLS, doc["_lines"], t_area)
    assert end <= t_tot + 0.01, f"too many rows for the old layout: {path.name}"
    draw_totals_row(p, OLD_COLS, t_tot, doc, color)
    draw_grand_row(p, t_grand, grand_h, doc, color)
    # bottom
    b = t_end + 5.5
    p.runs(14, b, [("收款人：", CN, color), (ex["payee"], CN, black)])
    p.runs(70, b, [("复核：", CN, color), (ex["reviewer"], CN, black)])
    p.runs(122, b, [("开票人：", CN, color), (ex["drawer"], CN, black)])
    p.runs(178, b, [("销售方：（章）", CN, color)])
    p.ellipse(205, t_seller + 13, 36, 22, SEAL, 1.2)
    c.showPage()
    c.save()


def render_cn_sd(path: Path, doc: dict, ex: dict):
    W = 240
    color = RED
    lines = doc["_lines"]
    # split into pages (only the long multi-page invoice has page_split)
    split = ex.get("page_split")
    chunks = [lines[:split], lines[split:]] if split else [lines]
    heights = [sum(row_height(l, SD_COLS)[0] for l in ch) for ch in chunks]
    npages = len(chunks)
    first_h = max(36.0, heights[0] + 2)
    H0 = 28 + 22 + 6 + first_h + (6 + 8 + 18 if npages == 1 else 0) + 12
    c = new_canvas(path, W * mm, H0 * mm, doc["title"])
    for pi, ch in enumerate(chunks):
        last = pi == npages - 1
        area_h = max(36.0 if pi == 0 else 24.0, heights[pi] + 2)
        parties_h = 22 if pi == 0 else 0
        H = 28 + parties_h + 6 + area_h + (6 + 8 + 18 if last else 0) + 12
        c.setPageSize((W * mm, H * mm))
        p = Page(c, H)
        p.qr(12, 4, 21, ex["qr"])
        draw_title(p, doc["title"], color)
        hx = 160
        p.runs(hx, 11, [("发票号码：", CN, color), (doc["invoice_number"], NUM, black)])
        p.runs(hx, 17, [("开票日期：", CN, color), (ex["date_cn"], CN, black)])
        if npages > 1:
            p.text(hx, 23, f"共{npages}页 第{pi + 1}页", CN, 8.5, "l", color)
        T0, X0, X1 = 28, 10, 230
        t = T0
        if pi == 0:
            p.line(120, t, 120, t + 22, color)
            for (x0, x1, who, party) in ((X0, 17, "购买方信息", doc["_buyer"]), (120, 127, "销售方信息", doc["_seller"])):
                p.line(x1, t, x1, t + 22, color)
                p.vlabel(x0, x1, t, t + 22, who, color, size=8)
                p.runs(x1 + 2, t + 8, [("名称：", CN, color), (party["name"], CN, black)], size=9)
                p.runs(x1 + 2, t + 16, [("统一社会信用代码/纳税人识别号：", CN, color), (party.get("tax_id") or "", NUM, black)], size=9)
            t += 22
            p.line(X0, t, X1, t, color)
        for hdr, x0, x1, _ in SD_COLS:
            p.text((x0 + x1) / 2, t + 4.2, hdr, CN, 8.5, "c", color)
        draw_rows(p, SD_COLS, ch, t + 6)
        t += 6 + area_h
        if last:
            draw_totals_row(p, SD_COLS, t, doc, color)
            t += 6
            p.line(X0, t, X1, t, color)
            draw_grand_row(p, t, 8, doc, color)
            t += 8
            p.line(X0, t, X1, t, color)
            p.line(17, t, 17, t + 18, color)
            p.vlabel(X0, 17, t, t + 18, "备注", color)
            draw_remarks(p, 19, t + 5, 205, doc["_remarks"])
            t += 18
        p.rect(X0, T0, X1 - X0, t - T0, stroke=color, lw=1.0)
        if last:
            p.runs(25, t + 6.5, [("开票人：", CN, color), (ex["drawer"], CN, black)])
        else:
            p.text(X1, t + 6, "（续下页）", CN, 8.5, "r", color)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------
# building Chinese documents
# --------------------------------------------------------------------------
TITLES = {
    "cn_old_normal": "增值税电子普通发票",
    "cn_old_special": "增值税电子专用发票",
    "cn_sd_normal": "电子发票（普通发票）",
    "cn_sd_special": "电子发票（增值税专用发票）",
}
TRADE_FOR = {"g13": "office", "big13": "industry", "g9": "food", "s9": "logistics", "s6": "it", "s6n": "service",
             "r3": "office", "r1": "office", "r0": "logistics", "ex": "food", "long13": "industry",
             "long6": "it", "long9": "logistics", "verylong6": "it", "yi9": "construct", "z13": "office",
             "z9": "service", "z6": "service", "fuel": "fuel"}


def rand_date(rng: random.Random):
    y = rng.choice([2025, 2026, 2026])
    m = rng.randint(1, 12) if y == 2025 else rng.randint(1, 4)
    d = rng.randint(1, 28)
    return y, m, d


def build_cn(rng: random.Random, spec: dict, used_names: set) -> tuple[dict, dict]:
    layout = spec["layout"]
    old = layout.startswith("cn_old")
    groups = spec["groups"]
    for _attempt in range(200):
        picked, lines = set(), []
        for gi, g in enumerate(groups):
            pool = [it for it in CAT[g] if it["name"] not in picked] or CAT[g]
            it = rng.choice(pool)
            picked.add(it["name"])
            ln = make_cn_line(rng, it, -1 if spec.get("red") else 1)
            lines.append(ln)
            if gi in spec.get("discount_after", ()):
                lines.append(discount_line(rng, ln))
        subtotal = sum((l["amount"] for l in lines), D(0))
        tax_total = sum((l["tax"] for l in lines), D(0))
        total = subtotal + tax_total
        a = abs(total)
        ok = True
        if spec.get("zheng") and a != a.to_integral_value():
            ok = False
        if spec.get("wan") and not (D(10000) <= a < D(10**8)):
            ok = False
        if spec.get("yi") and a < D(10**8):
            ok = False
        if spec.get("max_total") and a > D(spec["max_total"]):
            ok = False
        if not spec.get("wan") and not spec.get("yi") and not spec.get("allow_big") and a >= D(10000):
            ok = False
        if ok:
            break
    else:
        raise RuntimeError(f"could not satisfy spec {spec}")
    if spec.get("force_amount"):  # single-line invoice with a fixed amount (zero-heavy 大写)
        ln = lines[0]
        ln["amount"] = D(spec["force_amount"]) * (-1 if spec.get("red") else 1)
        ln["tax"] = q2(ln["amount"] * ln["rate"] / 100)
        subtotal, tax_total = ln["amount"], ln["tax"]
        total = subtotal + tax_total

    trade = TRADE_FOR[groups[0]]
    seller = cn_party(rng, trade, used_names)
    if spec.get("individual"):
        buyer = {"name": rng.choice(["个人", "张晓明", "李欣然", "陈思远"]), "tax_id": None, "addr": None, "bank": None}
    else:
        buyer = cn_party(rng, "buyer", used_names)
        if layout == "cn_old_normal" and rng.random() < 0.5:
            buyer["addr"] = buyer["bank"] = None  # often left empty on 普票
    y, m, d = rand_date(rng)
    date_cn = f"{y}年{m:02d}月{d:02d}日"
    if old:
        kind_code = "11" if layout == "cn_old_normal" else "13"
        code = f"0{seller['region'][:4]}{y % 100:02d}{rng.randint(0, 999):03d}{kind_code}"
        number = f"{rng.randint(0, 99999999):08d}"
    else:
        code = None
        number = f"{y % 100:02d}{seller['prov']}2000000{rng.randint(0, 10**9 - 1):09d}"
    check = " ".join(f"{rng.randint(0, 99999):05d}" for _ in range(4))

    # remarks
    remarks = spec.get("remarks")
    if spec.get("red"):
        if old:
            ocode = f"0{seller['region'][:4]}{y % 100:02d}{rng.randint(0, 999):03d}{code[-2:]}"
            onum = f"{rng.randint(0, 99999999):08d}"
            remarks = f"销项负数\n对应正数发票代码:{ocode}号码:{onum}"
        else:
            onum = f"{y % 100:02d}{seller['prov']}2000000{rng.randint(0, 10**9 - 1):09d}"
            conf = f"{seller['region']}{y % 100:02d}{m:02d}{rng.randint(0, 10**8 - 1):08d}"
            remarks = f"被红冲蓝字数电票号码：{onum}\n红字发票信息确认单编号：{conf}"
    elif remarks is None:
        options = ["", "", ""]
        if any(l["quantity"] is None or l["unit"] in ("项", "月", "次", "天") for l in lines):
            options.append(f"服务期间：{y}年{m:02d}月01日至{y}年{m:02d}月28日")
        if buyer.get("addr") and any(l["unit"] in ("箱", "台", "个", "把", "米", "吨", "桶", "袋", "包", "千克") for l in lines):
            options.append(f"收货地址：{buyer['addr'].split(' ')[0]}")
        if spec.get("individual"):
            options.append(f"消费日期：{y}年{m:02d}月{d:02d}日")
        remarks = rng.choice(options)
    if groups[0] == "yi9" and not spec.get("red"):
        remarks = f"建筑服务发生地：{seller['addr'].split(' ')[0][:6]}\n建筑项目名称：{rng.choice(['产业园二期总承包工程', '数据中心机电安装工程', '滨江综合体主体结构工程'])}"

    total_s = money(total)
    doc = {
        "kind": "cn_vat",
        "layout": layout,
        "doc_type": "credit_note" if spec.get("red") else "invoice",
        "title": TITLES[layout],
        "invoice_code": code,
        "invoice_number": number,
        "issue_date": f"{y}-{m:02d}-{d:02d}",
        "currency": "CNY",
        "buyer": {"name": buyer["name"], "tax_id": buyer["tax_id"]},
        "seller": {"name": seller["name"], "tax_id": seller["tax_id"]},
        "po_number": None,
        "lines": [
            {
                "description": l["description"], "spec": l["spec"], "unit": l["unit"],
                "quantity": l["quantity"], "unit_price": l["unit_price"], "amount": money(l["amount"]),
                "tax_rate": rate_str(l["rate"]), "tax_amount": money(l["tax"]),
            }
            for l in lines
        ],
        "subtotal": money(subtotal),
        "tax_total": money(tax_total),
        "total": total_s,
        "total_in_words": cn_upper(total),
        "_lines": lines, "_buyer": buyer, "_seller": seller, "_remarks": remarks,
    }
    amount_for_qr = money(subtotal) if old else total_s
    crc = hashlib.sha1(number.encode()).hexdigest()[:4].upper()
    ex = {
        "date_cn": date_cn,
        "check_code": check,
        "machine_no": f"{rng.randint(10**11, 10**12 - 1)}",
        "cipher": cipher(rng),
        "payee": rng.choice(PEOPLE), "reviewer": rng.choice(PEOPLE), "drawer": rng.choice(PEOPLE),
        "qr": (f"01,10,{code},{number},{amount_for_qr},{y}{m:02d}{d:02d},{check.replace(' ', '')},{crc},"
               if old else f"01,32,,{number},{amount_for_qr},{y}{m:02d}{d:02d},,{crc},"),
        "page_split": spec.get("page_split"),
    }
    doc["hard_cases"] = hard_cases_cn(doc, spec)
    return doc, ex


def hard_cases_cn(doc: dict, spec: dict) -> list[str]:
    hc = []
    lines = doc["_lines"]
    if any(len(row_height(l, SD_COLS if doc["layout"].startswith("cn_sd") else OLD_COLS)[1]) > 1 for l in lines):
        hc.append("wrapped_name")
    if any(l.get("is_discount") for l in lines):
        hc.append("discount_line")
    if any(l["exempt"] for l in lines):
        hc.append("exempt_line")
    if any(l["rate"] == 0 and not l["exempt"] for l in lines):
        hc.append("zero_rate_line")
    if len(lines) >= 10:
        hc.append("many_lines")
    if spec.get("page_split"):
        hc.append("multi_page")
    if spec.get("red"):
        hc.append("red_letter_credit")
    if len({l["rate"] for l in lines}) > 1:
        hc.append("mixed_rates")
    if any(l["quantity"] is None and not l.get("is_discount") for l in lines):
        hc.append("line_without_qty")
    if any(l["unit_price"] and "." in l["unit_price"] and len(l["unit_price"].split(".")[1]) > 2 for l in lines):
        hc.append("long_decimal_unit_price")
    if any(l["quantity"] and "." in l["quantity"] and len(l["quantity"].split(".")[1]) > 3 for l in lines):
        hc.append("long_decimal_quantity")
    a = abs(D(doc["total"]))
    if a >= 10**8:
        hc.append("yi_amount")
    elif a >= 10**4:
        hc.append("wan_amount")
    if doc["total_in_words"].endswith("整"):
        hc.append("zheng_amount")
    if doc["buyer"]["tax_id"] is None:
        hc.append("buyer_without_tax_id")
    return hc


# --------------------------------------------------------------------------
# English layouts
# --------------------------------------------------------------------------
EN_SELLERS = {
    "DE": [("Nordlicht Komponenten GmbH", ["Hafenstrasse 112", "20457 Hamburg, Germany"]),
           ("Falkenried Messtechnik GmbH", ["Lindenallee 7", "70174 Stuttgart, Germany"]),
           ("Ostwerk Datendienste GmbH", ["Kaiserring 41", "68161 Mannheim, Germany"])],
    "GB": [("Brackenford Analytics Ltd", ["Unit 4, Tannery Yard", "Leeds LS2 7QP, United Kingdom"]),
           ("Ashgrove & Pell Consulting LLP", ["18 Cordwainer Row", "Bristol BS1 6XY, United Kingdom"]),
           ("Kilnmoor Print Works Ltd", ["3 Slate Wharf", "Manchester M4 1FT, United Kingdom"])],
    "NL": [("Maaskant Digital B.V.", ["Veerkade 221", "3016 DE Rotterdam, Netherlands"]),
           ("Tulpveld Sensorics B.V.", ["Kanaalweg 9", "5611 AB Eindhoven, Netherlands"])],
    "IE": [("Corrib Lane Software Ltd", ["Block C, Quay Point", "Galway H91 X2P4, Ireland"])],
}
EN_BUYERS = {  # (name, address lines); buyers are domestic, "US" is used for the export case
    "DE": [("Sorbrand Foods GmbH", ["Industriestrasse 3", "33602 Bielefeld, Germany"]),
           ("Weidenhof Landtechnik GmbH", ["Am Kornspeicher 21", "49074 Osnabrueck, Germany"]),
           ("Brunnquell Apothekenlogistik GmbH", ["Gutenbergring 56", "22848 Norderstedt, Germany"])],
    "GB": [("Lumen & Rowe Architects Ltd", ["9 Mercer Court", "London EC2A 4DN, United Kingdom"]),
           ("Harrowgate Fleet Services Ltd", ["Bay 12, Kirkstall Trading Estate", "Leeds LS5 3BT, United Kingdom"]),
           ("Pennock Street Bakery Ltd", ["44 Pennock Street", "Norwich NR2 4AB, United Kingdom"])],
    "NL": [("Dijkzicht Installatietechniek B.V.", ["Molenwerf 18", "1541 WR Koog aan de Zaan, Netherlands"]),
           ("Brouwerij Hooghe Weert B.V.", ["Stationsplein 5", "6001 CK Weert, Netherlands"])],
    "IE": [("Ballyrane Medical Devices Ltd", ["Unit 7, Ballyrane Business Park", "Wexford Y35 K2T8, Ireland"]),
           ("Shannonside Veterinary Ltd", ["Dock Road 31", "Limerick V94 R6X0, Ireland"])],
    "US": [("Quillon Harbor Supply Co.", ["2210 Wharfside Ave, Suite 300", "Portland, OR 97209, USA"]),
           ("Kestrel Ridge Software Inc.", ["480 Innovation Drive", "Austin, TX 78701, USA"])],
}
EN_ITEMS = [
    ("Consulting services (senior consultant), hours", "dec1", 4, 40, 95, 220),
    ("Software licence - annual subscription (per seat)", "int", 5, 50, 120, 480),
    ("Implementation workshop, on site", "int", 1, 3, 1500, 4800),
    ("Cloud hosting - monthly plan", "int", 1, 3, 350, 1200),
    ("Shipping and handling", "int", 1, 1, 25, 90),
    ("Stainless steel fasteners M8 (box of 200)", "int", 10, 60, 14, 39),
    ("Industrial sensor module TX-40", "int", 2, 25, 89, 340),
    ("Printed product catalogue, 48 pages", "int", 500, 2000, 1, 3),
    ("Data migration service (fixed fee)", "int", 1, 1, 2200, 7500),
    ("Replacement filter cartridge FC-12", "int", 4, 40, 18, 65),
    ("Technical support retainer, March 2026", "int", 1, 1, 600, 2400),
    ("Calibration of pressure gauges", "int", 3, 30, 45, 120),
]
BOOK_ITEM = ("Technical handbook (print edition)", "int", 2, 20, 28, 75)


def vat_id(rng: random.Random, cc: str) -> str | None:
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return {
        "DE": lambda: "DE" + digits(9), "GB": lambda: "GB" + digits(9), "NL": lambda: "NL" + digits(9) + "B01",
        "IE": lambda: "IE" + digits(7) + rng.choice("ABCDEFGHW"), "IT": lambda: "IT" + digits(11),
        "FR": lambda: "FR" + digits(11), "PT": lambda: "PT" + digits(9), "NO": lambda: "NO" + digits(9) + "MVA",
    }.get(cc, lambda: None)()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def en_line(rng: random.Random, it, rate_pct: Decimal, sign: int) -> dict:
    desc, qk, qlo, qhi, plo, phi = it
    qty = D(rng.randint(qlo * 2, qhi * 2)) / 2 if qk == "dec1" else D(rng.randint(qlo, qhi))
    price = D(rng.randint(plo * 100, phi * 100)) / 100
    if phi <= 3:
        price = D(rng.randint(plo * 100, phi * 100 + 99)) / 100
    qty = qty * sign
    amount = q2(qty * price)
    return dict(description=desc, quantity=qty, unit_price=price, amount=amount, rate=rate_pct,
                tax=q2(amount * rate_pct / 100))


def build_en(rng: random.Random, spec: dict) -> dict:
    layout = spec["layout"]
    sign = -1 if spec.get("credit") else 1
    cc = {"en_classic": "DE", "en_banded": "GB", "en_boxed": rng.choice(["NL", "IE"])}[layout]
    currency = {"DE": "EUR", "GB": "GBP", "NL": rng.choice(["USD", "EUR"]), "IE": "USD"}[cc]
    std_rate = {"DE": D(19), "GB": D(20), "NL": D(21), "IE": D(23)}[cc]
    seller_name, seller_addr = rng.choice(EN_SELLERS[cc])
    bcc = "US" if spec.get("export") else cc
    if spec.get("export"):  # services to a US customer: no VAT charged
        currency, std_rate = "USD", D(0)
    buyer_name, buyer_addr = rng.choice(EN_BUYERS[bcc])
    n = spec["n"]
    items = rng.sample(EN_ITEMS, n)
    lines = [en_line(rng, it, std_rate, sign) for it in items]
    if spec.get("mixed_rates"):  # German reduced rate for printed books
        lines.append(en_line(rng, BOOK_ITEM, D(7), sign))
    subtotal = sum((l["amount"] for l in lines), D(0))
    per_line_tax = layout == "en_classic"
    tax_total = sum((l["tax"] for l in lines), D(0)) if per_line_tax else q2(subtotal * std_rate / 100)
    total = subtotal + tax_total
    y, m, d = rand_date(rng)
    d = max(d, 13)  # keeps US-style dates unambiguous
    if layout == "en_classic":
        number = f"RE-{y}-{rng.randint(1, 9999):04d}"
        po = f"PO-{y}-{rng.randint(1, 999):04d}"
    elif layout == "en_banded":
        number = f"{'CN' if spec.get('credit') else 'INV'}-{rng.randint(10000, 99999)}"
        po = f"{rng.choice(['45', '47'])}{rng.randint(0, 10**8 - 1):08d}"
    else:
        number = f"{y}{rng.randint(0, 9999):04d}"
        po = f"{rng.choice(['QH', 'KR', 'PO'])}-{rng.randint(1000, 9999)}-{rng.choice('ABCD')}"
    if spec.get("no_po"):
        po = None
    seller_vat = vat_id(rng, cc)
    buyer_vat = vat_id(rng, bcc)
    doc = {
        "kind": "plain_en", "layout": layout, "doc_type": "credit_note" if spec.get("credit") else "invoice",
        "invoice_code": None, "invoice_number": number, "issue_date": f"{y}-{m:02d}-{d:02d}", "currency": currency,
        "buyer": {"name": buyer_name, "tax_id": buyer_vat}, "seller": {"name": seller_name, "tax_id": seller_vat},
        "po_number": po,
        "lines": [{
            "description": l["description"], "spec": None, "unit": None, "quantity": dec_str(l["quantity"]),
            "unit_price": f"{l['unit_price']:.2f}", "amount": money(l["amount"]), "tax_rate": rate_str(l["rate"]),
            "tax_amount": money(l["tax"]) if per_line_tax else None,
        } for l in lines],
        "subtotal": money(subtotal), "tax_total": money(tax_total), "total": money(total), "total_in_words": None,
        "_lines": lines, "_seller_addr": seller_addr, "_buyer_addr": buyer_addr, "_rate": std_rate,
        "_date": (y, m, d), "_orig": f"INV-{rng.randint(10000, 99999)}" if spec.get("credit") else None,
        "_iban": f"{cc}{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        "_cust_no": f"{rng.randint(10000, 99999)}",
    }
    hc = []
    if spec.get("credit"):
        hc.append("credit_note")
    if spec.get("mixed_rates"):
        hc.append("mixed_rates")
    if abs(total) >= 1000 and layout != "en_classic":
        hc.append("thousands_separators")
    if buyer_vat is None:
        hc.append("buyer_without_tax_id")
    if not per_line_tax:
        hc.append("no_per_line_tax")
    if spec.get("export"):
        hc.append("zero_rate_export")
    doc["hard_cases"] = hc
    return doc


GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.9, 0.9, 0.9)
NAVY = Color(0.11, 0.2, 0.36)


def render_en_classic(path: Path, doc: dict):
    """Label: value header, ruled table with per-line VAT, plain numbers."""
    W, H = A4[0] / mm, A4[1] / mm
    c = new_canvas(path, A4[0], A4[1], "Invoice " + doc["invoice_number"])
    p = Page(c, H)
    y, m, d = doc["_date"]
    p.text(20, 22, doc["seller"]["name"], "Helvetica-Bold", 14)
    for i, a in enumerate(doc["_seller_addr"]):
        p.text(20, 28 + i * 4.5, a, "Helvetica", 9, color=GREY)
    p.text(20, 37, f"VAT No.: {doc['seller']['tax_id']}", "Helvetica", 9, color=GREY)
    p.text(190, 24, "INVOICE", "Helvetica-Bold", 22, "r")
    meta = [("Invoice No.:", doc["invoice_number"]), ("Invoice Date:", f"{d:02d}.{m:02d}.{y}"),
            ("Due Date:", f"{min(d + 14, 28):02d}.{m % 12 + 1:02d}.{y + (1 if m == 12 else 0)}"),
            ("Customer No.:", doc["_cust_no"])]
    if doc["po_number"]:
        meta.append(("PO Number:", doc["po_number"]))
    for i, (k, v) in enumerate(meta):
        p.text(128, 50 + i * 5.5, k, "Helvetica-Bold", 9.5)
        p.text(158, 50 + i * 5.5, v, "Helvetica", 9.5)
    p.text(20, 50, "Bill To:", "Helvetica-Bold", 9.5)
    p.text(20, 55.5, doc["buyer"]["name"], "Helvetica", 9.5)
    for i, a in enumerate(doc["_buyer_addr"]):
        p.text(20, 61 + i * 5, a, "Helvetica", 9.5)
    if doc["buyer"]["tax_id"]:
        p.text(20, 72, f"VAT No.: {doc['buyer']['tax_id']}", "Helvetica", 9.5)
    cols = [("Description", 20, "l"), ("Qty", 112, "r"), ("Unit Price", 136, "r"), ("VAT %", 151, "r"),
            ("VAT", 169, "r"), ("Amount", 190, "r")]
    t = 88
    p.rect(18, t, 174, 7, stroke=black, fill=LIGHT, lw=0.5)
    for h, x, al in cols:
        p.text(x, t + 4.9, h, "Helvetica-Bold", 9, al)
    t += 7
    for l, lab in zip(doc["_lines"], doc["lines"]):
        vals = [lab["description"], lab["quantity"], lab["unit_price"], dec_str(l["rate"]) + "%",
                lab["tax_amount"], lab["amount"]]
        for (h, x, al), v in zip(cols, vals):
            p.text(x, t + 4.9, v, "Helvetica", 9, al)
        t += 7
        p.line(18, t, 192, t, GREY, 0.4)
    for x in (18, 192):
        p.line(x, 88, x, t, black, 0.5)
    t += 8
    tot = [("Subtotal", doc["subtotal"]), ("VAT total", doc["tax_total"]), (f"Total due ({doc['currency']})", doc["total"])]
    for i, (k, v) in enumerate(tot):
        bold = i == 2
        p.text(160, t + i * 6, k, "Helvetica-Bold" if bold else "Helvetica", 10, "r")
        p.text(190, t + i * 6, v, "Helvetica-Bold" if bold else "Helvetica", 10, "r")
    p.line(130, t + 8.2, 192, t + 8.2, black, 0.6)
    p.text(20, 262, "Payment terms: 14 days net. Please quote the invoice number with your payment.", "Helvetica", 8.5, color=GREY)
    p.text(20, 267, f"IBAN: {doc['_iban']}   BIC: NRDLDEHHXXX", "Helvetica", 8.5, color=GREY)
    c.showPage()
    c.save()


def render_en_banded(path: Path, doc: dict):
    """Dark header band, From/To columns, 'Your order', totals with currency symbol and separators."""
    W, H = A4[0] / mm, A4[1] / mm
    credit = doc["doc_type"] == "credit_note"
    c = new_canvas(path, A4[0], A4[1], ("Credit note " if credit else "Invoice ") + doc["invoice_number"])
    p = Page(c, H)
    y, m, d = doc["_date"]
    sym = {"GBP": "£", "EUR": "€", "USD": "$"}[doc["currency"]]
    p.rect(0, 0, W, 30, fill=NAVY)
    p.text(20, 19, "CREDIT NOTE" if credit else "TAX INVOICE", "Helvetica-Bold", 20, color=white)
    p.text(190, 15, doc["seller"]["name"], "Helvetica-Bold", 11, "r", white)
    p.text(190, 21, doc["_seller_addr"][1], "Helvetica", 8.5, "r", white)
    p.text(20, 42, "From", "Helvetica-Bold", 9, color=GREY)
    p.text(20, 47.5, doc["seller"]["name"], "Helvetica", 9.5)
    for i, a in enumerate(doc["_seller_addr"]):
        p.text(20, 52.5 + i * 4.8, a, "Helvetica", 9)
    p.text(20, 62.5, f"VAT Reg No: {doc['seller']['tax_id']}", "Helvetica", 9)
    p.text(82, 42, "To", "Helvetica-Bold", 9, color=GREY)
    p.text(82, 47.5, doc["buyer"]["name"], "Helvetica", 9.5)
    for i, a in enumerate(doc["_buyer_addr"]):
        p.text(82, 52.5 + i * 4.8, a, "Helvetica", 9)
    if doc["buyer"]["tax_id"]:
        p.text(82, 62.5, f"VAT: {doc['buyer']['tax_id']}", "Helvetica", 9)
    meta = [("Credit note #" if credit else "Invoice #", doc["invoice_number"]), ("Date", f"{d} {MONTHS[m - 1]} {y}")]
    if credit:
        meta.append(("Relates to invoice", doc["_orig"]))
    if doc["po_number"]:
        meta.append(("Your order", doc["po_number"]))
    meta.append(("Account", doc["_cust_no"]))
    for i, (k, v) in enumerate(meta):
        p.text(145, 42 + i * 5.2, k, "Helvetica", 9, color=GREY)
        p.text(190, 42 + i * 5.2, v, "Helvetica-Bold", 9, "r")
    p.text(20, 76, f"All amounts in {doc['currency']}", "Helvetica-Oblique", 8.5, color=GREY)
    cols = [("Item", 20, "l"), ("Description", 36, "l"), ("Qty", 138, "r"), ("Unit price", 162, "r"), ("Net", 190, "r")]
    t = 80
    for h, x, al in cols:
        p.text(x, t + 4.5, h, "Helvetica-Bold", 9, al)
    p.line(20, t + 6.5, 190, t + 6.5, NAVY, 1.2)
    t += 6.5
    for i, (l, lab) in enumerate(zip(doc["_lines"], doc["lines"])):
        vals = [f"{i + 1:02d}", lab["description"], lab["quantity"], money_sep(l["unit_price"]), money_sep(l["amount"])]
        for (h, x, al), v in zip(cols, vals):
            p.text(x, t + 5, v, "Helvetica", 9, al)
        t += 7
    p.line(20, t + 1, 190, t + 1, GREY, 0.4)
    t += 9
    rate = dec_str(doc["_rate"])

    def cur(v: str) -> str:
        x = D(v)
        return ("-" if x < 0 else "") + sym + money_sep(abs(x))

    tot = [("Net total", cur(doc["subtotal"])), (f"VAT @ {rate}%", cur(doc["tax_total"])),
           ("Credit total" if credit else "Total due", cur(doc["total"]))]
    for i, (k, v) in enumerate(tot):
        bold = i == 2
        p.text(150, t + i * 6.2, k, "Helvetica-Bold" if bold else "Helvetica", 10, "l")
        p.text(190, t + i * 6.2, v, "Helvetica-Bold" if bold else "Helvetica", 10, "r")
    p.rect(147, t + 8.5, 45, 7.5, stroke=NAVY, lw=0.8)
    p.text(20, 268, "Thank you for your business. Payment by bank transfer within 30 days.", "Helvetica", 8.5, color=GREY)
    p.text(20, 273, f"Company registered in England & Wales. Account: {doc['_iban']}", "Helvetica", 8.5, color=GREY)
    c.showPage()
    c.save()


def render_en_boxed(path: Path, doc: dict):
    """US letter, boxed meta table, Sold to / Ship to, fully ruled item grid, US date."""
    W, H = letter[0] / mm, letter[1] / mm
    c = new_canvas(path, letter[0], letter[1], "Invoice " + doc["invoice_number"])
    p = Page(c, H)
    y, m, d = doc["_date"]
    sym = {"GBP": "£", "EUR": "€", "USD": "$"}[doc["currency"]]
    p.rect(18, 14, 16, 16, stroke=NAVY, fill=LIGHT, lw=1)
    p.text(26, 24, doc["seller"]["name"][0], "Helvetica-Bold", 16, "c", NAVY)
    p.text(38, 19, doc["seller"]["name"], "Helvetica-Bold", 12)
    p.text(38, 24, ", ".join(doc["_seller_addr"]), "Helvetica", 8.5, color=GREY)
    p.text(38, 28.5, f"VAT ID {doc['seller']['tax_id']}", "Helvetica", 8.5, color=GREY)
    p.text(198, 22, "Invoice", "Helvetica-Bold", 24, "r", NAVY)
    meta = [("Invoice number", doc["invoice_number"]), ("Invoice date", f"{m:02d}/{d:02d}/{y}"),
            ("Customer PO", doc["po_number"] or "-"), ("Terms", "Net 30")]
    t = 38
    for i, (k, v) in enumerate(meta):
        p.rect(128, t + i * 6.5, 35, 6.5, stroke=GREY, fill=LIGHT, lw=0.4)
        p.rect(163, t + i * 6.5, 35, 6.5, stroke=GREY, lw=0.4)
        p.text(130, t + i * 6.5 + 4.5, k, "Helvetica-Bold", 8.5)
        p.text(196, t + i * 6.5 + 4.5, v, "Helvetica", 8.5, "r")
    p.text(18, 42, "Sold to", "Helvetica-Bold", 9.5, color=NAVY)
    p.text(18, 47.5, doc["buyer"]["name"], "Helvetica", 9.5)
    for i, a in enumerate(doc["_buyer_addr"]):
        p.text(18, 52.5 + i * 4.8, a, "Helvetica", 9)
    if doc["buyer"]["tax_id"]:
        p.text(18, 62.5, f"VAT ID {doc['buyer']['tax_id']}", "Helvetica", 9)
    p.text(75, 42, "Ship to", "Helvetica-Bold", 9.5, color=NAVY)
    p.text(75, 47.5, "Receiving dock 3", "Helvetica", 9.5)
    p.text(75, 52.5, doc["_buyer_addr"][1], "Helvetica", 9)
    xs = [18, 118, 138, 166, 198]
    heads = ["Description", "Qty", "Unit price", "Amount"]
    t = 74
    p.rect(18, t, 180, 7, stroke=black, fill=NAVY, lw=0.5)
    for i, h in enumerate(heads):
        if i == 0:
            p.text(xs[0] + 2, t + 4.8, h, "Helvetica-Bold", 9, "l", white)
        else:
            p.text(xs[i + 1] - 2, t + 4.8, h, "Helvetica-Bold", 9, "r", white)
    top = t
    t += 7
    for l, lab in zip(doc["_lines"], doc["lines"]):
        vals = [lab["description"], lab["quantity"], money_sep(l["unit_price"]), money_sep(l["amount"])]
        for i, v in enumerate(vals):
            if i == 0:
                p.text(xs[0] + 2, t + 4.8, v, "Helvetica", 8.8, "l")
            else:
                p.text(xs[i + 1] - 2, t + 4.8, v, "Helvetica", 8.8, "r")
        t += 7
        p.line(18, t, 198, t, black, 0.4)
    for x in xs:
        p.line(x, top, x, t, black, 0.5)
    t += 4
    rate = dec_str(doc["_rate"])
    tot = [("Subtotal", doc["subtotal"]), (f"VAT ({rate}%)", doc["tax_total"]),
           (f"Balance due {doc['currency']}", doc["total"])]
    for i, (k, v) in enumerate(tot):
        p.rect(138, t + i * 6.5, 28, 6.5, stroke=black, fill=LIGHT if i < 2 else None, lw=0.4)
        p.rect(166, t + i * 6.5, 32, 6.5, stroke=black, lw=0.4)
        p.text(140, t + i * 6.5 + 4.6, k, "Helvetica-Bold", 8.8)
        p.text(196, t + i * 6.5 + 4.6, sym + money_sep(D(v)), "Helvetica-Bold" if i == 2 else "Helvetica", 8.8, "r")
    if doc["_rate"] == 0:
        p.text(18, t + 26, "VAT: 0% - export of services to a customer outside the EU.", "Helvetica-Oblique", 8.5, color=GREY)
    p.text(18, 250, "Please remit payment to the account below. Reference the invoice number.", "Helvetica", 8.5, color=GREY)
    p.text(18, 255, f"Account {doc['_iban']}", "Helvetica", 8.5, color=GREY)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# split plans
# --------------------------------------------------------------------------
DEV_PLAN = [
    dict(layout="cn_sd_normal", groups=["g13", "g13"]),
    dict(layout="cn_sd_normal", groups=["z6"], zheng=True, allow_big=True),
    dict(layout="cn_sd_special", groups=["g13", "g9", "g13"], allow_big=True),
    dict(layout="cn_old_normal", groups=["g13", "g13"], discount_after=[0]),
    dict(layout="cn_old_normal", groups=["ex", "g9"], allow_big=True),
    dict(layout="cn_old_special", groups=["big13", "g13"], wan=True),
    dict(layout="cn_sd_special", groups=["yi9"], yi=True),
    dict(layout="cn_old_normal", groups=["g13", "g13"], red=True),
    dict(layout="cn_sd_normal", groups=["long6", "s6"], allow_big=True),
    dict(layout="cn_sd_normal", groups=["g13"] * 9 + ["g9", "g9"], allow_big=True),
    dict(layout="cn_old_normal", groups=["r1", "r1"], allow_big=True),
    dict(layout="cn_sd_normal", groups=["s6n", "s6n"], individual=True),
    dict(layout="cn_old_special", groups=["g13", "fuel", "g13", "g13"], allow_big=True),
    dict(layout="en_classic", n=3),
    dict(layout="en_banded", n=2),
    dict(layout="en_boxed", n=3),
]

TEST_PLAN = [
    dict(layout="cn_sd_normal", groups=["long6", "long6", "s6"], allow_big=True),
    dict(layout="cn_sd_special", groups=["g13"] * 8 + ["long13", "g9", "g9"], discount_after=[2], allow_big=True),
    dict(layout="cn_old_normal", groups=["ex", "ex", "g9", "g13"], allow_big=True),
    dict(layout="cn_old_special", groups=["g13", "g13", "g13"], red=True, allow_big=True),
    dict(layout="cn_sd_normal", groups=["s6"], red=True, allow_big=True),
    dict(layout="cn_sd_special", groups=["yi9"], yi=True, force_amount="100000000.00"),
    dict(layout="cn_sd_normal", groups=["r0", "s6"], allow_big=True),
    dict(layout="cn_old_normal", groups=["r3", "r3"], allow_big=True),
    dict(layout="cn_sd_normal", groups=["g13"] * 12 + ["g9"] * 3 + ["g13"] * 6, discount_after=[4, 15],
         page_split=12, allow_big=True),
    dict(layout="cn_old_normal", groups=["g13", "g13"], discount_after=[0, 1], allow_big=True),
    dict(layout="cn_sd_special", groups=["verylong6", "long13"], wan=True),
    dict(layout="cn_sd_normal", groups=["z9", "z9"], zheng=True, allow_big=True),
    dict(layout="cn_old_special", groups=["big13", "big13", "g13", "g13", "g13"], wan=True),
    dict(layout="cn_sd_normal", groups=["ex", "ex", "ex", "g9"], allow_big=True),
    dict(layout="cn_sd_special", groups=["r1", "r1", "long13"], allow_big=True),
    dict(layout="cn_old_normal", groups=["fuel"], individual=True),
    dict(layout="cn_sd_normal", groups=["s6n"], max_total=900),
    dict(layout="cn_sd_special", groups=["g13", "big13"], red=True, allow_big=True),
    dict(layout="cn_old_normal", groups=["g13", "g9", "s6", "long13", "g13", "s6n"], allow_big=True),
    dict(layout="en_classic", n=3, mixed_rates=True),
    dict(layout="en_classic", n=5),
    dict(layout="en_banded", n=4),
    dict(layout="en_banded", n=2, credit=True),
    dict(layout="en_boxed", n=4, no_po=True, export=True),
]

RENDER = {"cn_old_normal": render_cn_old, "cn_old_special": render_cn_old,
          "cn_sd_normal": render_cn_sd, "cn_sd_special": render_cn_sd,
          "en_classic": render_en_classic, "en_banded": render_en_banded, "en_boxed": render_en_boxed}

LABEL_KEYS = ["file", "kind", "layout", "doc_type", "invoice_code", "invoice_number", "issue_date", "currency",
              "buyer", "seller", "po_number", "lines", "subtotal", "tax_total", "total", "total_in_words",
              "hard_cases"]


def build_split(name: str, seed: int, plan: list) -> list[dict]:
    out = HERE / name
    out.mkdir(parents=True, exist_ok=True)
    for f in out.glob("*.pdf"):
        f.unlink()
    rng = random.Random(seed)
    used: set = set()
    labels, n_cn, n_en = [], 0, 0
    for spec in plan:
        if spec["layout"].startswith("cn_"):
            n_cn += 1
            fname = f"cn-{n_cn:03d}.pdf"
            doc, ex = build_cn(rng, spec, used)
            RENDER[doc["layout"]](out / fname, doc, ex)
        else:
            n_en += 1
            fname = f"en-{n_en:03d}.pdf"
            doc = build_en(rng, spec)
            RENDER[doc["layout"]](out / fname, doc)
        doc["file"] = fname
        labels.append({k: doc[k] for k in LABEL_KEYS})
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return labels


# --------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------
def check_labels(labels: list[dict]) -> list[str]:
    errs = []
    for lab in labels:
        f = lab["file"]
        amounts = [D(l["amount"]) for l in lab["lines"]]
        for l in lab["lines"]:
            if l["quantity"] is not None and l["unit_price"] is not None:
                if q2(D(l["quantity"]) * D(l["unit_price"])) != D(l["amount"]):
                    errs.append(f"{f}: qty*price != amount in {l}")
            if l["tax_amount"] is not None and q2(D(l["amount"]) * D(l["tax_rate"])) != D(l["tax_amount"]):
                errs.append(f"{f}: amount*rate != tax in {l}")
            if "\n" in l["description"]:
                errs.append(f"{f}: newline in description")
        if sum(amounts, D(0)) != D(lab["subtotal"]):
            errs.append(f"{f}: subtotal")
        taxes = [l["tax_amount"] for l in lab["lines"]]
        if all(t is not None for t in taxes):
            if sum((D(t) for t in taxes), D(0)) != D(lab["tax_total"]):
                errs.append(f"{f}: tax_total")
        else:
            rates = {l["tax_rate"] for l in lab["lines"]}
            if len(rates) != 1 or q2(D(lab["subtotal"]) * D(rates.pop())) != D(lab["tax_total"]):
                errs.append(f"{f}: invoice-level tax")
        if D(lab["subtotal"]) + D(lab["tax_total"]) != D(lab["total"]):
            errs.append(f"{f}: total")
        if lab["kind"] == "cn_vat":
            if cn_upper(D(lab["total"])) != lab["total_in_words"]:
                errs.append(f"{f}: words")
            for party in ("buyer", "seller"):
                tid = lab[party]["tax_id"]
                if tid is not None and not valid_uscc(tid):
                    errs.append(f"{f}: invalid USCC {tid}")
            if lab["layout"].startswith("cn_old"):
                if not (lab["invoice_code"] and len(lab["invoice_code"]) == 12 and len(lab["invoice_number"]) == 8):
                    errs.append(f"{f}: old code/number shape")
            elif lab["invoice_code"] is not None or len(lab["invoice_number"]) != 20:
                errs.append(f"{f}: 数电 number shape")
        neg = D(lab["total"]) < 0
        if neg != (lab["doc_type"] == "credit_note"):
            errs.append(f"{f}: sign vs doc_type")
    return errs


def verify(splits: dict) -> list[str]:
    import pdfplumber

    errs = []
    for name, labels in splits.items():
        errs += check_labels(labels)
        for lab in labels:
            path = HERE / name / lab["file"]
            with pdfplumber.open(path) as pdf:
                text = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
            if lab["invoice_number"] not in text:
                errs.append(f"{name}/{lab['file']}: invoice number not in extracted text")
            if lab["kind"] == "cn_vat":
                if TITLES[lab["layout"]] not in text:
                    errs.append(f"{name}/{lab['file']}: title not in extracted text")
                if lab["total_in_words"] not in text:
                    errs.append(f"{name}/{lab['file']}: words not in extracted text")
                if lab["invoice_code"] and lab["invoice_code"] not in text:
                    errs.append(f"{name}/{lab['file']}: code not in extracted text")
            squashed = text.replace(" ", "").replace("\n", "")
            cols = SD_COLS if lab["layout"].startswith("cn_sd") else OLD_COLS
            for l in lab["lines"]:
                desc = l["description"].replace(" ", "")
                if lab["kind"] == "cn_vat":  # wrapped names: every printed segment must be extractable
                    segs = wrap(l["description"], CN, NAME_SIZE, cols[0][2] - cols[0][1] - 2.5)
                else:
                    segs = [desc]
                if not all(seg.replace(" ", "") in squashed for seg in segs):
                    errs.append(f"{name}/{lab['file']}: description not found: {l['description']}")
    return errs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-verify", action="store_true")
    args = ap.parse_args(argv)
    splits = {"dev": build_split("dev", 1, DEV_PLAN), "test": build_split("test", 2, TEST_PLAN)}
    for name, labels in splits.items():
        size = sum((HERE / name / l["file"]).stat().st_size for l in labels)
        kinds = {}
        for l in labels:
            kinds[l["kind"]] = kinds.get(l["kind"], 0) + 1
        print(f"{name}: {len(labels)} documents {kinds}, {size / 1024:.0f} KiB of PDF")
    if not args.no_verify:
        errs = verify(splits)
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        if errs:
            return 1
        print("verification passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
