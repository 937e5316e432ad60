# Does the world model's latent still carry the reach goal? For each finished run (a copy of its folder): encode the
# states of 100 fresh scripted-expert episodes (the run's eval env and eval start states) and fit a ridge regression from
# the latent z to (a) the goal position obs[36:39], (b) the hand-to-goal vector obs[36:39] - obs[0:3], (c) the hand
# position obs[0:3]. R² and RMSE (cm) on 20 held-out episodes (fit on 80; features standardised). Compared with the
# same regression from the encoder of a freshly built agent of the run's config (untrained; same seed), and from the raw
# observation, so the numbers say what training kept or dropped.
# Reach's reward off the demos' support and its policy can only depend on the goal through z: a latent that has dropped
# the goal leaves both to imitate the demos' average motion.
# Usage: python assets/results/diagnostics/reach_latent_probe.py COPY_OF_RUN_DIR [...]
import sys, torch, numpy as np; torch.set_num_threads(1)
from cdred_nb.train import setup_run
from cdred_nb.core import set_seed
from cdred_nb.agent import Agent
from reach_critic_check import expert_states

def ridge_r2(X, Y, train, lam=1e-4):
    "R² (mean over Y's columns) and RMSE (cm, over the 3 axes) on the rows not in `train` of the ridge fit of Y on [X, 1] over `train`."
    X = X.double(); X = (X - X[train].mean(0)) / (X[train].std(0) + 1e-8)
    X = torch.cat([X, torch.ones(len(X), 1, dtype=X.dtype)], 1); Y = Y.double()
    Xt, Yt = X[train], Y[train]
    W = torch.linalg.solve(Xt.T @ Xt + lam * len(Xt) * torch.eye(X.shape[1], dtype=X.dtype), Xt.T @ Yt)
    Xv, Yv = X[~train], Y[~train]
    err = Xv @ W - Yv
    return float((1 - (err ** 2).sum(0) / ((Yv - Yv.mean(0)) ** 2).sum(0)).mean()), float(100 * err.norm(dim=-1).pow(2).mean().sqrt())

targets = {'goal': lambda S: S[:, 36:39], 'goal - hand': lambda S: S[:, 36:39] - S[:, 0:3], 'hand': lambda S: S[:, 0:3]}
for p in sys.argv[1:]:
    run = setup_run(resume=p); m = run.agent.model; m.eval()
    S, A, D = expert_states(run.eval_env, run.cfg.seed, episodes=100)
    T = run.eval_env.episode_length
    train = torch.arange(len(S)) < 80 * T   # 80 episodes fit, 20 held out (every expert episode runs the full length)
    set_seed(run.cfg.seed); fresh = Agent(run.cfg.agent, run.env.obs_shape, run.env.action_dim, T, device='cpu').model.eval()
    with torch.no_grad(): z, z0 = m.encode(S), fresh.encode(S)
    print(f'{p} ({run.cfg.method}, bc_coef {run.cfg.agent.bc_coef}, reward_grad_to_encoder {run.cfg.agent.reward_grad_to_encoder}): '
          f'{len(S)} expert states, held-out R² of a ridge fit from z')
    fits = {'trained encoder': z, 'untrained encoder': z0, 'raw obs': S}
    for name, f in targets.items():
        print(f'  {name:12s} ' + '   '.join(f'{k} {r2:.3f} ({cm:.2f} cm)' for k, (r2, cm) in
                                          ((k, ridge_r2(X, f(S), train)) for k, X in fits.items())))
