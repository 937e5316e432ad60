#!/bin/bash
# Device session of 2026-11-27 (#8, #5), one prepared call:
#   run(command='bash assets/results/gpu_compile/gpu_session_s12.sh', carry=['.whl'], timeout_s=560)
# .whl/ (made here, see README.md): mujoco 3.16.0 and dm-tree 0.1.10 cp312 wheels, and dm_control_slim.tgz (pure-Python
# dm_control without locomotion/blender, dm_env, gymnasium, farama_notifications, fastcore, OpenGL, glfw from .venv).
# (1) background: walker-walk and cheetah-run experts, `small` preset, compiled, TD-MPC2 recipe (MPPI, u = 1), 5.6 min each;
# (2) the 09a `#| gpu` check compiled = eager (Q-head dropout off since the 2026-11-26 failure);
# (3) full-loop env-steps/s with planning at `paper` sizes, 8 envs: eager, compiled, compiled + bf16 plan, and the
#     4-env compiled row of 2026-11-26 again (the expert runs share the GPU: compare rows of this file only).
source assets/results/gpu_compile/device_setup.sh   # env, wheels, `el`, $D and $L
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee $L/nvidia_smi.txt
python3 -c "import torch, cdred_nb.core as c; from cdred_nb.envs import make_env; e = make_env('dmc:walker-walk'); e.reset(); print('torch', torch.__version__, c.default_device(), e.obs_shape)" 2>&1 | tee $L/smoke.log || exit 1
for t in walker-walk cheetah-run; do
  el "expert $t (background)"
  timeout 470 python3 -m cdred_nb.experts --task dmc:$t --seed 0 --preset small --time_limit 5.6 --episodes 10 \
     --run_dir runs/experts/dmc-$t-s0 --progress false --compile true > $L/expert_$t.log 2>&1 &
done
el 'compiled = eager (09a gpu cell)'
timeout 150 python3 $D/run_gpu_cells.py nbs/09a_bench.ipynb fallback_random > $L/cells_09a.log 2>&1; echo "exit $?" >> $L/cells_09a.log
el 'loops, paper, with planning'
timeout $((T0 + 470 - $(date +%s))) python3 - > $L/loops_s12.log 2>&1 <<'PY'
import json, torch
from cdred_nb.bench import bench_loop
for variant, n, u, kw in [('fast', 8, .125, {}), ('fast+compile', 8, .125, {}), ('fast+compile', 8, .125, {'act_bf16': True}),
                          ('fast+compile', 4, .25, {})]:
    r = bench_loop('paper', 'dmc:cheetah-run', 40 * n, variant, 'cuda', num_envs=n, updates_per_step=u, mpc=True, **kw)
    print(json.dumps(r | kw | {'device': torch.cuda.get_device_name()}), flush=True)
PY
echo "exit $?" >> $L/loops_s12.log
el 'waiting for the experts'; wait; el done
nvidia-smi >> $L/nvidia_smi.txt
tar czf $OUT/logs.tgz -C $OUT logs
tar czf $OUT/experts.tgz --exclude=checkpoint.pt -C runs/experts .
for t in walker-walk cheetah-run; do
  [ -f runs/experts/dmc-$t-s0/checkpoint.pt ] && gzip -1 -c runs/experts/dmc-$t-s0/checkpoint.pt | split -b 15M - $OUT/ckpt_$t.gz.part_
done
ls -la $OUT
