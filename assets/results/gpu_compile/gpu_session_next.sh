#!/bin/bash
# The next device session (prepared, not yet run): (1) compiled = eager after the target-draw fix (09a gpu cell),
# (2) the cheetah-run expert continued from its checkpoint (#5), (3) the loop rows left: compiled bf16 plan with 4 and 8 envs
# on a GPU of our own while the expert runs (compare rows of one file only).
# Before the call, here (.whl: see the header of gpu_session_s12.sh; `echo /.whl/ >> .git/info/exclude` etc.):
#   mkdir -p .ckpt && gzip -1 -c runs/experts/dmc-cheetah-run-s0/checkpoint.pt > .ckpt/cheetah.pt.gz &&
#   cp runs/experts/dmc-cheetah-run-s0/config.json .ckpt/cheetah_config.json &&
#   cp runs/experts/dmc-cheetah-run-s0/summary.json .ckpt/cheetah_summary.json
# Call: run(command='bash assets/results/gpu_compile/gpu_session_next.sh', carry=['.whl', '.ckpt'], timeout_s=560)
# The expert's --time_limit counts minutes across resumes: TL is the run's wall time so far + 6 minutes.
source assets/results/gpu_compile/device_setup.sh   # env, wheels, `el`, $D and $L
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | tee $L/nvidia_smi.txt
W=runs/experts/dmc-cheetah-run-s0; mkdir -p $W
TL=$(python3 -c "import json; print(json.load(open('.ckpt/cheetah_summary.json'))['wall_time'] / 60 + 6)" 2>/dev/null || echo 6)
[ -f .ckpt/cheetah.pt.gz ] && gunzip -c .ckpt/cheetah.pt.gz > $W/checkpoint.pt && cp .ckpt/cheetah_config.json $W/config.json
el 'cheetah expert (background)'
timeout 470 python3 -m cdred_nb.experts --task dmc:cheetah-run --seed 0 --preset small --time_limit $TL --episodes 10 \
   --run_dir $W --progress false --compile true > $L/expert_cheetah.log 2>&1 &
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
el 'waiting for the expert'; wait; el done
tar czf $OUT/logs.tgz -C $OUT logs
tar czf $OUT/expert.tgz --exclude=checkpoint.pt -C runs/experts dmc-cheetah-run-s0
gzip -1 -c $W/checkpoint.pt | split -b 15M - $OUT/ckpt_cheetah.gz.part_
