#!/usr/bin/env python3
"""bench/make_bodies.py — a platform of many bodies, each with an annual report for every year (issue 19).

    bench/make_bodies.py OUT [--bodies 200] [--years 10] [--last-year 2025] [--seed 42]

Writes a whole gksite site into OUT (site.yaml with a `bodies:` list, content/, and this repository's theme):
one 人民政府办公室 (the central column xxgk/zfxxgkzl with its left menu), departments under
xxgk/zfxxgkzl/bmzfxxgk/dNNN and towns under xxgk/zfxxgkzl/zjdgk/tNNN (about three departments to every two
towns), each with an index page, a 年度报告 column and one report per year: `index.md` (sections 一、五、六 with
the body's name, a 索引号 in the body's own prefix, published before its deadline) and `data.yaml` (the
statistical tables of the year's national format: 2019 up to 2020, 2021 from then on).

The tables are drawn at random but keep every rule: rows and columns add up (R1–R4), each year's 上年结转
is the year before's 结转下年度 (R5) and the 现行有效件数 run on from year to year (R6), so a build reports no
error. The same arguments give a byte-identical site. Python 3 standard library only.
"""
import argparse
import os
import random
import shutil

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# 申请人: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 (then 总计)
APPLICANTS = 6
# The outcome rows of table 三 (both formats), as (group or None, row); the 2019 format has one 其他处理 row.
OUTCOMES_2021 = [
    (None, "予以公开"), (None, "部分公开"),
    ("不予公开", "属于国家秘密"), ("不予公开", "其他法律行政法规禁止公开"), ("不予公开", "危及三安全一稳定"),
    ("不予公开", "保护第三方合法权益"), ("不予公开", "属于三类内部事务信息"), ("不予公开", "属于四类过程性信息"),
    ("不予公开", "属于行政执法案卷"), ("不予公开", "属于行政查询事项"),
    ("无法提供", "本机关不掌握相关政府信息"), ("无法提供", "没有现成信息需要另行制作"),
    ("无法提供", "补正后申请内容仍不明确"),
    ("不予处理", "信访举报投诉类申请"), ("不予处理", "重复申请"), ("不予处理", "要求提供公开出版物"),
    ("不予处理", "无正当理由大量反复申请"), ("不予处理", "要求行政机关确认或重新出具已获取信息"),
    ("其他处理", "申请人无正当理由逾期不补正"), ("其他处理", "申请人逾期未按收费通知要求缴纳费用"),
    ("其他处理", "其他"),
]
OUTCOMES_2019 = OUTCOMES_2021[:18] + [(None, "其他处理")]
# Where most applications end: 予以公开, 部分公开, 本机关不掌握相关政府信息, 重复申请, the last 其他 row.
LIKELY = {"予以公开": 8, "部分公开": 2, "本机关不掌握相关政府信息": 3, "重复申请": 1}
REVIEWS = ["行政复议", "未经复议直接起诉", "复议后起诉"]

TOWN_NAMES = "安海 东石 磁灶 陈埭 内坑 紫帽 西滨 永和 英林 金井 龙湖 深沪 灵源 新塘 西园 罗山 梅岭 青阳".split()
DEPT_NAMES = ("发展和改革局 教育局 科学技术局 工业和信息化局 民政局 司法局 财政局 人力资源和社会保障局 自然资源局 "
              "生态环境局 住房和城乡建设局 交通运输局 水利局 农业农村局 商务局 文化体育和旅游局 卫生健康委员会 "
              "退役军人事务局 应急管理局 审计局 市场监督管理局 统计局 医疗保障局 信访局 城市管理局").split()

SITE_YAML = """site:
  name: 基准测试站点
  title: 某市人民政府
  organisation: 某市人民政府办公室
  base_url: http://www.example.gov.cn/
  body_type: government
footer:
  host: 某市人民政府办公室
  site_code: "0000000000"
  icp: 测ICP备00000000号
  police: 测公网安备00000000000000号
nav:
  - {label: 首页, url: /}
  - {label: 政府信息公开专栏, url: /xxgk/zfxxgkzl/}
  - {label: 年度报告, url: /xxgk/zfxxgkzl/ndbg/}
catalogue:
  index_no_pattern: '^[A-Z]{2}\\d{5}-\\d{4}-\\d{4}-\\d{5}$'
"""


