#!/usr/bin/env bash
# Start Gonghui on the embedded SQLite with the demo district.
set -euo pipefail
cd "$(dirname "$0")"
command -v dotnet >/dev/null || { echo "run-demo.sh: install the .NET 10 SDK (dotnet) first" >&2; exit 1; }
command -v npm >/dev/null || { echo "run-demo.sh: the console's charts come from npm: install Debian's package 'npm' (apt-get install npm)" >&2; exit 1; }
URL=${GONGHUI_URL:-http://127.0.0.1:5080}
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || echo "run-demo.sh: annual reports as PDF need a Chinese font: install Debian's package 'fonts-wqy-microhei' (the rest runs without it)" >&2
dotnet build src/Gonghui -c Release -v quiet -nologo
GONGHUI=(dotnet src/Gonghui/bin/Release/net10.0/gonghui.dll)
# The first start builds the district with 20,000 members over about 600 enterprises (some seconds).
"${GONGHUI[@]}" seed demo --members "${GONGHUI_DEMO_MEMBERS:-20000}"
echo
echo "Gonghui: $URL"
echo "Demo sign-in: admin / Demo#Gonghui2026  (also: hitech-admin, hitech-staff, jianwai-admin, district-staff, auditor; same password)"
echo "Two-step verification is optional in the demo (账户 → 两步验证); a real district requires it of its administrators, staff and auditors (规则参数 → 等保)."
echo
exec "${GONGHUI[@]}" serve --urls "$URL"
