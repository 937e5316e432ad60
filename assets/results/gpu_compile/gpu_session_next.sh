#!/bin/bash
# The next device session (prepared, not yet run): (1) the compiled = eager check without dropout, (2) what is left of the
# 400 env-steps/s goal (compiled bf16 plan, 8 envs), (3) the walker-walk expert (#5), continued from its CPU checkpoint.
# Before the call, here:  mkdir -p .ckpt && echo /.ckpt/ >> .git/info/exclude &&
#   gzip -1 -c runs/experts/dmc-walker-walk-s0/checkpoint.pt > .ckpt/walker.pt.gz && cp runs/experts/dmc-walker-walk-s0/config.json .ckpt/
# Call: run(command='bash assets/results/gpu_compile/gpu_session_next.sh', carry=['.whl', '.ckpt'], timeout_s=590)
source assets/results/gpu_compile/device_setup.sh   # env, wheels, `el`, $D and $L
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | tee $L/nvidia_smi.txt
W=runs/experts/dmc-walker-walk-s0; mkdir -p $W
[ -f .ckpt/walker.pt.gz ] && gunzip -c .ckpt/walker.pt.gz > $W/checkpoint.pt && cp .ckpt/config.json $W/
el 'expert (background, ~7 min)'
timeout 420 python3 -m cdred_nb.experts --task dmc:walker-walk --seed 0 --preset small --time_limit 6 --episodes 10 \
   --run_dir $W --progress false --compile true > $L/expert_walker.log 2>&1 &
P=$!
el 'compiled = eager (09a gpu cell, no dropout)'
timeout 150 python3 $D/run_gpu_cells.py nbs/09a_bench.ipynb fallback_random > $L/cells_09a.log 2>&1; echo "exit $?" >> $L/cells_09a.log
el 'loops: compiled bf16 plan, 8 envs (the expert run shares the GPU: compare only rows of this file)'
timeout $((T0 + 400 - $(date +%s))) python3 - > $L/loops_next.log 2>&1 <<'PY'
import json
from cdred_nb.bench import bench_loop
for variant, n, u, kw in [('fast+compile', 4, .25, {}), ('fast+compile', 4, .25, {'act_bf16': True}), ('fast+compile', 8, .125, {})]:
    r = bench_loop('paper', 'dmc:cheetah-run', 30 * n, variant, 'cuda', num_envs=n, updates_per_step=u, mpc=True, **kw)
    print(json.dumps(r | kw), flush=True)
PY
el 'waiting for the expert'; wait $P; el done
tar czf $OUT/expert_walker.tgz --exclude=checkpoint.pt -C runs/experts dmc-walker-walk-s0
gzip -1 -c $W/checkpoint.pt | split -b 15M - $OUT/ckpt_walker.gz.part_
