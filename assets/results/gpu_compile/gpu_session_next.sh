#!/bin/bash
# The next device session (prepared, not yet run): the loop rows that session 4 ran out of time for, each in its own
# process so that one slow compile cannot starve the next: compiled bf16 plan with 16 envs (u = 1/16) and 4 envs (u = 1/4),
# and the 8-env row again as the reference (compare rows of one call only). Nothing else may run beside them. First, a
# minute: the eager paper update with and without `update_bf16` (chapter 09; unmeasured on a GPU).
# Before the call, here: .whl as in the header of gpu_session_s12.sh (`echo /.whl/ >> .git/info/exclude`).
# Call: run(command='bash assets/results/gpu_compile/gpu_session_next.sh', carry=['.whl'], timeout_s=570)
source assets/results/gpu_compile/device_setup.sh   # env, wheels, `el`, $D and $L
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | tee $L/nvidia_smi.txt
el 'eager update, fp32 vs update_bf16 (paper)'
timeout 60 python3 -m cdred_nb.bench --device cuda --presets paper --parts update --variants fast --compile no --repeats 10 \
  --loop_steps 0 > $L/update_bf16.log 2>&1   # rows fast and fast+bf16 (update_bf16)
for row in "16 0.0625" "8 0.125" "4 0.25"; do
  set -- $row; el "loop, compiled bf16 plan, $1 envs"
  timeout 170 python3 - $1 $2 >> $L/loops_next.log 2>&1 <<'PY'
import json, sys, torch
from cdred_nb.bench import bench_loop
n, u = int(sys.argv[1]), float(sys.argv[2])
r = bench_loop('paper', 'dmc:cheetah-run', 40 * n, 'fast+compile', 'cuda', num_envs=n, updates_per_step=u, mpc=True, act_bf16=True)
print(json.dumps(r | {'act_bf16': True, 'device': torch.cuda.get_device_name()}), flush=True)
PY
done
el done
grep '^{' $L/loops_next.log
tar czf $OUT/logs.tgz -C $OUT logs
