#!/usr/bin/env bash
# GUI smoke test: clientele under xvfb-run on a demo database.
set -euo pipefail
app=$1 cli=$2 out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work/xdg XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
"$cli" --db "$work/demo.sqlite" demo --clients 500 --seed 7 >/dev/null 2>&1
shot=$out/gui_smoke.png
rm -f "$shot"
timeout 60 xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --db "$work/demo.sqlite" --screenshot "$shot"
size=$(stat -c %s "$shot")
echo "screenshot $shot: $size bytes"
[ "$size" -gt 20000 ] || { echo "screenshot too small: the window did not paint"; exit 1; }
# The lock is released on a clean quit: the CLI can write again.
"$cli" --db "$work/demo.sqlite" client add --kind company --name "После выхода" >/dev/null
