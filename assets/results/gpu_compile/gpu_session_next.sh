#!/bin/bash
# The next device session (prepared, not yet run): (1) compiled = eager after the target-draw fix (09a gpu cell),
# (2) the loop rows left: compiled bf16 plan with 4 and 8 envs, on a GPU of our own (compare rows of one file only).
# (The cheetah-run expert this script used to continue shipped on 2026-11-28, trained to the end on the CPU.)
# Before the call, here: .whl as in the header of gpu_session_s12.sh (`echo /.whl/ >> .git/info/exclude`).
# Call: run(command='bash assets/results/gpu_compile/gpu_session_next.sh', carry=['.whl'], timeout_s=560)
source assets/results/gpu_compile/device_setup.sh   # env, wheels, `el`, $D and $L
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | tee $L/nvidia_smi.txt
el 'compiled = eager (09a gpu cell)'
timeout 150 python3 $D/run_gpu_cells.py nbs/09a_bench.ipynb fallback_random > $L/cells_09a.log 2>&1; echo "exit $?" >> $L/cells_09a.log
el 'loops'
timeout $((T0 + 440 - $(date +%s))) python3 - > $L/loops_next.log 2>&1 <<'PY'
import json, torch
from cdred_nb.bench import bench_loop
for variant, n, u, kw in [('fast+compile', 8, .125, {'act_bf16': True}), ('fast+compile', 4, .25, {'act_bf16': True})]:
    r = bench_loop('paper', 'dmc:cheetah-run', 40 * n, variant, 'cuda', num_envs=n, updates_per_step=u, mpc=True, **kw)
    print(json.dumps(r | kw | {'device': torch.cuda.get_device_name()}), flush=True)
PY
el done
tar czf $OUT/logs.tgz -C $OUT logs
