"""How often a legacy-encoded text is read right: kg.text.sources.decode against charset-normalizer.

    python scripts/bench_encodings.py [--samples 60] [--seed 1]

Pieces of the corpus (8, 40 and 2,000 characters) are encoded in GB18030 and,
converted to Taiwan traditional characters, in Big5; Japanese and Korean
sentences in Shift-JIS, EUC-JP and EUC-KR. A Chinese piece is read right when
the decoded text equals the original; a Japanese or Korean one when it is
refused. charset-normalizer (when installed) is counted right on a Chinese
piece when its best guess decodes to the original, on a foreign one when its
guess is a Japanese or Korean encoding. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from opencc import OpenCC  # noqa: E402

from kg.errors import InputError  # noqa: E402
from kg.text.sources import decode  # noqa: E402

JAPANESE = ["日本国憲法は、国民主権、基本的人権の尊重、平和主義を基本原則としています。",
            "政府は経済の再生に向けて、デジタル化を推進します。", "東京は日本の首都であり、多くの人が住んでいます。",
            "地方自治体は住民の生活を支える重要な役割を担っています。", "少子高齢化への対応は喫緊の課題である。",
            "新しい資本主義の実現に向けて、成長と分配の好循環を目指す。", "エネルギー安全保障の強化に取り組みます。",
            "子ども・子育て政策を抜本的に強化する。"]
KOREAN = ["대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.",
          "정부는 디지털 경제를 발전시키고 새로운 일자리를 만든다.", "서울은 대한민국의 수도이며 많은 사람들이 살고 있다.",
          "지방 정부는 주민의 생활을 지원하는 중요한 역할을 한다.", "저출산 고령화 문제에 적극적으로 대응해야 한다.",
          "탄소중립 사회로의 전환을 가속화한다.", "국민의 안전과 생명을 지키는 것이 국가의 책무이다.",
          "반도체 산업 경쟁력을 강화하기 위해 투자를 확대한다."]
FOREIGN_CODECS = {"shift_jis", "cp932", "euc_jp", "euc_kr", "cp949", "iso2022_jp", "johab"}


def pieces(corpus: Path, rng: random.Random, samples: int, size: int) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))
    out = []
    while len(out) < samples:
        text = rng.choice(files).read_text(encoding="utf-8").replace("\n", "")
        if len(text) > size:
            at = rng.randrange(len(text) - size)
            out.append(text[at:at + size])
    return out


def ours(data: bytes, want: str | None) -> bool:
    try:
        return decode(data, name="x.txt") == want
    except InputError:
        return want is None


def normalizer(data: bytes, want: str | None) -> bool | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data).best()
    if want is None:
        return best is not None and best.encoding in FOREIGN_CODECS
    return best is not None and str(best).replace("\r\n", "\n") == want


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    rng, tw = random.Random(args.seed), OpenCC("s2tw")
    cases: list[tuple[str, list[tuple[bytes, str | None]]]] = []
    for size in (8, 40, 2000):
        texts = pieces(args.corpus, rng, args.samples, size)
        cases.append((f"GB18030, {size} chars", [(t.encode("gb18030"), t) for t in texts]))
        big5 = [tw.convert(t).encode("big5", errors="ignore") for t in texts]
        cases.append((f"Big5, {size} chars", [(b, b.decode("big5")) for b in big5]))
    for name, texts, codec in (("Japanese, Shift-JIS", JAPANESE, "shift_jis"), ("Japanese, EUC-JP", JAPANESE, "euc_jp"),
                               ("Korean, EUC-KR", KOREAN, "euc_kr")):
        cases.append((name, [(t.encode(codec), None) for t in texts]))
        cases.append((f"{name}, first 8 chars", [(t[:8].encode(codec), None) for t in texts]))
    print("| input | pieces | kg.text.sources read right | charset-normalizer read right | kg.text.sources ms per piece |")
    print("|---|---:|---:|---:|---:|")
    for label, items in cases:
        start = time.perf_counter()
        right = sum(ours(data, want) for data, want in items)
        ms = (time.perf_counter() - start) * 1000 / len(items)
        theirs = [normalizer(data, want) for data, want in items]
        other = "not installed" if None in theirs else f"{sum(bool(x) for x in theirs)}/{len(items)}"
        print(f"| {label} | {len(items)} | {right}/{len(items)} | {other} | {ms:.1f} |")


if __name__ == "__main__":
    main()
