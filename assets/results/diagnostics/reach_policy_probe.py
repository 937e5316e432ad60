# Is the drift of CDRED's policy on reach a matter of its representation or of its objective?
# For each run (a copy of its folder): freeze the run's encoder and fit a fresh policy head by behaviour cloning alone on
# the run's own demos (the same 10 episodes, the same tanh-Gaussian head, Adam 3e-4, 4000 steps of batch 256). Then
# compare, on 20 fresh scripted-expert episodes of the run's eval env (the goals are mostly not the demos' goals), the
# action error ‖a − a_E‖ (x, y, z) at the expert's states, by the env's success distance, of:
#   run policy       the run's own policy head (trained by CDRED's objective, plus the BC term where bc_coef > 0);
#   BC head          the fresh head on the run's frozen encoder: what behaviour cloning can do with that representation;
# and the success rate over 20 eval episodes of each (success at any step, as in evaluation).
# A BC head that succeeds where the run's policy does not puts the drift on the objective; one as poor as the run's
# policy puts it on the representation. Then, at the states of the run policy's own 20 eval episodes (where it actually
# goes), which of the two actions do CDRED's reward r(z, a) and critic Q(z, a) (mean of the heads) prefer?
# A reward that prefers the BC head's action but a critic that prefers the run's own: the critic misleads the actor.
# Usage: python assets/results/diagnostics/reach_policy_probe.py COPY_OF_RUN_DIR [...]
import sys, copy, torch, numpy as np; torch.set_num_threads(1)
from cdred_nb.train import setup_run, eval_episodes_of
from reach_critic_check import expert_states, q_heads, BANDS

def fit_bc_head(run, steps=4000, batch=256, seed=0):
    m = run.agent.model
    obs = torch.as_tensor(np.concatenate([e.obs[:-1] for e in run.demos.episodes]), dtype=torch.float32)
    act = torch.as_tensor(np.concatenate([e.action for e in run.demos.episodes]), dtype=torch.float32)
    with torch.no_grad(): z = m.encode(obs)
    head = copy.deepcopy(m.policy)
    for p in head.modules():
        if hasattr(p, 'reset_parameters'): p.reset_parameters()
    opt, g = torch.optim.Adam(head.parameters(), lr=3e-4), torch.Generator().manual_seed(seed)
    for _ in range(steps):
        i = torch.randint(len(z), (batch,), generator=g)
        mu = head(z[i]).chunk(2, -1)[0]
        loss = (torch.tanh(mu) - act[i]).pow(2).sum(-1).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    return head.requires_grad_(False), float(loss)

@torch.no_grad()
def mean_action(head, z):
    "tanh of a policy head's mean: the action evaluation takes."
    return torch.tanh(head(z).chunk(2, -1)[0])

def policy_of(m, head, visited=None):
    "The eval policy of `head` on the run's encoder; appends each observation to `visited` if given."
    @torch.no_grad()
    def act(obs, t=None):
        if visited is not None: visited.append(np.asarray(obs, np.float32))
        return mean_action(head, m.encode(torch.as_tensor(np.asarray(obs), dtype=torch.float32)[None]))[0].numpy()
    return act

if __name__ == '__main__':   # reach_goal_split.py imports policy_of
    for p in sys.argv[1:]:
        run = setup_run(resume=p); m = run.agent.model; m.eval()
        S, A, D = expert_states(run.eval_env, run.cfg.seed)
        head, loss = fit_bc_head(run)
        heads = {'run policy': m.policy, 'BC head': head}
        with torch.no_grad(): z = m.encode(S)
        print(f'{p}: BC head final train loss {loss:.4f}; {len(D)} fresh expert states')
        for name, h in heads.items():
            e = (mean_action(h, z)[:, :3] - A[:, :3]).norm(dim=-1).numpy()
            print(f'  {name:10s} ' + '  '.join(f'{label}: {np.median(e[(D >= lo) & (D < hi)]):.3f}' for lo, hi, label in BANDS))
        visited = []   # the run policy's own eval states
        for name, h in heads.items():
            eps = eval_episodes_of(run.eval_env, policy_of(m, h, visited if h is m.policy else None), 20, run.cfg.seed)
            print(f'  {name:10s} success over 20 eval episodes: {np.mean([e["success"] for e in eps]):.2f}')
        with torch.no_grad():
            z = m.encode(torch.as_tensor(np.array(visited)))
            a_run, a_bc = mean_action(m.policy, z), mean_action(head, z)
            dr = (run.agent._reward(z, a_bc) - run.agent._reward(z, a_run)).squeeze(-1)
            dq = (q_heads(m, z, a_bc).mean(0) - q_heads(m, z, a_run).mean(0))
        print(f'  at the run policy\'s own {len(visited)} eval states: reward prefers the BC head\'s action on {(dr > 0).float().mean():.2f} '
              f'(mean gap {dr.mean():+.4f}), critic on {(dq > 0).float().mean():.2f} (mean gap {dq.mean():+.4f}); '
              f'the two actions differ by {(a_bc - a_run)[:, :3].norm(dim=-1).median():.3f} (median)')
