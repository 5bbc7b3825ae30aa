"""What making the on-disk store costs, alone, in the ways pyoxigraph can load it, against jieba.lcut.

    python scripts/bench_storeload.py out/corpus [--corpus ../shared/corpus]

Reads the build's ``graph.nq`` (one named graph per document) and loads its documents into a
fresh RocksDB store in a fresh process for each way (the build loads each document's own triples
and the shared ones once, a few percent fewer than here):

- ``per document``: one ``bulk_load`` per document into its named graph, then ``optimize`` (what the build does);
- ``no optimize``: the same without the final compaction;
- ``batched``: documents joined into 16 MB loads (fewer, larger files for RocksDB to merge), then ``optimize``;
- ``default graph``: every document's triples in the default graph (three indexes instead of six), then ``optimize``.

Each row gives wall and processor seconds (every thread of the process: pyoxigraph's loader and
RocksDB's compactions), their ratio to ``jieba.lcut`` over the corpus texts measured in this run,
the store's size and files, and a scan query (every quote with its offset) on the finished store,
best of 3: what the compaction buys.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from bench_build import jieba_seconds

ROOT = Path(__file__).resolve().parent.parent
WAYS = ["per document", "no optimize", "batched", "default graph"]

CHILD = r"""
import json, os, resource, shutil, sys, tempfile, time
import pyoxigraph as ox

def cpu():
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime

way, nq = sys.argv[1], sys.argv[2]
parts, graph, lines = [], None, []
with open(nq, "rb") as handle:
    for line in handle:
        at = line.rindex(b"<")
        if line[at:] != graph:
            if lines:
                parts.append((graph, b"".join(lines)))
            graph, lines = line[at:], []
        lines.append(line[:at] + b".\n")
parts.append((graph, b"".join(lines)))
folder = tempfile.mkdtemp(prefix="storeload.")
wall, start = time.perf_counter(), cpu()
store = ox.Store(folder)
if way == "batched":
    batch, size = [], 0
    for name, data in parts:
        batch.append(b"".join(line[:-2] + name for line in data.splitlines(keepends=True)))
        size += len(batch[-1])
        if size > 16 << 20:
            store.bulk_load(b"".join(batch), ox.RdfFormat.N_QUADS)
            batch, size = [], 0
    store.bulk_load(b"".join(batch), ox.RdfFormat.N_QUADS)
else:
    for name, data in parts:
        target = None if way == "default graph" else ox.NamedNode(name[1:name.index(b">")].decode())
        store.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=target)
if way != "no optimize":
    store.optimize()
store.flush()
del store
seconds, processor = time.perf_counter() - wall, cpu() - start
files = os.listdir(folder)
size = sum(os.path.getsize(os.path.join(folder, f)) for f in files)
store = ox.Store.read_only(folder)
scan = ("PREFIX pol: <https://w3id.org/policykg/ontology#> "
        "SELECT (COUNT(*) AS ?n) WHERE { ?e pol:quote ?q ; pol:startOffset ?s }")
best = 1e9
for _ in range(3):
    t = time.perf_counter()
    list(store.query(scan, use_default_graph_as_union=True))
    best = min(best, time.perf_counter() - t)
del store
shutil.rmtree(folder)
print(json.dumps({"seconds": seconds, "cpu": processor, "mb": size / 2**20, "files": len(files), "scan": best,
                  "triples": sum(d.count(b"\n") for _, d in parts)}))
"""


def load_once(way: str, nq: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, way, str(nq)], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a build's output folder (its graph.nq is loaded)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--ways", nargs="+", choices=WAYS, default=WAYS)
    args = parser.parse_args()
    base, base_cpu, _ = jieba_seconds(args.corpus)
    print(f"jieba.lcut: {base:.2f} s, {base_cpu:.2f} s of processor; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} processors")
    print("| way | triples loaded | seconds | × jieba time | processor s | × jieba processor | store | files | scan query |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for way in args.ways:
        r = load_once(way, args.out / "graph.nq")
        print(f"| {way} | {r['triples']:,} | {r['seconds']:.1f} | {r['seconds'] / base:.2f} | {r['cpu']:.1f} "
              f"| {r['cpu'] / base_cpu:.2f} | {r['mb']:.0f} MB | {r['files']} | {r['scan']:.2f} s |", flush=True)


if __name__ == "__main__":
    main()
