#!/bin/bash
# Fill the missing cells of the chapter-12 Meta-World grid, one run at a time on one CPU thread.
# Safe to kill and re-run: a finished cell (summary.json with "complete": true) is skipped, a started one
# resumes from its checkpoint. Usage (from the repo root): bash assets/results/exp12_mw/fill_grid.sh [CELLS]
# where CELLS is a list of method:seed:task (default: the order below). Publish with
#   cdred-sweep --out runs/exp12_mw --aggregate_only true --publish_to assets/results/exp12_mw
set -u
PY=${PY:-.venv/bin}
CELLS=${1:-"cdred:2:reach-wall cdred:2:stick-push cdred:2:box-close cdred:2:bin-picking cdred:2:stick-pull cdred:1:stick-pull
iqmpc:1:reach-wall iqmpc:1:stick-push iqmpc:1:box-close iqmpc:1:bin-picking iqmpc:1:stick-pull
red:1:reach-wall red:1:stick-push red:1:box-close red:1:bin-picking red:1:stick-pull
iqmpc:2:reach-wall iqmpc:2:stick-push iqmpc:2:box-close iqmpc:2:bin-picking iqmpc:2:stick-pull
red:2:reach-wall red:2:stick-push red:2:box-close red:2:bin-picking red:2:stick-pull"}
mkdir -p runs/logs
for cell in $CELLS; do
  IFS=: read -r m s t <<< "$cell"
  d=runs/exp12_mw/mw-$t/$m/s$s
  if [ -f $d/summary.json ] && grep -q '"complete": true' $d/summary.json; then echo "[$(date +%T)] $cell done already"; continue; fi
  if [ -f $d/checkpoint.pt ]; then args="--resume $d"; else args="--preset small --task mw:$t --method $m --seed $s --steps 4000 --run_dir $d"; fi
  echo "[$(date +%T)] $cell: cdred-train $args"
  $PY/cdred-train $args --threads 1 --progress false > runs/logs/exp12_${m}_s${s}_$t.log 2>&1 || echo "[$(date +%T)] $cell FAILED (see runs/logs)"
  grep -h "score" runs/logs/exp12_${m}_s${s}_$t.log | tail -1
done
echo "[$(date +%T)] queue finished"
