#!/usr/bin/env python3
"""bench/make_corpus.py — the benchmarks' synthetic corpus: N pages of Chinese government prose.

    bench/make_corpus.py N OUT [--seed 42] [--flavor gksite|hugo]
    bench/make_corpus.py --self-test [--pages 200]

Every page has about 1,500 Chinese characters of 政务公开 prose, four `##` headings with explicit ids
({#s1} … {#s4}, the attribute syntax flexmark, Hugo's goldmark, Pandoc and kramdown share), an ordered list
of five items, a table of five rows, three links to other pages of the corpus and one link to a heading of
another page. The pages are spread at random over ten category folders and numbered t00000, t00001, … across
the whole corpus. Every link is valid: a checker run over the output must find nothing.

- `--flavor gksite`: content/ only (what `gksite build` reads besides site.yaml and the theme, which
  bench/common.py adds): a section page content/<cat>/index.md per folder, links to /<cat>/tNNNNN.html,
  front matter title and date.
- `--flavor hugo`: a whole Hugo project: hugo.toml, data/site.yaml, layouts/ (header, navigation,
  breadcrumb, metadata table, previous/next, section lists paginated by 20, a home page listing every
  section), static/css/, content/<cat>/_index.md, pretty URLs (/<cat>/tNNNNN/), and the index number and
  category in the front matter, which the Hugo templates show.

Both flavors come from one plan drawn before anything is written (`plan`), so they hold the same page bodies
and the same link graph whatever the flavor; only the form of a link's address differs. The same N, seed and
flavor give a byte-identical corpus. Python 3 standard library only.

`--self-test` writes both flavors of a small corpus into a temporary folder and checks them: determinism,
each page's shape, the same bodies and link graph in both flavors, a `gksite build` of the gksite flavor
with zero errors and zero check findings, and (when hugo is installed) a Hugo build of the Hugo flavor in
which every link's page and heading exist. Exit code 0 when all hold, 1 otherwise.
"""
import argparse
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass

# The category folders. tzgg and zcwj are in the navigation of bench/common.py's site.yaml.
SECTIONS = [
    ("tzgg", "通知公告"), ("zcwj", "政策文件"), ("zcjd", "政策解读"), ("gzdt", "工作动态"),
    ("rsxx", "人事信息"), ("czxx", "财政信息"), ("ghxx", "规划信息"), ("tjsj", "统计数据"),
    ("jyta", "建议提案办理"), ("zdxm", "重点项目"),
]

TOPICS = [
    "政务公开", "营商环境优化", "乡村振兴", "城市更新", "大气污染防治", "安全生产", "稳岗就业",
    "居家养老服务", "学前教育普及", "数字政府建设", "老旧小区改造", "食品安全监管", "农村人居环境整治",
    "基层医疗卫生服务", "科技创新", "财政预决算公开", "公共资源交易", "防汛防台风", "为民办实事",
    "河湖长制",
]
AGENCIES = [
    "市发展和改革局", "市财政局", "市教育局", "市民政局", "市人力资源和社会保障局", "市自然资源局",
    "市生态环境局", "市住房和城乡建设局", "市交通运输局", "市农业农村局", "市卫生健康局",
    "市市场监督管理局", "市统计局", "市数据管理局",
]
PLACES = ["全市", "各镇（街道）", "市直各单位", "经济开发区", "高新技术产业园区", "各村（社区）", "中心城区"]

TITLES = [
    "{agency}关于开展{topic}专项行动的通知",
    "关于印发《{year}年{topic}工作要点》的通知",
    "{agency}关于{topic}有关事项的公告",
    "《{topic}三年行动方案（{year}—{year3}年）》政策解读",
    "{agency}{year}年{topic}工作情况报告",
    "{year}年度{topic}专项资金安排情况公示",
    "{agency}召开{topic}工作推进会",
    "关于{year}年第{quarter}季度{topic}情况的通报",
    "关于征求《{topic}管理办法（征求意见稿）》意见的公告",
    "对市人大{congress}届{sitting}次会议第{motion}号建议的答复",
]

