#!/usr/bin/env python3
"""Screen a folder of resumes with Apache Spark and the `ats` command.

Stages (see README.md):
  1. read    every file under INPUT (Spark's binaryFile source), in about
             --partitions tasks of whole files.
  2. screen  per task: write its files to a scratch folder (one folder per
             file, the extension kept; a LaTeX file also gets the section
             files under its own folder, which it may \\input), run
             `ats screen SCRATCH --format jsonl --no-group --quiet` once and
             map each JSON line back to the original path. Byte-identical
             copies get rows of their own; a file ats could not read is a
             row with its error code as status and no score; a file ats
             skips (not a resume by extension or content) is a row with
             status "skipped". Every input file is one row.
  3. write   the rows as Parquet to --out; print the best --top.

Locally:
  python3 screen.py samples/ --role backend-developer --out /tmp/ranked \\
      --master 'local[2]' --ats target/release/ats
On a cluster, with ats shipped to the executors:
  spark-submit --files /path/to/ats screen.py hdfs:///inbox \\
      --role backend-developer --out hdfs:///ranked
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession

SCHEMA = (
    "path string, score int, must_found int, must_total int, status string, "
    "message string, name string, email string"
)
LATEX = (".tex", ".ltx", ".xtx")
# What ats says when every file of a folder is skipped (exit 2, no rows).
NOTHING = b"no resumes to screen"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Rank resumes with Spark and `ats screen`.")
    p.add_argument("input", help="folder, glob or comma-separated list (any Hadoop path)")
    p.add_argument("--role", help="role to rank against (see `ats roles list`)")
    p.add_argument("--jd", help="job description file, shipped to the executors")
    p.add_argument("--keywords", help="role file or folder, shipped to the executors")
    p.add_argument("--out", required=True, help="Parquet output folder (replaced)")
    p.add_argument("--top", type=int, default=10, help="rows to print (default 10)")
    p.add_argument("--ats", help="path of ats on the executors (default: the one "
                   "shipped with spark-submit --files, else ats on PATH)")
    p.add_argument("--master", help="Spark master (default: from spark-submit or "
                   "spark-defaults.conf, else local[*])")
    p.add_argument("--partitions", type=int, help="at least about this many screening "
                   "tasks (spark.sql.files.minPartitionNum; default: 4 per core)")
    p.add_argument("--timeout", help="ats --timeout: seconds to read one PDF or DOCX")
    p.add_argument("--jsonl-out", help="also write every row, sorted by path, as JSON "
                   "Lines to this local file (collected on the driver)")
    args = p.parse_args(argv)
    if not (args.role or args.jd or args.keywords):
        p.error("give --role, --jd or --keywords")
    for name in ("jd", "keywords"):
        value = getattr(args, name)
        if value and "://" not in value and not os.path.exists(value):
            p.error(f"--{name} {value}: no such file or folder")
    return args


def is_latex_document(head):
    """ats's rule: \\documentclass in the first 64 KiB, outside a comment."""
    text = head[: 64 * 1024].decode("utf-8", "replace")
    code = (line.split("%")[0] for line in text.split("\n"))
    return any("\\documentclass" in c or "\\documentstyle" in c for c in code)


def safe_name(path):
    """The base name with only [A-Za-z0-9._-], the extension kept."""
    name = re.sub(r"[^A-Za-z0-9._-]", "_", path.rsplit("/", 1)[-1])[-120:]
    return name if name and not name.startswith(".") else "_" + name


def find_ats(given):
    candidates = [given] if given else [SparkFiles.get("ats"), shutil.which("ats")]
    for path in filter(None, candidates):
        if os.path.isfile(path):
            if not os.access(path, os.X_OK):  # --files drops the exec bit
                os.chmod(path, 0o755)
            return path
    raise RuntimeError(
        f"ats not found on {socket.gethostname()} (looked for "
        f"{given or 'one shipped with --files, then ats on PATH'}): pass --ats "
        "PATH, ship it with `spark-submit --files /path/to/ats`, or install it"
    )


def ats_options(args):
    """`ats screen` options: one file at a time (a task has one core);
    --jd and --keywords from the copies shipped with sc.addFile."""
    opts = ["--format", "jsonl", "--no-group", "--quiet", "--no-config", "-j", "1"]
    if args.role:
        opts += ["--role", args.role]
    if args.timeout:
        opts += ["--timeout", args.timeout]
    for flag, value in (("--jd", args.jd), ("--keywords", args.keywords)):
        if value:
            opts += [flag, SparkFiles.get(os.path.basename(value.rstrip("/")))]
    return opts


