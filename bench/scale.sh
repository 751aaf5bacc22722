#!/usr/bin/env bash
# Corpus-scale and micro benchmarks (Release, ReadyToRun). Results are printed as Markdown tables.
# SIZES="10 100 1000 10000" bench/scale.sh        # load time, peak memory, search latency per corpus size
# MICRO=1 bench/scale.sh                           # also the BenchmarkDotNet loader stages (a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out/scale
dotnet publish bench/TreatyBrowser.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" >/dev/null
dotnet "$out/TreatyBrowser.Bench.dll" scale ${SIZES:-10 100 1000 10000}
if [ "${MICRO:-0}" = 1 ]; then
  (cd "$out" && dotnet TreatyBrowser.Bench.dll micro --artifacts "$PWD/micro")
fi
