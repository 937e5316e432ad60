# Evaluate a finished run's final policy on 50 episodes in envs built with seeds 0-3 (reset seeds of stream 7).
# Usage: python assets/results/diagnostics/eval_seed_spread.py COPY_OF_RUN_DIR  (setup_run(resume=...) opens the run; use a copy)
import sys, torch, numpy as np; torch.set_num_threads(1)
from cdred_nb.train import setup_run, evaluate
from cdred_nb.envs import make_env
run = setup_run(resume=sys.argv[1])
pol = lambda obs, t: run.agent.act(obs, eval_mode=True, t0=t == 0)
for s in (0, 1, 2, 3):
    print('env seed', s, evaluate(make_env(run.cfg.task, seed=s), pol, 50, 7))