def run_ats(ats, folder, opts):
    """The JSON lines of `ats screen FOLDER`. Exit 2 is a file that could not
    be read (it has an error row), nothing to screen, or a usage error: only
    the last is a failure."""
    run = subprocess.run([ats, "screen", folder, *opts], capture_output=True)
    reports = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    failed_files = any("error" in r for r in reports) or NOTHING in run.stderr
    if run.returncode == 0 or (run.returncode == 2 and failed_files):
        return reports
    stderr = run.stderr.decode(errors="replace").strip()[-2000:]
    raise RuntimeError(f"`{ats} screen` exited with {run.returncode}: {stderr}")


def row(path, report):
    if "error" in report:
        err = report["error"]
        status = report.get("status") or err.get("code")
        return (path, None, None, None, status, err.get("message"), None, None)
    must = [k for k in report.get("keywords", []) if k.get("tier") == "must_have"]
    codes = {r.get("code") for r in report.get("readability") or []}
    status = report.get("status") or next(
        (c for c in ("no-text", "hidden-text") if c in codes), "ok")
    who = report.get("candidate") or {}
    return (path, report["score"], sum(bool(k.get("found")) for k in must), len(must),
            status, None, who.get("name"), who.get("email"))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def screen_partition(files, args, sections):
    ats, opts = find_ats(args.ats), ats_options(args)
    with tempfile.TemporaryDirectory(prefix="ats-spark-") as scratch:
        where = {}  # scratch path -> original path
        for i, (path, content) in enumerate(files):
            folder = os.path.join(scratch, str(i))
            if path.lower().endswith(LATEX):
                prefix = path.rsplit("/", 1)[0] + "/"
                for other, data in sections.items():
                    if other.startswith(prefix):
                        write(os.path.join(folder, other[len(prefix):]), data)
            local = os.path.join(folder, safe_name(path))
            write(local, content)
            where[local] = path
        if not where:
            return
        for report in run_ats(ats, scratch, opts):
            for local in [report["file"], *report.get("duplicates", [])]:
                if local in where:
                    yield row(where.pop(local), report)
        for path in where.values():
            yield (path, None, None, None, "skipped",
                   "not a resume (by extension or content); ats screen skips it",
                   None, None)


def read_files(spark, paths, name_glob=None):
    """(path, bytes) of every file under the paths, folders walked. Not
    sc.binaryFiles: it packs small files into one partition, and reads them
    several times slower."""
    reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
    if name_glob:
        reader = reader.option("pathGlobFilter", name_glob)
    return reader.load(paths.split(",")).select("path", "content").rdd


def check_options(args):
    """When the driver has ats too, a bad role or option fails now, not in
    every task."""
    try:
        ats = find_ats(args.ats)
    except RuntimeError:
        return
    with tempfile.TemporaryDirectory() as empty:
        run_ats(ats, empty, ats_options(args))


def reason(error):
    """The line of a Spark error that says what went wrong."""
    lines = str(error).splitlines() or [repr(error)]
    line = next((line for line in lines if line.startswith("RuntimeError: ")), lines[0])
    return line.removeprefix("RuntimeError: ")


def main(argv=None):
    args = parse_args(argv)
    began = time.monotonic()
    builder = SparkSession.builder.appName("ats-screen")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    started = time.monotonic()
    for value in (args.jd, args.keywords):
        if value:
            sc.addFile(value, recursive=os.path.isdir(value))
    try:
        check_options(args)
        # LaTeX files without \documentclass: sections the documents \input.
        tex = read_files(spark, args.input, "*.{tex,ltx,xtx,TEX,LTX,XTX}")
        sections = sc.broadcast(dict(
            tex.filter(lambda r: not is_latex_document(r.content)).collect()))

        tasks = args.partitions or 4 * sc.defaultParallelism
        spark.conf.set("spark.sql.files.minPartitionNum", str(tasks))
        files = read_files(spark, args.input)
        rows = files.mapPartitions(lambda it: screen_partition(it, args, sections.value))
        df = spark.createDataFrame(rows, SCHEMA).cache()
        df.write.mode("overwrite").parquet(args.out)
    except Exception as e:  # a path not found, ats failing in a task, ...
        sys.exit(f"screen.py: {reason(e)}")

    total, failed = df.selectExpr(
        "count(*)", "count_if(score is null and status != 'skipped')").first()
    print(f"{total} files in {time.monotonic() - started:.1f} s after Spark start-up "
          f"({started - began:.1f} s); {failed} could not be read; Parquet in {args.out}")
    best = df.filter("score is not null").orderBy("score", "path", ascending=[False, True])
    for r in best.take(args.top):
        print(f"{r.score:>3}  must {r.must_found}/{r.must_total}  {r.status:<11}  "
              f"{r.name or '-'}  {r.path}")
    if args.jsonl_out:
        with open(args.jsonl_out, "w") as f:
            for r in df.orderBy("path").collect():
                f.write(json.dumps(r.asDict()) + "\n")
    spark.stop()


if __name__ == "__main__":
    main()
