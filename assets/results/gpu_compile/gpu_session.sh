#!/bin/bash
# One device session (#8): the compiled agent against eager on the GPU, then the paper-size GPU benchmark.
# Needs .whl/ (mujoco, dm_control, gymnasium, fastcore wheels; see ../gpu_2026-11-26/README.md) carried.
source assets/results/gpu_compile/device_setup.sh   # env, wheels, `el`, $D and $L
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | tee $L/nvidia_smi.txt
python3 -c "import torch, cdred_nb.core as c; print('torch', torch.__version__, c.default_device())" || exit 1
B="python3 -m cdred_nb.bench --device cuda --task dmc:cheetah-run --repeats 10 --compile yes"
el 'compiled = eager (09a gpu cell)'
TORCH_LOGS=perf_hints timeout 150 python3 $D/run_gpu_cells.py nbs/09a_bench.ipynb fallback_random > $L/cells_09a.log 2>&1
echo "exit $?" >> $L/cells_09a.log
el 'update + act, paper'
timeout 240 $B --presets paper --variants fast --parts update,act --json $L/bench_paper_ua.json > $L/bench_paper_ua.log 2>&1
echo "exit $?" >> $L/bench_paper_ua.log; el done
grep -q "exit 0" $L/bench_paper_ua.log || timeout 90 ${B/--compile yes/--compile no} --presets paper --variants fast --parts update,act \
   --json $L/bench_paper_ua_eager.json > $L/bench_paper_ua_eager.log 2>&1   # the eager rows at least
el 'loops, paper'
timeout $((T0 + 520 - $(date +%s))) $B --presets paper --variants fast --parts loop --loop_steps 90 --loop_settings 1:1,4:0.25 \
   --json $L/bench_paper_loop.json > $L/bench_paper_loop.log 2>&1; echo "exit $?" >> $L/bench_paper_loop.log
el 'end'
nvidia-smi >> $L/nvidia_smi.txt
tar czf $OUT/logs.tgz -C $OUT logs