# A paragraph is two sentences of three lists: an opening and a measure, a measure and a result, or an
# opening and a result (about 100 Chinese characters). A page deals each list like a shuffled deck, so that
# it uses most sentences once before any twice: a page's vocabulary (which sizes the search index) is then
# about as rich as a real document's, not a few sentences repeated.
OPENINGS = [
    "{year}年，{place}围绕{topic}这一重点工作，坚持统筹谋划、分步实施，推动各项任务有序开展。",
    "根据上级有关部署，{agency}结合{place}实际，对{topic}工作作出具体安排，明确了时间节点和责任分工。",
    "{topic}事关群众切身利益，是{place}今年着力推进的民生重点之一，社会各界普遍关注。",
    "为进一步规范{topic}工作、提升管理服务水平，经研究决定在{place}范围内开展专项行动。",
    "近年来，{place}在{topic}方面持续用力，基础不断夯实，短板逐步补齐，群众获得感明显增强。",
    "按照年度工作要点，{agency}将{topic}列入重点督办事项，实行清单化管理、项目化推进。",
    "对标先进地区经验做法，{place}把{topic}作为改革攻坚的突破口，集中力量抓好落实。",
    "{agency}牵头组织开展{topic}情况调研，深入基层摸清底数，找准制约发展的症结所在。",
    "{topic}工作开展以来，{place}坚持问题导向，先易后难、以点带面，逐步形成了一套行之有效的工作机制。",
    "受上级委托，{agency}对{place}{year}年{topic}落实情况进行了全面自查，现将有关情况报告如下。",
    "针对去年审计指出和群众信访反映的突出矛盾，{place}梳理形成整改台账，逐条销号、举一反三。",
]
MEASURES = [
    "一方面强化部门协同，建立定期会商机制，及时研究解决跨部门、跨层级的难点问题；另一方面压实属地责任，层层分解任务。",
    "全年共安排资金{money}亿元，实施项目{count}个，带动社会投资{money2}亿元，资金拨付和使用情况按季度公开。",
    "依托一体化政务服务平台，推动{count}个事项实现网上办理，平均办理时间缩短{percent}%，企业和群众少跑腿。",
    "组织开展业务培训{small}场次，培训基层工作人员{people}人次，业务骨干队伍的政策水平和服务能力进一步提升。",
    "通过座谈走访、网上征询、问卷调查等方式收集意见建议{count}条，逐条研究吸纳并及时向提出人反馈办理结果。",
    "开展专项检查{small}轮，检查各类单位{count}家，发现并督促整改问题{small2}个，对整改情况实行跟踪复查。",
    "健全信息发布机制，第一时间在门户网站和政务新媒体发布政策文件、办事指南和工作进展，主动接受社会监督。",
    "完善考核评价办法，将工作成效纳入年度绩效考核，考核结果作为评先评优和资金分配的重要依据。",
    "选取{small}个村（社区）先行试点，试点经验经评估后在面上推广，做到成熟一批、推开一批。",
    "引入第三方机构开展评估，围绕群众满意度、任务完成率和资金绩效等维度形成评估报告，作为改进工作的参考。",
    "聘请律师、会计师等专业人员组成顾问团，对合同签订、招投标、验收结算等关键环节全程把关。",
]
RESULTS = [
    "截至{month}月底，年度目标任务已完成{percent}%，群众满意度达到{percent2}%。",
    "下一步，将持续跟踪问效、巩固工作成果，推动{topic}工作再上新台阶。",
    "各单位要高度重视，明确专人负责，确保各项措施落到实处、取得实效。",
    "对工作不力、进度滞后的单位，将予以通报并约谈其主要负责人。",
    "目前仍存在区域进展不平衡、基层专业力量偏弱等问题，需在今后工作中着力解决。",
    "有关情况将适时向社会公布，欢迎广大群众监督并提出意见建议。",
    "从运行情况看，主要指标平稳向好，地区生产总值同比增长{growth}%，就业形势保持稳定。",
    "本文件自印发之日起施行，有效期{years}年，由{agency}负责解释。",
    "执行中遇到的新情况、新问题，请及时向{agency}反映。",
    "相关数据为初步统计，最终以统计部门年报数据为准。",
    "如有疑问，可在工作日拨打咨询电话或登录门户网站“政民互动”栏目留言。",
]
TASKS = [
    "压实工作责任，主要负责同志亲自抓、负总责，分管同志具体抓。",
    "细化任务清单，逐项明确牵头单位、配合单位和完成时限。",
    "每月{day}日前报送上月工作进展情况，遇有重大事项随时报告。",
    "加强经费保障，将所需工作经费列入本级年度预算。",
    "建立工作台账，实行动态管理、对账销号、跟踪问效。",
    "强化督查问效，定期通报各单位工作进展和存在问题。",
    "及时总结经验做法，形成一批可复制可推广的成果。",
    "畅通意见反映渠道，及时回应群众关切和社会热点。",
]
HEADINGS = [
    ["一、总体要求", "一、基本情况", "一、工作目标", "一、背景依据"],
    ["二、重点任务", "二、主要做法", "二、工作内容", "二、实施步骤"],
    ["三、数据情况", "三、资金使用", "三、完成情况", "三、统计分析"],
    ["四、保障措施", "四、下一步打算", "四、有关要求", "四、组织领导"],
]
TABLE_HEAD = "| 指标 | 计划数 | 完成数 | 完成率 |\n| --- | ---: | ---: | ---: |"

