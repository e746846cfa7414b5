#!/usr/bin/env bash
# Makes a province's directory of commune regulations from the corpus's ward
# regulations: COUNT communes "xã Số N" (names and numbers changed), in
# sub-directories, plus the cases a real batch has: an unreadable file (not
# UTF-8), an empty file, two communes with one number, and a note that is not
# a regulation. The model regulation stays elsewhere (--corpus).
# Usage: make_communes.sh SOURCE_DIR OUT_DIR [COUNT]
set -euo pipefail
source_dir=$1
out=$2
count=${3:-42}
wards=("$source_dir"/corpus/quan-long-bien/phuong/*.qc)
rm -rf "$out"
mkdir -p "$out/cum-1" "$out/cum-2"
for n in $(seq 1 "$count"); do
  ward=${wards[$((n % ${#wards[@]}))]}
  group=cum-$((n % 2 + 1))
  # Each commune its own number (100+N); the ward's name becomes "xã Số N".
  sed -E -e "s/Số( ?:)? 0[0-9]-QC\/ĐU/Số $((100 + n))-QC\/ĐU/" \
    -e "s/phường (Giang Biên|Bồ Đề|Ngọc Thụy|Ngọc Thuỵ)/xã Số $n/g" \
    -e "s/PHƯỜNG (GIANG BIÊN|BỒ ĐỀ|NGỌC THỤY|NGỌC THUỴ)/XÃ SỐ $n/g" \
    "$ward" >"$out/$group/xa-so-$n.qc"
done
# Two files with one number: commune 7's text again under another name.
cp "$out/cum-2/xa-so-7.qc" "$out/cum-2/xa-so-7-ban-sao.qc"
# Not readable as a regulation: bytes that are not UTF-8, and an empty file.
printf 'Quy ch\xe9 l\xe0m vi\xeac\n\x00\x01\x02' >"$out/cum-1/xa-hong.qc"
: >"$out/cum-1/xa-trong.qc"
# Not a regulation at all: skipped by extension.
echo "Danh sách các xã gửi quy chế" >"$out/ghi-chu.md"
