"""The reacher expert's PD gains: return, mean |action| over steps 100-500 and sign-flip rate, 4 episodes each.
Run from the repo root: .venv/bin/python assets/results/diagnostics/reacher_chatter/reacher_gains.py"""
import numpy as np
from cdred_nb.envs import make_env
from cdred_nb.demos import reacher_expert

env = make_env('dmc:reacher-easy', seed=0)
print('kp    kd    mean return  min return  mean |a| (t>=100)  sign flips per step (t>=100)')
for kp, kd in [(10, 1), (5, 0.5), (3, 0.3), (5, 0.15), (5, 0.1), (3, 0.1), (1, 0.05)]:
    pol, R, late, flips = reacher_expert(kp, kd), [], [], []
    for i in range(4):
        o, ret, acts = env.reset(seed=i), 0., []
        for t in range(500):
            a = pol(o); acts.append(a); o, r = env.step(a)[:2]; ret += r
        acts = np.array(acts)[100:]
        R.append(ret); late.append(np.abs(acts).mean()); flips.append((np.diff(np.sign(acts), axis=0) != 0).mean())
    print(f'{kp:<5} {kd:<5} {np.mean(R):11.1f} {np.min(R):11.1f} {np.mean(late):18.3g} {np.mean(flips):12.2f}')
