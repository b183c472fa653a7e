#!/usr/bin/env bash
# Installs the system packages the full test run needs, when they are missing (Debian/Ubuntu):
#   chromium            – browser tests and HTML screenshots
#   fonts-noto-cjk      – Chinese glyphs for Chromium and LibreOffice (otherwise empty boxes)
#   poppler-utils       – pdftotext / pdftoppm / pdffonts (fast PDF reading, PDF renderings)
#   libreoffice-writer-nogui, libreoffice-calc-nogui
#                       – DOCX/XLSX → PDF (`xxgk render --to pdf`), without recommends
#   postgresql          – the database tests against a real server
#
# Idempotent: when everything is present it only says so (no apt-get at all); otherwise it runs
# `apt-get update` once and installs just what is missing. Runs as root, or through sudo.
#
# Usage: scripts/ensure-system-deps.sh [--check]
#   --check   only report what is missing; exit 1 if anything is.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

check_only=0
for arg in "$@"; do
  case "$arg" in
    --check) check_only=1 ;;
    -h | --help)
      sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "未知参数：$arg（用法：scripts/ensure-system-deps.sh [--check]）" >&2
      exit 2
      ;;
  esac
done

# Each requirement: the package to install, then packages that satisfy it as well (the GUI
# builds of LibreOffice, Ubuntu's chromium-browser), separated by '|'.
WITH_RECOMMENDS=(
  'chromium|chromium-browser'
  'fonts-noto-cjk'
  'poppler-utils'
  'postgresql'
)
WITHOUT_RECOMMENDS=(
  'libreoffice-writer-nogui|libreoffice-writer'
  'libreoffice-calc-nogui|libreoffice-calc'
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "本脚本只支持使用 apt 的系统（Debian/Ubuntu）：未找到 dpkg-query 或 apt-get。" >&2
  echo "请用本系统的包管理器安装：chromium、Noto CJK 字体、poppler、LibreOffice（Writer 与 Calc）、PostgreSQL。" >&2
  exit 1
fi

installed() {
  local status
  status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]]
}

# Prints the first package of each requirement that no alternative satisfies.
missing_of() {
  local requirement alternative found
  for requirement in "$@"; do
    found=0
    IFS='|' read -r -a alternatives <<<"$requirement"
    for alternative in "${alternatives[@]}"; do
      if installed "$alternative"; then
        found=1
        break
      fi
    done
    if [[ $found -eq 0 ]]; then echo "${alternatives[0]}"; fi
  done
}

mapfile -t missing_plain < <(missing_of "${WITH_RECOMMENDS[@]}")
mapfile -t missing_lean < <(missing_of "${WITHOUT_RECOMMENDS[@]}")
missing=("${missing_plain[@]}" "${missing_lean[@]}")

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "系统依赖均已安装：chromium、fonts-noto-cjk、poppler-utils、libreoffice-writer/calc、postgresql。"
  exit 0
fi

echo "缺少以下系统软件包：${missing[*]}"
if [[ $check_only -eq 1 ]]; then
  echo "（--check：只检查，不安装。去掉 --check 以 root 身份运行即可安装。）"
  exit 1
fi

as_root=()
if [[ "$(id -u)" != "0" ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "需要 root 权限安装软件包，但当前不是 root 用户，且未找到 sudo。" >&2
    echo "请以 root 身份运行：sudo scripts/ensure-system-deps.sh，或由管理员执行：" >&2
    echo "  apt-get update && apt-get install -y ${missing_plain[*]:-} && apt-get install -y --no-install-recommends ${missing_lean[*]:-}" >&2
    exit 1
  fi
  # Without a terminal sudo must not wait for a password nobody can type.
  if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
fi

# Wait for another apt run (e.g. unattended upgrades) instead of failing on its lock.
APT=(apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 -y -q)

echo "+ apt-get update"
"${as_root[@]}" "${APT[@]}" update
if [[ ${#missing_plain[@]} -gt 0 ]]; then
  echo "+ apt-get install ${missing_plain[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install "${missing_plain[@]}"
fi
if [[ ${#missing_lean[@]} -gt 0 ]]; then
  echo "+ apt-get install --no-install-recommends ${missing_lean[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install --no-install-recommends \
    "${missing_lean[@]}"
fi

mapfile -t still_missing < <(missing_of "${WITH_RECOMMENDS[@]}" "${WITHOUT_RECOMMENDS[@]}")
if [[ ${#still_missing[@]} -gt 0 ]]; then
  echo "安装后仍缺少：${still_missing[*]}，请查看上面 apt-get 的输出。" >&2
  exit 1
fi
echo "系统依赖已安装完成。"
