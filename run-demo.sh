#!/usr/bin/env bash
# Start Gonghui on the embedded SQLite with the demo district.
set -euo pipefail
cd "$(dirname "$0")"

. scripts/common.sh

command -v dotnet >/dev/null || die "the .NET SDK is missing: install .NET 10 (dotnet) first"
# Installed from Debian when missing, as ./test.sh does (as root; otherwise each is named).
need_package npm command -v npm # the console's charts (Apache ECharts) come from the npm registry at build time
# The Chinese font PDF reports embed: installed as root; otherwise named, the rest runs without it.
if [ "$(id -u)" = 0 ]; then
  need_package fonts-wqy-microhei test -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
elif [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  echo "run-demo.sh: annual reports as PDF need a Chinese font: run 'sudo apt-get install fonts-wqy-microhei' (the rest runs without it)" >&2
fi
URL=${GONGHUI_URL:-http://127.0.0.1:5080}
dotnet build src/Gonghui -c Release -v quiet -nologo
GONGHUI=(dotnet src/Gonghui/bin/Release/net10.0/gonghui.dll)
# The first start builds the district with 20,000 members over about 600 enterprises (some seconds).
"${GONGHUI[@]}" seed demo --members "${GONGHUI_DEMO_MEMBERS:-20000}"
echo
echo "Gonghui: $URL"
echo "Workers' public pages (no sign-in, for a phone): $URL/portal"
echo "Demo sign-in: admin / Demo#Gonghui2026  (also: hitech-admin, hitech-staff, jianwai-admin, district-staff, auditor; same password)"
echo "Two-step verification is optional in the demo (账户 → 两步验证); a real district requires it of its administrators, staff and auditors (规则参数 → 等保)."
echo
exec "${GONGHUI[@]}" serve --urls "$URL"