# Section four is filled with paragraphs until the page holds this many Chinese characters (title, headings,
# list and table included), then closed by the sentence with the last two links: about 1,640 Chinese
# characters and 5.9 KB of Markdown per page, about 1,460 of them in paragraphs.
CJK = re.compile(r"[\u3400-\u9fff]")
FILL_TO = 1525


@dataclass(frozen=True)
class Link:
    """A link in a page body: the index of the page it points to and the heading's number (0: the page)."""
    text: str
    target: int
    heading: int = 0


@dataclass(frozen=True)
class Page:
    """What a page is besides its body (the front matter's fields and where the page lives)."""
    section: int
    slug: str
    title: str
    date: str
    index_no: str


def values(rng):
    """One draw of every placeholder the sentence lists use (all drawn each time, so the sequence of draws
    does not depend on which sentence was chosen)."""
    year = rng.randint(2015, 2024)
    return dict(
        year=year, year3=year + 2, month=rng.randint(1, 12), day=rng.randint(1, 28),
        quarter=rng.choice("一二三四"), topic=rng.choice(TOPICS), agency=rng.choice(AGENCIES),
        place=rng.choice(PLACES), money=f"{rng.randint(1, 80)}.{rng.randint(0, 99):02d}",
        money2=f"{rng.randint(1, 300)}.{rng.randint(0, 9)}", count=rng.randint(3, 240),
        small=rng.randint(2, 40), small2=rng.randint(5, 90), people=rng.randint(100, 9000),
        percent=rng.randint(55, 99), percent2=rng.randint(85, 99), growth=f"{rng.randint(2, 9)}.{rng.randint(0, 9)}",
        years=rng.randint(2, 5), congress=rng.choice(["十七", "十八"]), sitting=rng.choice(["一", "二", "三"]),
        motion=rng.randint(1, 400))


class Prose:
    """One page's paragraphs, drawn from the sentence lists as from shuffled decks."""

    def __init__(self, rng):
        self.rng = rng
        self.decks = {}

    def deal(self, name, sentences):
        deck = self.decks.get(name)
        if not deck:
            deck = self.decks[name] = list(sentences)
            self.rng.shuffle(deck)
        return deck.pop()

    def paragraph(self):
        v = values(self.rng)
        kinds = [("openings", OPENINGS, "measures", MEASURES), ("measures", MEASURES, "results", RESULTS),
                 ("openings", OPENINGS, "results", RESULTS)]
        first, firsts, second, seconds = self.rng.choice(kinds)
        return self.deal(first, firsts).format(**v) + self.deal(second, seconds).format(**v)


def others(rng, me, n):
    """Four distinct pages other than `me` (fewer distinct ones only when the corpus is that small)."""
    if n <= 1:
        return [me] * 4
    picks = [k + (k >= me) for k in rng.sample(range(n - 1), min(4, n - 1))]
    while len(picks) < 4:
        picks.append(picks[len(picks) % (n - 1)])
    return picks


