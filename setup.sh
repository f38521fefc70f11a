#!/usr/bin/env bash
# Installs everything arende and its tests need on a Debian machine:
# Tesseract with Swedish data (for scanned PDFs) and a virtual environment in .venv
# with the package and its test tools.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx swe; then need_apt+=(tesseract-ocr-swe); fi
if [ ${#need_apt[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo_cmd=""
        [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
        $sudo_cmd apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
        echo "setup: please install ${need_apt[*]} (Tesseract OCR with Swedish data)" >&2
    fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
echo "setup: ready (.venv)"
