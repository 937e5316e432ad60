# Where does a reach run lose the expert's precision: in its reward, its critic, or its policy?
# Along 20 fresh scripted-expert episodes (the run's eval env and eval start states), at every expert state s with
# expert action a_E and the run's policy action a_pi (the policy mean, as in evaluation), grouped by the env's
# success distance (tool centre point to target) at s:
#   |a_pi - a_E|      the policy's action error (x, y, z), the imitation error at the expert's own states;
#   pre-tanh |mu|     the policy's mean before the tanh, per axis: near-saturated outputs (> 2) pass almost no gradient;
#   Q prefers a_E     fraction of states where the critic (mean of all Q heads) values a_E above a_pi, and the mean gap;
#   r prefers a_E     the same for the CDRED reward r(z, a);
#   Q(a_E), spread    the critic's value of a_E, and the std of that value over the Q heads (median): its noise scale.
# Then the landscape around the goal: the expert's states within 2 cm of the target with the hand moved
# d cm in a random direction (obs[0:3] and the previous frame's obs[18:21]); at each d the critic's
# value V = Q(z, pi(z)), the reward of holding still r(z, 0) and its two terms (expert -zeta*b_E,
# behavioural (1-zeta)*b_B, both before bias_scale), and the policy's |action|.
# A run whose critic and reward prefer a_E but whose policy does not follow has a policy-optimisation problem;
# one whose critic is flat where the reward is not has a critic that has not caught up with its reward.
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

def q_heads(m, z, a):
    "Each Q head's value of (z, a): (N_q, n)."
    return two_hot_inv(m.Q(z, a, return_type='all'), m.cfg.vmin, m.cfg.vmax).squeeze(-1)

@torch.no_grad()
def check(path, run, S, A, D):
    agent = run.agent; m = agent.model
    z = m.encode(S); a_pi = m.pi(z)[0]
    err = (a_pi[:, :3] - A[:, :3]).norm(dim=-1).numpy()
    mu = m.policy(z).chunk(2, -1)[0][:, :3].abs().numpy()   # pre-tanh means (x, y, z): is the policy saturated?
    has_critic = hasattr(m, 'Qs') and getattr(agent, 'reward_model', None) is not None
    if has_critic:
        heads = lambda a: q_heads(m, z, a).numpy()
        q = lambda a: heads(a).mean(0)
        r = lambda a: agent._reward(z, a).squeeze(-1).numpy()
        dq, dr, qE, spread = q(A) - q(a_pi), r(A) - r(a_pi), q(A), heads(A).std(0)
    print(f'{path} ({run.cfg.method}), {len(D)} expert states')
    for lo, hi, name in BANDS:
        k = (D >= lo) & (D < hi)
        line = (f'  {name:22s} n={k.sum():4d}  |a_pi - a_E| {np.median(err[k]):.3f} (median), |a_E| {np.median(A[k, :3].norm(dim=-1).numpy()):.3f}'
                f'  pre-tanh |mu| {np.median(mu[k]):.2f} (median), > 2 on {np.mean(mu[k] > 2):.2f}')
        if has_critic:
            line += (f'  Q prefers a_E {np.mean(dq[k] > 0):.2f} (mean gap {dq[k].mean():+.4f})'
                     f'  r prefers a_E {np.mean(dr[k] > 0):.2f} (mean gap {dr[k].mean():+.4f})'
                     f'  Q(a_E) {qE[k].mean():+.3f}, spread over heads {np.median(spread[k]):.4f}')
        print(line)

@torch.no_grad()
def landscape(path, run, S, D, shifts_cm=(0, 2, 4, 6, 8, 12)):
    agent = run.agent; m = agent.model; rm = getattr(agent, 'reward_model', None)
    if rm is None or not hasattr(m, 'Qs'): return
    S = S[D < 0.02]; g = torch.Generator().manual_seed(0); zeta = rm.cfg.expert_coef
    print(f'{path}: {len(S)} expert states within 2 cm of the target, hand moved d cm')
    for d_cm in shifts_cm:
        d = torch.randn(len(S), 3, generator=g); d = d / d.norm(dim=-1, keepdim=True) * d_cm / 100
        S2 = S.clone(); S2[:, 0:3] += d; S2[:, 18:21] += d
        z = m.encode(S2); a = m.pi(z)[0]; still = torch.zeros_like(a)
        V = q_heads(m, z, a).mean(0)
        b_e, b_b = rm.bias(torch.cat([z, still], -1))
        print(f'  d = {d_cm:2d} cm: V {V.mean():+.3f}  r(z, 0) {agent._reward(z, still).mean():+.4f}  '
              f'expert term {(-zeta * b_e).mean():+.4f}  behavioural term {((1 - zeta) * b_b).mean():+.4f}  |pi| {a[:, :3].norm(dim=-1).mean():.2f}')

if __name__ == '__main__':
    for p in sys.argv[1:]:   # one load and one set of expert episodes per run, for both parts
        run = setup_run(resume=p); run.agent.model.eval()
        S, A, D = expert_states(run.eval_env, run.cfg.seed)
        check(p, run, S, A, D); landscape(p, run, S, D)