def plan_body(rng, me, titles):
    """The body of page `me` as text and links; `titles` are every page's title, by index."""
    a, b, c, d = others(rng, me, len(titles))
    heads = [rng.choice(options) for options in HEADINGS]
    paragraph = Prose(rng).paragraph
    parts = []  # blocks; a block is a list of str and Link, joined without separator

    def block(*pieces):
        parts.append(list(pieces))

    block(f"## {heads[0]} {{#s1}}")
    block(paragraph())
    block(paragraph())
    block(f"## {heads[1]} {{#s2}}")
    block(paragraph())
    block("请各单位对照", Link(f"《{titles[a]}》", a), "的要求，着重抓好以下几项工作：")
    block("\n".join(f"{k}. {task.format(**values(rng))}" for k, task in enumerate(rng.sample(TASKS, 5), 1)))
    block(paragraph())
    block(f"## {heads[2]} {{#s3}}")
    block(paragraph())
    rows = []
    for topic in rng.sample(TOPICS, 5):
        planned = rng.randint(50, 5000)
        done = rng.randint(planned // 2, planned * 2)
        rows.append(f"| {topic} | {planned} | {done} | {done * 100 / planned:.1f}% |")
    block(TABLE_HEAD + "\n" + "\n".join(rows))
    block("以上数据引自", Link(titles[b], b), "，统计口径与往年一致。")
    block(f"## {heads[3]} {{#s4}}")
    block(paragraph())
    chars = len(CJK.findall(titles[me])) + sum(len(CJK.findall(p)) for bl in parts for p in bl if isinstance(p, str))
    while chars < FILL_TO:
        text = paragraph()
        chars += len(CJK.findall(text))
        block(text)
    heading = rng.randint(1, 4)
    block("有关政策背景可参阅", Link(f"《{titles[c]}》", c), "，具体办理要求见",
          Link(f"该文件第{heading}部分", d, heading), "。")
    body = []
    for i, bl in enumerate(parts):
        body.extend(bl)
        body.append("\n\n" if i < len(parts) - 1 else "\n")
    return tuple(body)


def plan(n, seed):
    """The corpus, flavor-independent: every Page (drawn first: the bodies' links need every title), and the
    bodies, as str and Link, one at a time in page order (drawn while they are written: 100,000 bodies held
    at once would take half a gigabyte)."""
    rng = random.Random(seed)
    heads = []
    for i in range(n):
        section = rng.randrange(len(SECTIONS))
        v = values(rng)
        date = (f"{v['year']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                f"T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00+08:00")
        index_no = f"3505{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}/{v['year']}-{rng.randint(1, 99999):05d}"
        heads.append((section, f"t{i:05d}", rng.choice(TITLES).format(**v), date, index_no))
    titles = [h[2] for h in heads]
    return [Page(*h) for h in heads], (plan_body(rng, i, titles) for i in range(n))


def url(flavor, page):
    cat = SECTIONS[page.section][0]
    return f"/{cat}/{page.slug}.html" if flavor == "gksite" else f"/{cat}/{page.slug}/"


def body_text(flavor, pages, body):
    out = []
    for piece in body:
        if isinstance(piece, Link):
            anchor = f"#s{piece.heading}" if piece.heading else ""
            out.append(f"[{piece.text}]({url(flavor, pages[piece.target])}{anchor})")
        else:
            out.append(piece)
    return "".join(out)


def quoted(s):
    """A YAML double-quoted scalar (titles may hold characters YAML would otherwise read)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter(flavor, page):
    fm = f"---\ntitle: {quoted(page.title)}\ndate: {page.date}\n"
    if flavor == "hugo":
        fm += f"index_no: {quoted(page.index_no)}\ncategory: {quoted(SECTIONS[page.section][1])}\n"
    return fm + "---\n\n"


def write(n, out, flavor="gksite", seed=42):
    """Writes the corpus into `out`, which must not exist yet or be empty."""
    if os.path.exists(out) and os.listdir(out):
        raise SystemExit(f"make_corpus: {out} is not empty")
    pages, bodies = plan(n, seed)

    def put(rel, text):
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    section_page = "index.md" if flavor == "gksite" else "_index.md"
    for cat, name in SECTIONS:
        put(f"content/{cat}/{section_page}", f"---\ntitle: {quoted(name)}\n---\n")
    for page, body in zip(pages, bodies):
        put(f"content/{SECTIONS[page.section][0]}/{page.slug}.md",
            front_matter(flavor, page) + body_text(flavor, pages, body))
    if flavor == "gksite":
        put("content/index.md", "---\ntitle: \"首页\"\n---\n")
    else:
        for rel, text in HUGO_PROJECT.items():
            put(rel, text)
        put("data/site.yaml", HUGO_SITE_DATA + "".join(f"  - {{name: {name}, url: /{cat}/}}\n" for cat, name in SECTIONS))


def fingerprint(n, flavor, seed):
    """What a kept corpus was made by: this file's text and the arguments (bench/common.py regenerates a
    corpus whose fingerprint differs)."""
    with open(os.path.abspath(__file__), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return f"{digest} {n} {flavor} {seed}\n"


HUGO_SITE_DATA = """organisation: 某市人民政府办公室
footer: 主办单位：某市人民政府办公室　网站标识码：0000000000　测ICP备00000000号　测公网安备00000000000000号
nav:
"""

HUGO_PROJECT = {
    "hugo.toml": """baseURL = "http://www.example.gov.cn/"
title = "某市人民政府"
languageCode = "zh-cn"
defaultContentLanguage = "zh-cn"
hasCJKLanguage = true
relativeURLs = true
enableRobotsTXT = true
paginate = 20
disableKinds = ["taxonomy", "term"]

# headings' {#s1} ids
[markup.goldmark.parser.attribute]
  title = true
""",
    "layouts/_default/baseof.html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} - {{ site.Title }}{{ end }}</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header class="top"><a href="/">{{ site.Title }}</a> <span>{{ site.Data.site.organisation }}</span></header>
<nav class="nav"><ul><li><a href="/">首页</a></li>
{{- range site.Data.site.nav }}<li><a href="{{ .url }}">{{ .name }}</a></li>{{ end }}</ul></nav>
<p class="crumbs">您的位置：<a href="/">首页</a>
{{- if not .IsHome }}{{ with .Parent }}{{ if not .IsHome }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }} › {{ .Title }}{{ end }}</p>
<main>{{ block "main" . }}{{ end }}</main>
<footer class="bottom"><p>{{ site.Data.site.footer }}</p><p><a href="/sitemap.xml">网站地图</a></p></footer>
</body>
</html>
""",
    "layouts/_default/single.html": """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<table class="info">
<tr><th>索引号</th><td>{{ .Params.index_no }}</td><th>发布日期</th><td>{{ .Date.Format "2006-01-02" }}</td></tr>
<tr><th>分类</th><td>{{ .Params.category }}</td><th>字数</th><td>{{ .WordCount }}</td></tr>
</table>
<div class="text">{{ .Content }}</div>
<ul class="around">
{{ with .PrevInSection }}<li>上一篇：<a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
{{ with .NextInSection }}<li>下一篇：<a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>
</article>
{{ end }}
""",
    "layouts/_default/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="pages">
{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>
{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
""",
    "layouts/index.html": """{{ define "main" }}
{{ range .Sections }}
<section><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<ul>{{ range first 8 .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
</section>
{{ end }}
{{ end }}
""",
    "static/css/site.css": """body{margin:0;font-family:"Microsoft YaHei","PingFang SC",sans-serif;color:#222}
.top{padding:16px;background:#a8141c;color:#fff}.top a{color:#fff}
.nav ul{display:flex;flex-wrap:wrap;margin:0;padding:0;list-style:none;background:#7d0f15}
.nav a{display:block;padding:8px 14px;color:#fff;text-decoration:none}
.crumbs{padding:8px 16px;font-size:14px}main{max-width:1000px;margin:0 auto;padding:0 16px}
table{border-collapse:collapse}th,td{padding:4px 8px;border:1px solid #ccc}
.bottom{padding:16px;background:#eee;font-size:13px;text-align:center}
""",
}


# ---------------------------------------------------------------------------------------------- self-test

MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
HEADING = re.compile(r"^## (\S.*) \{#s(\d)\}$", re.M)


def read_corpus(root, flavor):
    """{(cat, slug): (front matter, body)} of the pages (section pages left out)."""
    pages = {}
    for cat, _ in SECTIONS:
        folder = os.path.join(root, "content", cat)
        for name in sorted(os.listdir(folder)):
            if name in ("index.md", "_index.md"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                _, fm, body = f.read().split("---\n", 2)
            pages[(cat, name[:-3])] = (fm, body)
    return pages


def target(flavor, href):
    """(cat, slug, heading) of a link in the given flavor, or None when it has not that flavor's form."""
    pattern = r"/(\w+)/(t\d{5,})\.html(?:#s(\d))?" if flavor == "gksite" else r"/(\w+)/(t\d{5,})/(?:#s(\d))?"
    m = re.fullmatch(pattern, href)
    return (m.group(1), m.group(2), int(m.group(3) or 0)) if m else None


def shape_problems(key, body, pages, flavor):
    """What is wrong with one page's body against the corpus's promises."""
    problems = []
    heads = HEADING.findall(body)
    if [int(k) for _, k in heads] != [1, 2, 3, 4]:
        problems.append(f"headings {heads}, not four with ids s1..s4 in order")
    if not re.search(r"^1\. .+\n2\. .+\n3\. .+\n4\. .+\n5\. .+$", body, re.M):
        problems.append("no ordered list of five items")
    if not re.search(r"^\| .+ \|\n\| --- \| ---: \| ---: \| ---: \|\n(\| .+ \|\n){5}", body, re.M):
        problems.append("no table of five rows")
    links = [target(flavor, href) for _, href in MD_LINK.findall(body)]
    if None in links:
        problems.append(f"a link not of the {flavor} form: {MD_LINK.findall(body)}")
        return problems
    plain = [t for t in links if not t[2]]
    fragments = [t for t in links if t[2]]
    if len(plain) != 3 or len(fragments) != 1:
        problems.append(f"{len(plain)} page links and {len(fragments)} heading links, not 3 and 1")
    for cat, slug, _ in links:
        if (cat, slug) == key:
            problems.append("links to itself")
        if (cat, slug) not in pages:
            problems.append(f"links to /{cat}/{slug}, which is not in the corpus")
    chars = len(CJK.findall(body))
    if not 1300 <= chars <= 1900:
        problems.append(f"{chars} Chinese characters, not about 1,500")
    return problems


def graph(flavor, pages):
    """Every page's links, in order, as (cat, slug, heading): the link graph, independent of the flavor."""
    return {key: [target(flavor, href) for _, href in MD_LINK.findall(body)] for key, (_, body) in pages.items()}


def unlinked(flavor, body):
    """The body with every address replaced by the page and heading it names."""
    return MD_LINK.sub(lambda m: f"[{m.group(1)}]({target(flavor, m.group(2))})", body)


def tree(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def self_test(n):
    import json
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import common  # noqa: E402  (the gksite scaffolding; common imports this module)

    failures = []

    def expect(ok, what):
        print(("ok    " if ok else "FAIL  ") + what, flush=True)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="gksite-corpus-") as tmp:
        g, h = os.path.join(tmp, "gksite"), os.path.join(tmp, "hugo")
        write(n, g, "gksite")
        write(n, h, "hugo")
        write(n, os.path.join(tmp, "again"), "gksite")
        write(n, os.path.join(tmp, "other"), "gksite", seed=7)
        expect(tree(g) == tree(os.path.join(tmp, "again")), "same seed: byte-identical corpus")
        expect(tree(g) != tree(os.path.join(tmp, "other")), "another seed: another corpus")

        gp, hp = read_corpus(g, "gksite"), read_corpus(h, "hugo")
        expect(len(gp) == len(hp) == n, f"{n} pages in each flavor (gksite {len(gp)}, hugo {len(hp)})")
        folders = sorted(d for d in os.listdir(os.path.join(g, "content")) if os.path.isdir(os.path.join(g, "content", d)))
        expect(folders == sorted(c for c, _ in SECTIONS)
               and all(os.path.exists(os.path.join(g, "content", c, "index.md")) for c in folders)
               and all(os.path.exists(os.path.join(h, "content", c, "_index.md")) for c in folders),
               "ten category folders, each with its section page")
        problems = [f"{cat}/{slug}: {p}" for flavor, pages in (("gksite", gp), ("hugo", hp))
                    for (cat, slug), (_, body) in pages.items() for p in shape_problems((cat, slug), body, pages, flavor)]
        expect(not problems, "every page: four headings s1..s4, a list of five, a table of five rows, "
                             "3 page links + 1 heading link to other pages, ~1,500 Chinese characters"
               + "".join(f"\n        {p}" for p in problems[:10]))
        expect(graph("gksite", gp) == graph("hugo", hp), "same link graph in both flavors")
        differ = [k for k in gp if k not in hp or unlinked("gksite", gp[k][1]) != unlinked("hugo", hp[k][1])]
        expect(not differ, f"same bodies in both flavors but for the form of addresses {differ[:5]}")
        expect(all(re.fullmatch(r'title: ".+"\ndate: \d{4}-\d\d-\d\dT\d\d:\d\d:00\+08:00\n', fm) for fm, _ in gp.values()),
               "gksite front matter: title and date only")

        common.scaffold_gksite(g)
        wall, _, code, out = common.timed([common.GKSITE, "build", "--format", "json"], g)
        found = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        errors = [d for d in found if d["severity"] == "error"]
        checks = [d for d in found if d["code"].startswith("check.")]
        built = sum(1 for _, _, fs in os.walk(os.path.join(g, "site")) for f in fs if re.fullmatch(r"t\d{5,}\.html", f))
        expect(code == 0 and not errors and not checks and built == n,
               f"gksite build: exit {code}, {len(errors)} errors, {len(checks)} check findings, {built} pages, "
               f"{len(found) - len(errors)} other diagnostics, {wall:.1f} s"
               + "".join(f"\n        {d['file']}:{d['line']} {d['code']} {d['message']}" for d in (errors + checks)[:10]))

        if shutil.which("hugo"):
            r = subprocess.run(["hugo", "--quiet"], cwd=h, capture_output=True, text=True)
            public = os.path.join(h, "public")
            missing = []
            for (cat, slug), links in graph("hugo", hp).items():
                for tcat, tslug, heading in links:
                    path = os.path.join(public, tcat, tslug, "index.html")
                    if not os.path.exists(path):
                        missing.append(f"{cat}/{slug} → /{tcat}/{tslug}/")
                    elif heading and f'id="s{heading}"' not in open(path, encoding="utf-8").read():
                        missing.append(f"{cat}/{slug} → /{tcat}/{tslug}/#s{heading}")
            expect(r.returncode == 0 and not missing,
                   f"hugo build: exit {r.returncode}, {len(missing)} links to a missing page or heading"
                   + "".join(f"\n        {m}" for m in missing[:10]) + (f"\n{r.stderr[-2000:]}" if r.returncode else ""))
        else:
            print("skip  hugo build (hugo is not installed; bench/run installs it)")
    print(f"self-test: {'FAILED, ' + str(len(failures)) + ' of the checks above' if failures else 'all checks passed'}")
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, nargs="?", help="number of pages")
    ap.add_argument("out", nargs="?", help="output folder (must not exist or be empty)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--flavor", choices=["gksite", "hugo"], default="gksite")
    ap.add_argument("--self-test", action="store_true", help="check the generator on a small corpus")
    ap.add_argument("--pages", type=int, default=200, help="size of the self-test's corpus (default 200)")
    a = ap.parse_args()
    if a.self_test:
        sys.exit(self_test(a.pages))
    if a.n is None or a.out is None or a.n < 1:
        ap.error("N (at least 1) and OUT are required")
    write(a.n, a.out, a.flavor, a.seed)
    print(f"wrote {a.n} pages ({a.flavor}) to {a.out}")


if __name__ == "__main__":
    main()
