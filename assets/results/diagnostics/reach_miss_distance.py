# How far from the goal do a reach run's failed episodes end? The run's final policy (eval mode) and
# the scripted expert from the same 50 eval start states; per episode the closest the gripper came to
# the goal and where it ended. Distances are the env's own success distance: tool centre point
# (`tcp_center`) to target (`_target_pos`); the env counts success at <= 5 cm. (Session 8 measured
# obs[:3] to obs[-3:] instead: the hand sits 4.5 cm above the tool centre point, so that frame
# put the expert's end point 4.5 cm from the goal and blurred what a near miss is.)
# Usage: python assets/results/diagnostics/reach_miss_distance.py COPY_OF_RUN_DIR [...]  (setup_run(resume=...) opens the run; use copies)
import sys, torch, numpy as np; torch.set_num_threads(1)
from cdred_nb.train import setup_run, episode_seed
from cdred_nb.demos import expert_policy

def distances(env, policy, seed, episodes=50):
    out = []
    for i in range(episodes):
        obs = env.reset(seed=episode_seed(seed, 1, i)); d, ok = [], 0.
        for t in range(env.episode_length):
            obs, r, term, trunc, info = env.step(policy(obs, t))
            u = env.sim.unwrapped
            d.append(float(np.linalg.norm(u.tcp_center - u._target_pos))); ok = max(ok, info['success'])
            if term or trunc: break
        out.append((min(d), d[-1], ok))
    return np.array(out)

def summary(name, a):
    ok = a[:, 2] > 0
    fail = a[~ok]
    q = lambda x: ' / '.join(f'{v*100:.1f}' for v in np.percentile(x, (10, 50, 90))) if len(x) else '–'
    print(f'{name}: success {ok.mean():.2f}; failed episodes: closest cm (p10/p50/p90) {q(fail[:, 0])}, final cm {q(fail[:, 1])}; '
          f'all episodes final cm {q(a[:, 1])}')

for path in sys.argv[1:]:
    run = setup_run(resume=path)
    env, seed = run.eval_env, run.cfg.seed   # the run's eval env and start states, as in final_eval.json
    summary(f'{path} agent', distances(env, lambda o, t: run.agent.act(o, eval_mode=True, t0=t == 0), seed))
    exp = expert_policy(run.cfg.task)[0]
    summary(f'{path} expert', distances(env, lambda o, t: exp(o), seed))
