#!/usr/bin/env bash
# Renders page 1 of a DOCX to a PNG, to look at a generated document's layout
# (Decree 30 header block, title, body) without opening Word.
# Usage: scripts/docx-to-png.sh <file.docx> <outdir>   → <outdir>/<name>-1.png
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 <file.docx> <outdir>" >&2
  exit 2
fi
docx=$1
out=$2
[ -f "$docx" ] || { echo "no such file: $docx" >&2; exit 1; }
mkdir -p "$out"
name=$(basename "${docx%.*}")
# A private LibreOffice profile: a running office or another user's profile cannot block the conversion.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null
pdftoppm -png -r 60 -f 1 -l 1 "$out/$name.pdf" "$out/$name"
ls "$out/$name"*.png
