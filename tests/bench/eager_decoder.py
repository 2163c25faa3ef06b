# SPDX-License-Identifier: GPL-3.0-or-later
"""The copy language model's decoder in eager PyTorch, for comparison with bench_copy_lm.

Same architecture (GPT-2: learned positions, pre-LayerNorm blocks, causal multi-head attention,
4x GELU MLP, final LayerNorm, tied output), same default configuration (vocabulary 4096, context
256, 4 layers, width 256, 4 heads), a preallocated KV cache written in place, the prompt in one
pass then one token per step, and the same sampling (repetition penalty 1.1, temperature 0.8,
top-k 40, top-p 0.95). Written the way one would in eager PyTorch: nn.Linear layers,
F.scaled_dot_product_attention is not in 1.13, so attention is explicit.

    /usr/bin/python3 tests/bench/eager_decoder.py [--threads 1] [--prompt 60] [--tokens 190] [--runs 5]

See docs/benchmarks.md, "Copy language model speed".
"""
import argparse
import math
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, width, heads, context):
        super().__init__()
        self.heads = heads
        self.ln_1 = nn.LayerNorm(width)
        self.c_attn = nn.Linear(width, 3 * width)
        self.c_proj = nn.Linear(width, width)
        self.ln_2 = nn.LayerNorm(width)
        self.c_fc = nn.Linear(width, 4 * width)
        self.mlp_proj = nn.Linear(4 * width, width)
        head = width // heads
        self.register_buffer("k", torch.zeros(heads, context, head), persistent=False)
        self.register_buffer("v", torch.zeros(heads, context, head), persistent=False)

    def forward(self, x, start):
        n, width = x.shape
        head = width // self.heads
        q, k, v = self.c_attn(self.ln_1(x)).split(width, dim=1)
        q = q.view(n, self.heads, head).transpose(0, 1)
        self.k[:, start:start + n] = k.view(n, self.heads, head).transpose(0, 1)
        self.v[:, start:start + n] = v.view(n, self.heads, head).transpose(0, 1)
        keys, values = self.k[:, :start + n], self.v[:, :start + n]
        scores = q @ keys.transpose(1, 2) / math.sqrt(head)
        if n > 1:
            mask = torch.ones(n, start + n, dtype=torch.bool).triu(start + 1)
            scores = scores.masked_fill(mask, float("-inf"))
        mixed = (scores.softmax(-1) @ values).transpose(0, 1).reshape(n, width)
        x = x + self.c_proj(mixed)
        return x + self.mlp_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class Decoder(nn.Module):
    def __init__(self, vocabulary, context, layers, width, heads):
        super().__init__()
        self.wte = nn.Embedding(vocabulary, width)
        self.wpe = nn.Embedding(context, width)
        self.blocks = nn.ModuleList(Block(width, heads, context) for _ in range(layers))
        self.ln_f = nn.LayerNorm(width)
        for p in self.parameters():
            if p.dim() == 2:
                nn.init.normal_(p, 0.0, 0.02)

    def forward(self, tokens, start):
        x = self.wte(tokens) + self.wpe(torch.arange(start, start + len(tokens)))
        for block in self.blocks:
            x = block(x, start)
        return F.linear(self.ln_f(x[-1]), self.wte.weight)  # tied output


def sample(logits, history, generator):
    logits = logits.clone()
    seen = torch.tensor(sorted(set(history)))
    picked = logits[seen]
    logits[seen] = torch.where(picked > 0, picked / 1.1, picked * 1.1)
    values, ids = torch.topk(logits / 0.8, 40)
    probabilities = values.softmax(-1)
    keep = (probabilities.cumsum(-1) - probabilities) < 0.95
    probabilities = probabilities * keep
    choice = torch.multinomial(probabilities / probabilities.sum(), 1, generator=generator)
    return int(ids[choice])


def generate(model, prompt, tokens, seed):
    generator = torch.Generator().manual_seed(seed)
    history = list(prompt)
    start = time.perf_counter()
    logits = model(torch.tensor(prompt), 0)
    history.append(sample(logits, history, generator))
    first = (time.perf_counter() - start) * 1000
    decoding = time.perf_counter()
    for _ in range(tokens - 1):
        logits = model(torch.tensor(history[-1:]), len(history) - 1)
        history.append(sample(logits, history, generator))
    return first, (tokens - 1) / (time.perf_counter() - decoding)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--prompt", type=int, default=60)
    parser.add_argument("--tokens", type=int, default=190)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    model = Decoder(4096, 256, 4, 256, 4).eval()
    prompt = [(i * 7919 + 13) % 4096 for i in range(args.prompt)]
    with torch.inference_mode():
        generate(model, prompt, args.tokens, 99)  # warm-up
        results = [generate(model, prompt, args.tokens, r + 1) for r in range(args.runs)]
    first = [r[0] for r in results]
    rate = [r[1] for r in results]
    print(f"PyTorch {torch.__version__} eager, threads {args.threads}: time to first token "
          f"{statistics.median(first):.1f} ms (median of {args.runs}; min {min(first):.1f}, max {max(first):.1f}), "
          f"{statistics.median(rate):.0f} tokens/s (median; min {min(rate):.0f}, max {max(rate):.0f})")


if __name__ == "__main__":
    main()
