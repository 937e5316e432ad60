# Where does CDRED's reward on reach stop pointing at the expert? For each finished run (a copy of its folder), play
# (1) the run's policy (the policy mean, as in evaluation) and (2) the scripted expert, each on the first 50 eval
# episodes of the run's eval env, and at every state each visits ask the scripted expert for its action a_E there. Per set
# of states:
#   success             of the policy that visited them;
#   r prefers a_E       fraction of states where CDRED's reward r(z, a) rates a_E above the run policy's action a_pi
#                       (mean gap), with the mean gaps of its two terms, expert −ζ·b_E and behavioural (1−ζ)·b_B
#                       (before bias_scale); the same fraction and gap for the critic (mean of all Q heads);
#   |a_pi - a_E|        median action error (x, y, z).
# Also: how many eval goals are among the demos' goals (reach draws its goal from a fixed set of 50 per env seed).
# On the expert's states the reward should prefer a_E; if on the run policy's own states it prefers a_pi instead,
# the density estimate rewards actions that look like the demos' actions rather than actions that lead back to them.
# Usage: python assets/results/diagnostics/reach_goal_split.py COPY_OF_RUN_DIR [...]
import sys, torch, numpy as np; torch.set_num_threads(1)
from cdred_nb.train import setup_run, eval_episodes_of
from cdred_nb.demos import expert_policy
from reach_critic_check import q_heads
from reach_policy_probe import policy_of

GOAL, EPISODES = slice(36, 39), 50

def goal_key(obs): return tuple(np.round(np.asarray(obs)[GOAL], 4))

def visit(env, policy, seed):
    "The eval episodes of `policy(obs)` and every state they visit (n, obs_dim)."
    visited = []
    def act(obs, t=None):
        visited.append(np.asarray(obs, np.float32)); return policy(obs)
    eps = eval_episodes_of(env, act, EPISODES, seed)
    return eps, torch.as_tensor(np.array(visited))

@torch.no_grad()
def compare(agent, expert, S):
    "At states S: gaps (a_E minus a_pi) of the reward, its expert and behavioural terms and the critic; the action error."
    m, rm = agent.model, agent.reward_model
    A_E = torch.as_tensor(np.array([expert(s) for s in S.numpy()]), dtype=torch.float32)
    z = m.encode(S); a_pi = m.pi(z)[0]; zeta = rm.cfg.expert_coef
    (be_E, bb_E), (be_pi, bb_pi) = rm.bias(agent._reward_input(z, A_E)), rm.bias(agent._reward_input(z, a_pi))
    return dict(r=(agent._reward(z, A_E) - agent._reward(z, a_pi)).squeeze(-1).numpy(),
                expert=(-zeta * (be_E - be_pi)).numpy(), behav=((1 - zeta) * (bb_E - bb_pi)).numpy(),
                q=(q_heads(m, z, A_E).mean(0) - q_heads(m, z, a_pi).mean(0)).numpy(),
                err=(a_pi[:, :3] - A_E[:, :3]).norm(dim=-1).numpy())

if __name__ == '__main__':
    for p in sys.argv[1:]:
        run = setup_run(resume=p); agent = run.agent; m = agent.model; m.eval()
        expert = expert_policy(run.cfg.task)[0]
        demo_goals = {goal_key(e.obs[0]) for e in run.demos.episodes}
        sets = {"the run policy's states": visit(run.eval_env, policy_of(m, m.policy), run.cfg.seed),
                "the expert's states": visit(run.eval_env, expert, run.cfg.seed)}
        eps, S = sets["the expert's states"]
        starts = np.cumsum([0] + [e['length'] for e in eps[:-1]])   # each episode's first state in S
        print(f'{p}: {len(demo_goals)} demo goals; {sum(goal_key(S[i].numpy()) in demo_goals for i in starts)} '
              f'of {EPISODES} eval episodes at one of them')
        for name, (eps, S) in sets.items():
            g = compare(agent, expert, S)
            print(f'  {name:24s} n={len(S):5d}  success {np.mean([e["success"] for e in eps]):.2f}  '
                  f'r prefers a_E {np.mean(g["r"] > 0):.2f} (mean gap {g["r"].mean():+.4f}: expert term {g["expert"].mean():+.4f}, '
                  f'behavioural {g["behav"].mean():+.4f})  Q prefers a_E {np.mean(g["q"] > 0):.2f} (mean gap {g["q"].mean():+.4f})  '
                  f'|a_pi - a_E| {np.median(g["err"]):.3f}')
