#!/bin/bash
# Second call of 2026-11-27 (6 min of device time left): cheetah-run expert continued from the first call's checkpoint
# (.ckpt/ carried), beside compile_diag.py. run(command="bash assets/results/gpu_compile/gpu_session_s12b.sh", carry=[".whl", ".ckpt"])
source assets/results/gpu_compile/device_setup.sh
W=runs/experts/dmc-cheetah-run-s0; mkdir -p $W; cat .ckpt/ckpt_cheetah-run.gz.part_* | gunzip > $W/checkpoint.pt; cp .ckpt/cheetah_config.json $W/config.json
timeout 185 python3 -m cdred_nb.experts --task dmc:cheetah-run --seed 0 --preset small --time_limit 8.3 --episodes 10 --run_dir $W --progress false --compile true > $L/expert_cheetah2.log 2>&1 &
timeout 170 python3 $D/compile_diag.py > $L/compile_diag.log 2>&1; echo "exit $?" >> $L/compile_diag.log
wait; el done
tar czf $OUT/experts2.tgz --exclude=checkpoint.pt -C runs/experts .
gzip -1 -c $W/checkpoint.pt | split -b 15M - $OUT/ckpt_cheetah2.gz.part_
