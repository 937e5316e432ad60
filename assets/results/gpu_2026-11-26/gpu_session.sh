#!/bin/bash
# One device session: install the simulators, start three expert runs, run the GPU notebook cells and the GPU benchmark.
export PYTHONUNBUFFERED=1 MUJOCO_GL=disable   # state-only work: no renderer needed (the image has no libEGL)
T0=$(date +%s); el() { echo "[$(( $(date +%s) - T0 )) s] $*"; }
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
tar xzf .whl/dm_control_slim.tgz -C /tmp/site
export PYTHONPATH=/tmp/site:$PWD
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 -c "import torch, cdred_nb.core as c; print('torch', torch.__version__, c.default_device())" || exit 1
mkdir -p $OUT/logs runs/experts
el start experts
run_expert() {  # task seed extra-args...
  local name=$(echo $1 | tr : -)-s$2
  timeout $((T0 + 440 - $(date +%s))) python3 -m cdred_nb.experts --task $1 --seed $2 --preset small --time_limit $TL --episodes 10 \
     --run_dir runs/experts/$name --progress false --threads 2 "${@:3}" > $OUT/logs/expert_$name.log 2>&1
  echo "exit $? for $name" >> $OUT/logs/expert_$name.log
  python3 -c "from cdred_nb.experts import save_expert; save_expert('runs/experts/$name', 'runs/experts/$name/expert.pt')"
}
TL=${TL:-4.5}
run_expert dmc:walker-walk 0 & P1=$!
run_expert dmc:cheetah-run 0 & P2=$!
run_expert dmc:cheetah-run 1 --compile true & P3=$!
el gpu cells
for nb in 07_world_model 09a_bench; do
  timeout 120 python3 .whl/run_cells.py nbs/$nb.ipynb gpu > $OUT/logs/cells_$nb.log 2>&1; echo "exit $? $nb" | tee -a $OUT/logs/cells_$nb.log
done
el benchmark
timeout 120 python3 -m cdred_nb.bench --presets small,paper --device cuda --compile no --task dmc:cheetah-run \
   --loop_steps 60 --repeats 10 --json assets/results/bench_gpu.json --csv assets/results/bench_gpu.csv \
   > $OUT/logs/bench_gpu.log 2>&1; echo "bench exit $?" | tee -a $OUT/logs/bench_gpu.log
el compiled benchmark
timeout $((T0 + 430 - $(date +%s))) python3 -m cdred_nb.bench --presets paper --device cuda --compile yes --task dmc:cheetah-run \
   --loop_steps 60 --repeats 10 --json assets/results/bench_gpu_compile.json --csv assets/results/bench_gpu_compile.csv \
   > $OUT/logs/bench_gpu_compile.log 2>&1; echo "bench exit $?" | tee -a $OUT/logs/bench_gpu_compile.log
el waiting for experts
wait $P1 $P2 $P3
el experts done
cp assets/results/bench_gpu.* $OUT/logs/ 2>/dev/null
nvidia-smi >> $OUT/logs/nvidia_smi.txt
tar czf $OUT/logs.tgz -C $OUT logs && rm -rf $OUT/logs
for d in runs/experts/*/; do n=$(basename $d); [ -d "$d" ] && tar czf $OUT/expert_$n.tgz --exclude=checkpoint.pt -C runs/experts $n; done
W=runs/experts/dmc-walker-walk-s0/checkpoint.pt
[ -f $W ] && gzip -c $W | split -b 15M - $OUT/ckpt_walker_s0.pt.gz.part_
ls -la $OUT; el end