def bodies(n):
    """(id, name, kind, folder, code) of n bodies: the government first, then departments and towns."""
    out = [("zfb", "某市人民政府办公室", "government", "xxgk/zfxxgkzl", "QZ10001")]
    for i in range(1, n):
        if i % 5 in (1, 3, 4):
            stem = DEPT_NAMES[(i // 5 * 3 + (i % 5)) % len(DEPT_NAMES)]
            out.append((f"d{i:03d}", f"某市{stem}（{i}）", "department", f"xxgk/zfxxgkzl/bmzfxxgk/d{i:03d}",
                        f"QZ3{i:04d}"))
        else:
            stem = TOWN_NAMES[i % len(TOWN_NAMES)]
            out.append((f"t{i:03d}", f"某市{stem}镇人民政府（{i}）", "town", f"xxgk/zfxxgkzl/zjdgk/t{i:03d}",
                        f"QZ5{i:04d}"))
    return out


def write_file(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def row(values):
    return "[" + ", ".join(str(v) for v in values + [sum(values)]) + "]"


class Ledger:
    """What one body carries from one year to the next: applications still open and documents in force."""

    def __init__(self):
        self.carry = [0] * APPLICANTS
        self.rules_in_force = 0
        self.docs_in_force = 0
        self.items = {}


def applications(rng, ledger, outcomes):
    """Table 三 for one year: new applications, last year's carried ones, every outcome row, what carries on."""
    new = [rng.choice([0, 0, 1, 2, 3, 5, 8, 13]) if j == 0 else rng.choice([0, 0, 0, 0, 1, 2]) for j in
           range(APPLICANTS)]
    carried = ledger.carry
    rows = {label: [0] * APPLICANTS for _, label in outcomes}
    carry_out = [0] * APPLICANTS
    weights = [LIKELY.get(label, 0.05) for _, label in outcomes]
    for j in range(APPLICANTS):
        total = new[j] + carried[j]
        carry_out[j] = rng.randint(0, min(total, 2)) if total else 0
        for _ in range(total - carry_out[j]):
            _, label = rng.choices(outcomes, weights)[0]
            rows[label][j] += 1
    lines = ["依申请公开:", f"  本年新收: {row(new)}", f"  上年结转: {row(carried)}", "  办理结果:"]
    group = None
    for g, label in outcomes:
        if g is None:
            lines.append(f"    {label}: {row(rows[label])}")
            group = None
            continue
        if g != group:
            lines.append(f"    {g}:")
            group = g
        lines.append(f"      {label}: {row(rows[label])}")
    handled = [sum(rows[label][j] for _, label in outcomes) for j in range(APPLICANTS)]
    lines += [f"    总计: {row(handled)}", f"  结转下年度: {row(carry_out)}"]
    ledger.carry = carry_out
    return lines, sum(new)


def disclosure(rng, ledger, year):
    """Table 二 of the year's format, with the documents in force running on from the year before."""
    if year >= 2021:
        made, repealed = rng.randint(0, 3), 0
        repealed = rng.randint(0, min(1, ledger.docs_in_force + made))
        ledger.docs_in_force += made - repealed
        return ["主动公开:",
                "  规章:           {本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0}",
                f"  行政规范性文件: {{本年制发件数: {made}, 本年废止件数: {repealed}, "
                f"现行有效件数: {ledger.docs_in_force}}}",
                f"  行政许可:       {{本年处理决定数量: {rng.randint(0, 900)}}}",
                f"  行政处罚:       {{本年处理决定数量: {rng.randint(0, 300)}}}",
                f"  行政强制:       {{本年处理决定数量: {rng.randint(0, 20)}}}",
                f"  行政事业性收费: {{本年收费金额: {rng.randint(0, 500)}}}"]
    made = rng.randint(0, 3)
    ledger.docs_in_force += made
    lines = ["主动公开:",
             "  规章:                 {本年新制作数量: 0, 本年新公开数量: 0, 对外公开总数量: 0}",
             f"  规范性文件:           {{本年新制作数量: {made}, 本年新公开数量: {made}, "
             f"对外公开总数量: {ledger.docs_in_force}}}"]
    for item in ("行政许可", "其他对外管理服务事项", "行政处罚", "行政强制"):
        before = ledger.items.get(item, rng.randint(5, 60))
        change = rng.randint(-2, 3) if before > 2 else rng.randint(0, 3)
        ledger.items[item] = before + change
        lines.append(f"  {item}: {{上一年项目数量: {before}, 本年增/减: {change}, 处理决定数量: {rng.randint(0, 900)}}}")
    before = ledger.items.get("收费", rng.randint(0, 6))
    ledger.items["收费"] = before
    lines.append(f"  行政事业性收费: {{上一年项目数量: {before}, 本年增/减: 0}}")
    lines.append(f"  政府集中采购: {{采购项目数量: {rng.randint(0, 12)}, 采购总金额: {rng.randint(0, 900)}}}")
    return lines


def reviews(rng):
    lines = ["复议诉讼:"]
    for name in REVIEWS:
        v = [rng.choice([0, 0, 0, 0, 1]) for _ in range(4)]
        lines.append(f"  {name}: {{结果维持: {v[0]}, 结果纠正: {v[1]}, 其他结果: {v[2]}, 尚未审结: {v[3]}, "
                     f"总计: {sum(v)}}}")
    return lines


def report(rng, body, year, ledger, serial):
    """index.md and data.yaml of one body's report for one year."""
    bid, name, kind, folder, code = body
    outcomes = OUTCOMES_2019 if year <= 2020 else OUTCOMES_2021
    fmt = "2019" if year <= 2020 else "2021"
    table, received = applications(rng, ledger, outcomes)
    data = "\n".join([f"年度: {year}", f"格式: {fmt}", ""] + disclosure(rng, ledger, year) + [""] + table + [""]
                     + reviews(rng)) + "\n"
    day = rng.randint(10, 28)
    index_no = f"{code}-2510-{year + 1}-{serial:05d}"
    received_text = "收到" if received else "未收到"
    text = f"""---
title: {name}{year}年政府信息公开工作年度报告
layout: report
year: {year}
发布机构: {name}
索引号: {index_no}
成文日期: {year + 1}-01-{day - 1:02d}
发布日期: {year + 1}-01-{day:02d}
---

本报告根据《中华人民共和国政府信息公开条例》和本省有关规定编制，所列数据统计期限自 {year} 年 1 月 1 日至 {year} 年 12 月 31 日。

## 一、总体情况 {{#s1}}

{year} 年，{name}依法做好政府信息公开工作，在门户网站本单位栏目中公开工作动态、政策文件和办事指南，全年{received_text}政府信息公开申请，按规定办理。

## 五、存在的主要问题及改进情况 {{#s5}}

政策解读的形式还不够丰富，信息发布的及时性有待提高。下一年度将加强信息发布审核，按时更新本单位的政府信息公开目录。

## 六、其他需要报告的事项 {{#s6}}

本年度{name}无收取信息处理费情况。
"""
    return text, data


def write(out, n_bodies, years, last_year, seed):
    rng = random.Random(seed)
    all_bodies = bodies(n_bodies)
    if os.path.exists(out):
        shutil.rmtree(out)
    yaml = [SITE_YAML, "bodies:"]
    for bid, name, kind, folder, code in all_bodies:
        yaml += [f"  - id: {bid}", f"    name: {name}", f"    kind: {kind}", f"    folder: {folder}",
                 f"    index_prefix: {code}-2510"]
    write_file(os.path.join(out, "site.yaml"), "\n".join(yaml) + "\n")
    shutil.copytree(os.path.join(REPO, "themes", "portal"), os.path.join(out, "themes", "portal"))
    content = os.path.join(out, "content")
    write_file(os.path.join(content, "index.md"), "---\ntitle: 首页\n---\n\n基准测试站点。\n")
    write_file(os.path.join(content, "xxgk/index.md"), "---\ntitle: 信息公开\n---\n")
    central = "xxgk/zfxxgkzl"
    menu = ["title: 政府信息公开", "items:", "  - {label: 政府信息公开年度报告, url: /xxgk/zfxxgkzl/ndbg/}",
            "  - {label: 部门政府信息公开, url: /xxgk/zfxxgkzl/bmzfxxgk/}",
            "  - {label: 镇街道政府信息公开, url: /xxgk/zfxxgkzl/zjdgk/}"]
    write_file(os.path.join(content, central, "menu.yaml"), "\n".join(menu) + "\n")
    write_file(os.path.join(content, central, "index.md"), "---\ntitle: 政府信息公开专栏\n---\n")
    write_file(os.path.join(content, central, "bmzfxxgk/index.md"), "---\ntitle: 部门政府信息公开\n---\n")
    write_file(os.path.join(content, central, "zjdgk/index.md"), "---\ntitle: 镇街道政府信息公开\n---\n")
    for body in all_bodies:
        bid, name, kind, folder, code = body
        if folder != central:
            write_file(os.path.join(content, folder, "index.md"), f"---\ntitle: {name}\n---\n\n{name}政府信息公开。\n")
        write_file(os.path.join(content, folder, "ndbg/index.md"),
                   f"---\ntitle: {name}政府信息公开年度报告\nlayout: reports\n---\n\n{name}每年公开上一年度的政府信息公开工作年度报告。\n")
        ledger = Ledger()
        for k, year in enumerate(range(last_year - years + 1, last_year + 1)):
            text, data = report(rng, body, year, ledger, k + 1)
            write_file(os.path.join(content, folder, "ndbg", str(year), "index.md"), text)
            write_file(os.path.join(content, folder, "ndbg", str(year), "data.yaml"), data)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--bodies", type=int, default=200)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--last-year", type=int, default=2025)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    write(a.out, a.bodies, a.years, a.last_year, a.seed)


if __name__ == "__main__":
    main()
