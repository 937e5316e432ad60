# Where does a reach run lose the expert's precision: in its reward, its critic, or its policy?
# Along 20 fresh scripted-expert episodes (the run's eval env and eval start states), at every expert state s with
# expert action a_E and the run's policy action a_pi (the policy mean, as in evaluation), grouped by the env's
# success distance (tool centre point to target) at s:
#   |a_pi - a_E|      the policy's action error (x, y, z), the imitation error at the expert's own states;
#   Q prefers a_E     fraction of states where the critic (mean of all Q heads) values a_E above a_pi, and the mean gap;
#   r prefers a_E     the same for the CDRED reward r(z, a);
#   Q(a_E), spread    the critic's value of a_E, and the std of that value over the Q heads (median): its noise scale.
# A run whose critic and reward prefer a_E but whose policy does not follow has a policy-optimisation problem;
# one whose critic is indifferent near the goal has a reward/critic resolution problem.
# Usage: python assets/results/diagnostics/reach_critic_check.py COPY_OF_RUN_DIR [...]  (BC runs: action error only)
import sys, torch, numpy as np; torch.set_num_threads(1)
from cdred_nb.train import setup_run, episode_seed
from cdred_nb.demos import expert_policy
from cdred_nb.world_model import two_hot_inv

BANDS = ((0, .05, 'at the goal (< 5 cm)'), (.05, .10, '5-10 cm'), (.10, 9., 'farther than 10 cm'))

def expert_states(env, seed, episodes=20):
    exp, S, A, D = expert_policy(env.task)[0], [], [], []
    for i in range(episodes):
        obs = env.reset(seed=episode_seed(seed, 1, i)); u = env.sim.unwrapped
        for t in range(env.episode_length):
            a = exp(obs); S.append(obs); A.append(a); D.append(float(np.linalg.norm(u.tcp_center - u._target_pos)))
            obs, r, term, trunc, info = env.step(a)
            if term or trunc: break
    return (torch.as_tensor(np.array(S), dtype=torch.float32), torch.as_tensor(np.array(A), dtype=torch.float32), np.array(D))

@torch.no_grad()
def check(path):
    run = setup_run(resume=path); agent = run.agent; m = agent.model.eval()
    S, A, D = expert_states(run.eval_env, run.cfg.seed)
    z = m.encode(S); a_pi = m.pi(z)[0]
    err = (a_pi[:, :3] - A[:, :3]).norm(dim=-1).numpy()
    has_critic = hasattr(m, 'Qs') and getattr(agent, 'reward_model', None) is not None
    if has_critic:
        heads = lambda a: two_hot_inv(m.Q(z, a, return_type='all'), m.cfg.vmin, m.cfg.vmax).squeeze(-1).numpy()   # (N_q, n)
        q = lambda a: heads(a).mean(0)
        r = lambda a: agent._reward(z, a).squeeze(-1).numpy()
        dq, dr, qE, spread = q(A) - q(a_pi), r(A) - r(a_pi), q(A), heads(A).std(0)
    print(f'{path} ({run.cfg.method}), {len(D)} expert states')
    for lo, hi, name in BANDS:
        k = (D >= lo) & (D < hi)
        line = f'  {name:22s} n={k.sum():4d}  |a_pi - a_E| {np.median(err[k]):.3f} (median), |a_E| {np.median(A[k, :3].norm(dim=-1).numpy()):.3f}'
        if has_critic:
            line += (f'  Q prefers a_E {np.mean(dq[k] > 0):.2f} (mean gap {dq[k].mean():+.4f})'
                     f'  r prefers a_E {np.mean(dr[k] > 0):.2f} (mean gap {dr[k].mean():+.4f})'
                     f'  Q(a_E) {qE[k].mean():+.3f}, spread over heads {np.median(spread[k]):.4f}')
        print(line)

for p in sys.argv[1:]: check(p)
