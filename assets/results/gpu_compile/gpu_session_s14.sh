#!/bin/bash
# Device session 4 (2026-11-28, H200; ran as `gpu_session_next.sh`): (1) compiled = eager after the target-draw fix (09a gpu cell),
# (2) the loop rows: eager vs compiled bf16 plan with 8 envs on a GPU of our own (s12's 362 shared the GPU with two
# training runs), then 16 and 4 envs (compare rows of one file only).
# (The cheetah-run expert this script used to continue shipped on 2026-11-28, trained to the end on the CPU.)
# Before the call, here: .whl as in the header of gpu_session_s12.sh (`echo /.whl/ >> .git/info/exclude`).
# Call: run(command='bash assets/results/gpu_compile/gpu_session_next.sh', carry=['.whl'], timeout_s=570)
source assets/results/gpu_compile/device_setup.sh   # env, wheels, `el`, $D and $L
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | tee $L/nvidia_smi.txt
el 'compiled = eager (09a gpu cell); beside it, chapters 07 and 09 whole (CPU tests, then their gpu cells, on the GPU)'
for nb in 07_world_model 09_agent; do (timeout 150 python3 $D/run_gpu_cells.py nbs/$nb.ipynb --all > $L/cells_$nb.log 2>&1; echo "exit $?" >> $L/cells_$nb.log) & done
timeout 150 python3 $D/run_gpu_cells.py nbs/09a_bench.ipynb fallback_random > $L/cells_09a.log 2>&1; echo "exit $?" >> $L/cells_09a.log
wait; tail -n 2 $L/cells_*.log
el 'loops'
timeout $((T0 + 500 - $(date +%s))) python3 - > $L/loops_next.log 2>&1 <<'PY'
import json, torch
from cdred_nb.bench import bench_loop
bf = {'act_bf16': True}   # eager baseline first (same process, same machine), then the compiled bf16 plan rows
for variant, n, u, kw in [('fast', 8, .125, {}), ('fast+compile', 8, .125, bf), ('fast+compile', 16, 1 / 16, bf), ('fast+compile', 4, .25, bf)]:
    r = bench_loop('paper', 'dmc:cheetah-run', 40 * n, variant, 'cuda', num_envs=n, updates_per_step=u, mpc=True, **kw)
    print(json.dumps(r | kw | {'device': torch.cuda.get_device_name()}), flush=True)
PY
el done
tar czf $OUT/logs.tgz -C $OUT logs
