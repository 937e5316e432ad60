# Usage: python assets/results/diagnostics/reach_reward_ranking.py COPY_OF_REACH_RUN_DIR  (setup_run(resume=...) opens the run; use a copy)
# Does the learnt CDRED reward rank expert > near-miss > agent on reach?
import sys, numpy as np, torch
torch.set_num_threads(1)
from cdred_nb.train import setup_run, episode_seed
from cdred_nb.demos import reach_expert
run = setup_run(resume=sys.argv[1])
agent, env = run.agent, run.env
print('loop step', run.loop.step)
def rollout(policy, seed):
    o = env.reset(seed=seed); obs, acts, succ = [o], [], 0.
    for t in range(env.episode_length):
        a = policy(o, t); o, r, term, trunc, info = env.step(a); obs.append(o); acts.append(a); succ = max(succ, info['success'])
        if term or trunc: break
    obs, acts = np.array(obs, np.float32), np.array(acts, np.float32)
    d = np.linalg.norm(obs[-1, :3] - obs[-1, 36:39])
    with torch.no_grad():
        z = agent.model.encode(torch.as_tensor(obs[:-1]))
        r = agent._reward(z, torch.as_tensor(acts)).squeeze(-1).numpy()
    return dict(success=succ, dist=d, rsum=r.sum(), rlast=r[-20:].mean())
exp = reach_expert()
def offset_expert(off):
    def p(o, t):
        o2 = o.copy(); o2[36:39] = o2[36:39] + off; return exp(o2)
    return p
pol = lambda o, t: agent.act(o, eval_mode=True, t0=(t == 0))
rows = {}
rng = np.random.default_rng(0)
for name, mk in [('agent', lambda: pol), ('expert', lambda: (lambda o, t: exp(o))),
                 ('expert+5cm', lambda: offset_expert(np.array([0.05, 0, 0]))),
                 ('expert+10cm', lambda: offset_expert(np.array([0.0, 0.1, 0]))),
                 ('expert+20cm', lambda: offset_expert(np.array([0.14, 0.14, 0]))),
                 ('random', lambda: (lambda o, t: rng.uniform(-1, 1, 4).astype(np.float32)))]:
    rs = [rollout(mk(), episode_seed(0, 1, i)) for i in range(10)]
    rows[name] = {k: np.mean([r[k] for r in rs]) for k in rs[0]}
    print(f"{name:12s}", ' '.join(f'{k}={v:.3f}' for k, v in rows[name].items()), flush=True)
