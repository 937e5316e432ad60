#!/bin/bash
# Chapter 12's ablation rows on mw:button-press, seed 0, one at a time on one CPU thread, then published.
# Safe to kill and re-run: a finished row is skipped, a started one resumes from its checkpoint.
# Usage (repo root): bash assets/results/ablations/run_ablations.sh [NAMES]   (default: the rows not run yet)
# Each row's --set string is chapter 12's ABLATIONS table; the chapter prints the same commands.
set -u
PY=${PY:-.venv/bin}
declare -A SET=([zeta-0.5]=agent.reward.expert_coef=0.5 [zeta-1.0]=agent.reward.expert_coef=1.0
  [alpha-0.5]=agent.reward.alpha=0.5 [alpha-1.0]=agent.reward.alpha=1.0
  [K-1]=agent.reward.coupled.num_targets=1 [K-10]=agent.reward.coupled.num_targets=10
  [g-exp]=agent.reward.shaping=exp [obs-space]=agent.reward_space=obs [mppi]=agent.mpc=True
  [demos-5]=num_demos=5 [demos-20]=num_demos=20 [red]=)
NAMES=${1:-"mppi alpha-0.5 K-10 demos-20"}
mkdir -p runs/logs
for name in $NAMES; do
  method=cdred; [ "$name" = red ] && method=red
  d=runs/ablations/$name/mw-button-press/$method/s0
  if [ -f $d/summary.json ] && grep -q '"complete": true' $d/summary.json; then echo "[$(date +%T)] $name done already"
  else
    if [ -f $d/checkpoint.pt ]; then args="--resume $d"
    else args="--preset small --task mw:button-press --seed 0 --steps 4000 --method $method --run_dir $d"
         [ -n "${SET[$name]}" ] && args="$args --set ${SET[$name]}"; fi
    echo "[$(date +%T)] $name: cdred-train $args"
    $PY/cdred-train $args --threads 1 --progress false > runs/logs/abl_$name.log 2>&1 || echo "[$(date +%T)] $name FAILED"
    tail -1 runs/logs/abl_$name.log
  fi
  $PY/cdred-sweep --out runs/ablations/$name --aggregate_only true --publish_to assets/results/ablations/$name > /dev/null 2>&1
done
echo "[$(date +%T)] ablations finished"
