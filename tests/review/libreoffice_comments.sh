#!/usr/bin/env bash
# A reviewer's copy made in LibreOffice (fixtures/reviewed.fodt: comments on
# an article's title, on a point, across two clauses, a reply on the same
# words; An's tracked change of a threshold inside a number, Bình's of a
# number that opens nothing), converted by LibreOffice to .docx and .odt:
# `rasoat comments` places each comment and proposal on its unit once, lists
# the reply under its comment, and flags An's proposal with G002 only.
# Usage: libreoffice_comments.sh RASOAT SOURCE_DIR   (exit 77, skipped, without soffice)
set -euo pipefail
rasoat=$1
source_dir=$2
command -v soffice >/dev/null || { echo "soffice not installed: skipped" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/tests/review/fixtures/reviewed.fodt" "$work/gop-y.fodt"
cp "$source_dir/tests/fixtures/comments/draft.qc" "$work/du-thao.qc"
failures=0
for format in docx odt; do
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to "$format" \
    --outdir "$work" "$work/gop-y.fodt" >/dev/null 2>&1
  [ -s "$work/gop-y.$format" ] || { echo "FAIL: LibreOffice made no .$format" >&2; exit 1; }
  "$rasoat" comments "$work/du-thao.qc" "$work/gop-y.$format" --format json >"$work/$format.json"
  if python3 - "$work/$format.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
seen = [(e["unit"], e.get("comment", ""), e["reviewer"]) for e in data["entries"] if e.get("comment")]
expected = [("Điều 1", "Tên điều nên rõ hơn", "Nguyễn Văn An"),
            ("Điều 2 khoản 2 điểm a", "Bổ sung dân chủ", "Nguyễn Văn An"),
            ("Điều 3", "Hai khoản nên gộp", "Nguyễn Văn An")]
assert seen == expected, seen
thread = [e for e in data["entries"] if e.get("comment") == "Bổ sung dân chủ"][0]
assert [(r["author"], r["text"]) for r in thread["replies"]] == [("Tổ biên tập", "Đã sửa")], thread
proposals = {e["unit"]: e for e in data["entries"] if "proposal" in e}
assert sorted(proposals) == ["Điều 2 khoản 2", "Điều 4 khoản 1"], sorted(proposals)
gap = proposals["Điều 4 khoản 1"]
assert gap["reviewer"] == "Nguyễn Văn An" and gap["findings"]["adds"][0]["code"] == "G002", gap
assert "(G002)" in gap["answer"], gap
harmless = proposals["Điều 2 khoản 2"]
assert harmless["reviewer"] == "Trần Thị Bình" and not harmless["findings"]["adds"] and "answer" not in harmless
PY
  then
    echo "ok: .$format made by LibreOffice: comments, reply and proposals placed and checked"
  else
    echo "FAIL: .$format" >&2
    cat "$work/$format.json" >&2
    failures=$((failures + 1))
  fi
done
[ "$failures" -eq 0 ]
