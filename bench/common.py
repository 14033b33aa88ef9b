"""Shared helpers of the benchmark scripts: corpus generation, timing whole processes with
/usr/bin/time -v (wall time and peak RSS), medians, and the gksite site scaffolding."""
import os
import random
import re
import shutil
import statistics
import subprocess
import sys

import make_corpus

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(REPO, "bench", "work")
GKSITE = os.path.join(REPO, "gksite")
SEED = 42

SITE_YAML = """site:
  name: 基准测试站点
  title: 某市人民政府
  organisation: 某市人民政府办公室
  base_url: http://www.example.gov.cn/
footer:
  host: 某市人民政府办公室
  site_code: "0000000000"
  icp: 测ICP备00000000号
  police: 测公网安备00000000000000号
nav:
  - {label: 首页, url: /}
  - {label: 通知公告, url: /tzgg/}
  - {label: 政策文件, url: /zcwj/}
"""


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def ensure_apt(binary, package):
    if shutil.which(binary):
        return
    log(f"installing {package} from Debian's packages …")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", package], check=True,
                   env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))


def corpus(n, flavor):
    """The corpus of n pages in the given flavor (bench/make_corpus.py), generated once and kept under
    bench/work/ until the generator changes."""
    out = os.path.join(WORK, f"{flavor}-{n}")
    stamp = os.path.join(out, ".complete")
    made_by = make_corpus.fingerprint(n, flavor, SEED)
    if not os.path.exists(stamp) or open(stamp, encoding="utf-8").read() != made_by:
        shutil.rmtree(out, ignore_errors=True)
        log(f"generating {n} pages ({flavor}) …")
        make_corpus.write(n, out, flavor, SEED)
        if flavor == "gksite":
            scaffold_gksite(out)
        with open(stamp, "w", encoding="utf-8") as f:
            f.write(made_by)
    return out


def scaffold_gksite(out):
    """What `gksite build` needs beside the corpus's content/: a site.yaml and this repository's theme."""
    with open(os.path.join(out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML)
    shutil.copytree(os.path.join(REPO, "themes", "portal"), os.path.join(out, "themes", "portal"))


class Trash:
    """Where a cold run's output (site/ and .gksite/, Hugo's public/ and resources/) goes before the run, instead of
    being deleted then: the trash is emptied once, when the benchmark ends.

    Files deleted just before a run would slow the run's own file creation, and by how much depends on the machine
    rather than on the tool measured: ext4 without a journal (as on the machines this benchmark runs on) skips every
    inode freed in the last 60 seconds (360 while its inode table is not yet written back) when it looks for a free
    one, and walks them one by one for each new file. Measured here (Python, 10,000 files of 16 KB in 10 folders):
    34 us a file on a quiet disk, 372 us right after 10,000 others were deleted, 359 us still 40 s later. Both
    tools' cold runs create all their files anew, so both would pay it, each for the other's deletions too."""

    def __init__(self):
        self.root = os.path.join(WORK, f"trash-{os.getpid()}")
        self.count = 0

    def take(self, path):
        """Moves path (if it is there) into the trash: a rename, nothing freed."""
        if not os.path.lexists(path):
            return
        os.makedirs(self.root, exist_ok=True)
        self.count += 1
        os.rename(path, os.path.join(self.root, str(self.count)))

    def empty(self):
        """Deletes the trash, and any that a killed run of a benchmark left behind (a trash-<pid> whose process is gone;
        another benchmark running beside this one keeps its own)."""
        shutil.rmtree(self.root, ignore_errors=True)
        for name in os.listdir(WORK) if os.path.isdir(WORK) else []:
            m = re.fullmatch(r"trash-(\d+)", name)
            if m and not running(int(m.group(1))):
                shutil.rmtree(os.path.join(WORK, name), ignore_errors=True)


def running(pid):
    """Whether a process with this id exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build_gksite_jar():
    subprocess.run([GKSITE, "--version"], check=True, stdout=subprocess.DEVNULL)


def timed(cmd, cwd, env=None):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS MiB, exit code, output)."""
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, capture_output=True, text=True,
                       env=dict(os.environ, **(env or {})))
    err = r.stderr
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", err)
    wall = (int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))) if m else float("nan")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    rss = int(m.group(1)) / 1024 if m else float("nan")
    return wall, rss, r.returncode, r.stdout + err


def cpu_seconds(out):
    """User plus system CPU seconds from the output of /usr/bin/time -v (timed's last value)."""
    m = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", out)
    return sum(float(x) for x in m) if len(m) == 2 else float("nan")


def editor(root):
    """Edits the body of the same page of a corpus (either flavor) before each run: a line added at its end,
    then taken away, in turn, so every run builds a corpus that differs from the one before in one page."""
    page = next(os.path.join(d, "t00001.md") for d, _, files in sorted(os.walk(os.path.join(root, "content")))
                if "t00001.md" in files)
    line = "\n本段在基准测试中加入，下一次运行时删除。\n"

    def prepare():
        with open(page, encoding="utf-8") as f:
            text = f.read()
        text = text[:-len(line)] if text.endswith(line) else text + line
        with open(page, "w", encoding="utf-8") as f:
            f.write(text)
    return prepare


def interleaved_medians(jobs, runs, warmup=True, ok_codes=(0,)):
    """Like median_run for several commands, taking turns: one warm-up each, then `runs` rounds of one run of
    each. A shared machine whose speed drifts over minutes then slows every command alike. The order is drawn
    anew each round (from a fixed seed), so that no command always runs right after the same other one (whose
    files the system may still be writing back). `jobs` is a list of (cmd, cwd, env) or (cmd, cwd, env, prepare) or None
    (skipped), where prepare() runs untimed before each run of its command (removing the output, editing a page);
    returns one (median wall, median rss, last output, every wall in run order) or None per job."""
    live = [j if len(j) == 4 else (*j, None) for j in jobs if j is not None]
    if warmup:
        for cmd, cwd, env, prepare in live:
            if prepare:
                prepare()
            timed(cmd, cwd, env)
    walls = {id(j): [] for j in live}
    rsss = {id(j): [] for j in live}
    outs = {}
    order = random.Random(SEED)
    for r in range(runs):
        # a new order every round: with a fixed cycle (even rotated) each command would still run right after
        # the same other one, and a build right after Hugo's 10,000 files shares the disk with their write-back
        round_order = list(live)
        order.shuffle(round_order)
        for j in round_order:
            cmd, cwd, env, prepare = j
            if prepare:
                prepare()
            wall, rss, code, out = timed(cmd, cwd, env)
            if code not in ok_codes:
                sys.exit(f"bench: {' '.join(cmd)} exited {code}:\n{out[-3000:]}")
            walls[id(j)].append(wall)
            rsss[id(j)].append(rss)
            outs[id(j)] = out
    results = iter([(statistics.median(walls[id(j)]), statistics.median(rsss[id(j)]), outs[id(j)], walls[id(j)])
                    for j in live])
    return [None if j is None else next(results) for j in jobs]


def median_run(cmd, cwd, runs, warmup=True, ok_codes=(0,), env=None):
    """Median wall time and median peak RSS of `runs` runs after one warm-up run."""
    if warmup:
        timed(cmd, cwd, env)
    walls, rsss = [], []
    out = ""
    for _ in range(runs):
        wall, rss, code, out = timed(cmd, cwd, env)
        if code not in ok_codes:
            sys.exit(f"bench: {' '.join(cmd)} exited {code}:\n{out[-3000:]}")
        walls.append(wall)
        rsss.append(rss)
    return statistics.median(walls), statistics.median(rsss), out
